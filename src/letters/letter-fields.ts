// Which form fields each letter uses, in the order the form shows them.
import type { LetterKind } from '../../flows/debt-collection/letters';
import type { LetterOptions } from './compose';
import type { LetterField } from './letter-form';

const IDENTITY: readonly LetterField[] = ['name', 'creditor', 'account', 'phone'];

/** `withOffer`: a negotiation letter about a debt of the list takes its amounts from the offer. */
export function fieldsFor(
  kind: LetterKind,
  options: LetterOptions,
  withOffer = false,
): readonly LetterField[] {
  switch (kind) {
    case 'negotiation':
      return withOffer
        ? [...IDENTITY, 'total', 'first_date', 'hardship', 'date']
        : [...IDENTITY, 'total', 'instalment', 'count', 'first_date', 'hardship', 'date'];
    case 'confirm_agreement':
      return [...IDENTITY, 'agreement_date', 'agency', 'date'];
    case 'complaint':
      return [
        ...IDENTITY,
        'agency',
        'details',
        ...(options.recipient === 'regulator' ? (['complaint_date', 'ticket'] as const) : []),
        'date',
      ];
    case 'phone_script':
      return ['name', 'account', 'agency'];
  }
}
