/** Script-tag entry for the host whose analytics entry point is `travel-reimbursement`: a loader for the shared core (widgets/loader.ts). */
import { loadTravelPayStatus } from './loader.js';

loadTravelPayStatus('travel-reimbursement');
