import { configure } from '@testing-library/react';

// `waitFor` and `findBy…` give up after 1 s by default: a busy CI machine can take longer to
// render the admin page. The limit only ends a wait that would never succeed.
configure({ asyncUtilTimeout: 60_000 });
