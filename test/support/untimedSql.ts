/**
 * Local databases in the tests, and the simulators they start, do not time statements against
 * Forge SQL's limits (`localForgeSqlRules`): no test may depend on the machine's speed. Child
 * processes (the browser tests' simulator) inherit it.
 */
process.env.SLM_SQL_TIME_LIMITS = 'off';
