import { startAuthGuard } from './auth/guard.ts';
import { restoreSession } from './auth/session.ts';
import { initialLang, setLang } from './i18n/index.ts';
import { startPageLoader } from './router/page-modules.ts';
import { startRouter } from './router/router.ts';
import './components/aty-app.ts';

// Order matters: the router consumes `?lang=` before the stored language is read, and the guard starts
// once the location is known, then waits for the session check to decide where the user may be.
startRouter();
startPageLoader();
setLang(initialLang());
startAuthGuard();
void restoreSession();
