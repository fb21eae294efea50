/** Script-tag entry for the host whose analytics entry point is `mhv`. */
import { setDefaultEntryPoint } from '../src/define.js';

setDefaultEntryPoint('mhv');
