// Integration tests wait on a real broker and database: consumer groups take seconds to form.
jest.setTimeout(60_000);
