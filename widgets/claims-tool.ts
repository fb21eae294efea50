/** Script-tag entry for the host whose analytics entry point is `claims-tool`. */
import { defineTravelPayStatus } from '../src/register.js';

defineTravelPayStatus('claims-tool');
