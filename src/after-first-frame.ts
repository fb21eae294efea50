/**
 * What joins the widget in the task after its first frame, one piece for all of it (one
 * file, one integrity hash in each host's loader): "Need help?" under the list; the
 * list's templates prepared while the claims load (prepare-templates.ts); and filing's
 * stub, which loads "Appointments you can still claim" once the list's first page is
 * shown (while `travel_pay_submit_mileage_expense` is on). The frame that first shows the
 * widget, the last task of the host's page load, needs none of them: the element asks for
 * this piece as it first shows (its request runs while that frame is made) and shows what
 * it brings in the task after the frame.
 */
export { helpSection } from './help/help.js';
export { prepareListTemplates } from './list/prepare-templates.js';
export { FilingController } from './filing/filing-controller.js';
