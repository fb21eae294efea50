import { isRecord } from './parse.js';

/**
 * The Veteran's home address as the filing flow shows it: read from
 * `data.attributes.vet360ContactInformation.residentialAddress` of `GET /v0/user` and
 * nothing else of that answer (docs/api.md, "The home address"). Kept in memory only, for
 * as long as the flow is open; never stored, sent or reported. DOM-free.
 */
export interface HomeAddress {
  /** `addressLine1` to `addressLine3`, those given. */
  street: string[];
  /** "Fort Collins, CO 80525": `city`, `stateCode` and `zipCode`, those given. */
  place: string;
}

/** Longer fields are cut: free text is bounded before anything reads it. */
const FIELD_MAX = 100;

const field = (value: unknown) => (typeof value === 'string' ? value.slice(0, FIELD_MAX).trim() : '');

/**
 * The home address of a `/v0/user` answer; null when there is none on file (or none with
 * a street); undefined when the answer isn't a user at all.
 */
export function parseHomeAddress(body: unknown): HomeAddress | null | undefined {
  const attributes = isRecord(body) && isRecord(body.data) ? body.data.attributes : undefined;
  if (!isRecord(attributes)) return undefined;
  const contact = attributes.vet360ContactInformation;
  const address = isRecord(contact) ? contact.residentialAddress : null;
  if (!isRecord(address)) return null;
  const street = [address.addressLine1, address.addressLine2, address.addressLine3].map(field).filter(Boolean);
  if (street.length === 0) return null;
  const region = [field(address.stateCode), field(address.zipCode)].filter(Boolean).join(' ');
  return { street, place: [field(address.city), region].filter(Boolean).join(', ') };
}
