// Runs before each test file. `pg` turns `date` columns into local midnight: keep every test in UTC.
process.env.TZ = 'UTC';
