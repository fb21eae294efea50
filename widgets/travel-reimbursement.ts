/** Script-tag entry for the host whose analytics entry point is `travel-reimbursement`. */
import { defineTravelPayStatus } from '../src/register.js';

defineTravelPayStatus('travel-reimbursement');
