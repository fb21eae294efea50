/** Script-tag entry for the host whose analytics entry point is `claims-tool`. */
import { setDefaultEntryPoint } from '../src/define.js';

setDefaultEntryPoint('claims-tool');
