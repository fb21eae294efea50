import { formatAmount } from '../claims/format.js';
import { msg, str } from '../i18n/locale.js';

/**
 * Why "requested" and "reimbursed" can differ on a paid claim (docs/api.md, "The
 * deductible"): VA takes a deductible from mileage. DOM-free; the view shows these lines
 * under "Why are my amounts different?".
 */
export const DEDUCTIBLE = { oneWay: 3, roundTrip: 6, monthlyMax: 18 } as const;

export function deductibleExplanation(partialPayment: boolean): string[] {
  const [oneWay, roundTrip, monthlyMax] = [formatAmount(DEDUCTIBLE.oneWay), formatAmount(DEDUCTIBLE.roundTrip), formatAmount(DEDUCTIBLE.monthlyMax)];
  const lines = [
    msg(str`We take a deductible from mileage: ${oneWay} each way, or ${roundTrip} for a round trip.`),
    msg(str`You never pay more than ${monthlyMax} in deductibles in a calendar month. After that, we pay your mileage in full for the rest of the month.`),
  ];
  if (partialPayment) lines.push(msg('We also couldn’t pay some of your expenses. The reason for our decision below explains why.'));
  return lines;
}
