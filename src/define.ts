/** Side-effect entry: registers `<travel-pay-status>` (for bundler users and tests). */
import { defineTravelPayStatus } from './register.js';

export { defineTravelPayStatus, TAG_NAME } from './register.js';

defineTravelPayStatus();
