import { isObjectOf } from '../fieldReaders';
import { field, index, type ValidationError } from '../validation';

/**
 * What the relationship register adds to a contract's customer (ITIL business relationship
 * management): the person in the **customer** role (decides and pays), the **orderers** (may
 * order from the existing services, not change them), each with a named contact on our side,
 * and our **account manager**. Account ids are Atlassian account ids.
 */
export interface CustomerRelationship {
  readonly customerRole: RolePerson | null;
  readonly orderers: readonly Orderer[];
  /** Our account manager's account id; null: nobody named. */
  readonly accountManager: string | null;
}

export interface RolePerson {
  readonly name: string;
  readonly email: string;
  readonly accountId: string | null;
}

export interface Orderer extends RolePerson {
  /** The account id of the orderer's named contact on our side; null: nobody named. */
  readonly ourContact: string | null;
}

/** A customer no one has described yet. */
export const EMPTY_RELATIONSHIP: CustomerRelationship = {
  customerRole: null,
  orderers: [],
  accountManager: null,
};

/** The most orderers one customer has in the register (the form lists them all). */
export const MAX_ORDERERS = 50;
const MAX_TEXT = 255;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** Checks a relationship as an admin's form sends it; every wrong field with its path from `path`. */
export function checkCustomerRelationship(
  value: unknown,
  path = '$',
): Checked<CustomerRelationship> {
  const errors: ValidationError[] = [];
  const known = ['customerRole', 'orderers', 'accountManager'];
  if (!isObjectOf(errors, value, path, known, 'a customer relationship')) {
    return { ok: false, errors };
  }
  const customerRole =
    value.customerRole === null || value.customerRole === undefined
      ? null
      : checkPerson(value.customerRole, field(path, 'customerRole'), errors, false);
  const accountManager = checkAccountId(
    value.accountManager,
    field(path, 'accountManager'),
    errors,
  );
  const orderers: Orderer[] = [];
  const ordererList = value.orderers ?? [];
  if (!Array.isArray(ordererList)) {
    errors.push({ path: field(path, 'orderers'), message: 'must be a list of orderers' });
  } else if (ordererList.length > MAX_ORDERERS) {
    errors.push({ path: field(path, 'orderers'), message: `may name at most ${MAX_ORDERERS}` });
  } else {
    ordererList.forEach((o, i) => {
      const orderer = checkPerson(o, index(field(path, 'orderers'), i), errors, true);
      if (orderer) orderers.push(orderer as Orderer);
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { customerRole: customerRole as RolePerson | null, orderers, accountManager },
  };
}

function checkPerson(
  value: unknown,
  path: string,
  errors: ValidationError[],
  orderer: boolean,
): RolePerson | Orderer | null {
  const allowed = orderer
    ? ['name', 'email', 'accountId', 'ourContact']
    : ['name', 'email', 'accountId'];
  if (!isObjectOf(errors, value, path, allowed, 'a person')) return null;
  const before = errors.length;
  const name = typeof value.name === 'string' ? value.name.trim() : '';
  if (name === '' || name.length > MAX_TEXT) {
    errors.push({
      path: field(path, 'name'),
      message: `must be a name of 1 to ${MAX_TEXT} characters`,
    });
  }
  const email = typeof value.email === 'string' ? value.email.trim() : '';
  if (!EMAIL.test(email) || email.length > MAX_TEXT) {
    errors.push({ path: field(path, 'email'), message: 'must be an e-mail address' });
  }
  const accountId = checkAccountId(value.accountId, field(path, 'accountId'), errors);
  const ourContact = orderer
    ? checkAccountId(value.ourContact, field(path, 'ourContact'), errors)
    : null;
  if (errors.length > before) return null;
  return orderer ? { name, email, accountId, ourContact } : { name, email, accountId };
}

function checkAccountId(value: unknown, path: string, errors: ValidationError[]): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !ACCOUNT_ID.test(value)) {
    errors.push({ path, message: 'must be an Atlassian account id, or null' });
    return null;
  }
  return value;
}

/** Orderers with a named contact on our side. */
export const orderersWithContact = (relationship: CustomerRelationship): number =>
  relationship.orderers.filter((o) => o.ourContact !== null).length;
