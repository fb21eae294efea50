/** Script-tag entry for the host whose analytics entry point is `mhv`. */
import { defineTravelPayStatus } from '../src/register.js';

defineTravelPayStatus('mhv');
