import { checkStatement } from './forgeSqlRulesPolicy';

describe('Forge SQL’s query policy, read from a statement’s text', () => {
  it.each([
    ['select 1', 'select'],
    ['(select 1) union (select 2)', 'select'],
    ['with t as (select 1) select * from t', 'select'],
    ['explain select 1', 'select'],
    ['insert into t values (?)', 'dml'],
    ['update t set a = 1', 'dml'],
    ['delete from t', 'dml'],
    ['create table t (id int)', 'ddl'],
    ['alter table t add column b int', 'ddl'],
    ['drop table t', 'ddl'],
    ['SET @since = 5', 'select'],
    ['SHOW TABLES', 'select'],
    ['show keys from t', 'select'],
  ])('permits %s as a %s statement', (text, kind) => {
    expect(checkStatement(text)).toMatchObject({ allowed: true, kind });
  });

  it.each([
    "select 'it''s; fine', \"a;b\", `c;d`",
    "select 'back\\'slash; fine'",
    'select 1 -- trailing; comment',
    'select 1 # trailing; comment',
    'select /* a; b */ 1',
    'select 1;',
    'select /*+ INL_JOIN(t) HASH_JOIN(u) */ 1',
  ])('finds one statement in %s', (text) => {
    expect(checkStatement(text).allowed).toBe(true);
  });

  it.each([
    'select 1; delete from t',
    'SET @@session.sql_mode = 1',
    'set autocommit = 0',
    'set global max_connections = 1',
    'show databases',
    'show full processlist',
    'PREPARE s FROM "select 1"',
    'deallocate prepare s',
    'use other_app_installation',
    'select /*+ SET_VAR(max_execution_time=1) */ 1',
  ])('refuses %s', (text) => {
    expect(checkStatement(text)).toMatchObject({ allowed: false });
  });
});
