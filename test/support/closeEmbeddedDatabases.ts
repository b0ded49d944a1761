import { closeEmbeddedDatabases } from '../../src/storage/sql/database';

// After each test file: the embedded Postgres its simulators and test databases shared.
afterAll(closeEmbeddedDatabases);
