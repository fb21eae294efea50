import { formatAmount } from '../claims/format.js';

/**
 * Why "requested" and "reimbursed" can differ on a paid claim (docs/api.md, "The
 * deductible"): VA takes a deductible from mileage. DOM-free; the view shows these lines
 * under "Why are my amounts different?".
 */
export const DEDUCTIBLE = { oneWay: 3, roundTrip: 6, monthlyMax: 18 } as const;

export function deductibleExplanation(partialPayment: boolean): string[] {
  const lines = [
    `We take a deductible from mileage: ${formatAmount(DEDUCTIBLE.oneWay)} each way, or ${formatAmount(DEDUCTIBLE.roundTrip)} for a round trip.`,
    `You never pay more than ${formatAmount(DEDUCTIBLE.monthlyMax)} in deductibles in a calendar month. After that, we pay your mileage in full for the rest of the month.`,
  ];
  if (partialPayment) lines.push('We also couldn’t pay some of your expenses. The reason for our decision below explains why.');
  return lines;
}
