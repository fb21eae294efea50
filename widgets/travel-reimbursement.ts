/** Script-tag entry for the host whose analytics entry point is `travel-reimbursement`. */
import { setDefaultEntryPoint } from '../src/define.js';

setDefaultEntryPoint('travel-reimbursement');
