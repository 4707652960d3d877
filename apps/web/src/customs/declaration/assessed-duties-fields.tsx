import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import type { FieldErrors } from '../../api/field-errors';
import { TextField } from '../../ui/field';
import { GroupErrors } from '../../ui/group-errors';
import { useFormat } from '../../ui/use-format';
import type { DutyLineToAssess } from '../../api/declaration.types';
import type { AmountProblem, AssessedAmounts } from './decision-rules';

/**
 * Where the engine left the duties incomplete: which lines it could not compute, its partial
 * totals, and the duty and VAT the officer assessed for the whole declaration, in the duties'
 * currency (fixed: the service refuses another). An approval needs both.
 */
export function AssessedDutiesFields({
  declaration,
  toAssess,
  amounts,
  onChange,
  problems,
  errors,
  inputs,
}: {
  declaration: Declaration;
  toAssess: readonly DutyLineToAssess[];
  amounts: AssessedAmounts;
  onChange: (amounts: AssessedAmounts) => void;
  /** Found before sending an approval. */
  problems: Partial<Record<keyof AssessedAmounts, AmountProblem>>;
  /** The service's 400s, by field path. */
  errors: FieldErrors;
  /** For the form to move the keyboard to an amount it refused. */
  inputs?: Partial<Record<keyof AssessedAmounts, Ref<HTMLInputElement>>>;
}) {
  const { t } = useTranslation('customs');
  const format = useFormat();
  const duties = declaration.duties!;
  const { currency } = duties;
  const titleOf = (index: number) =>
    declaration.items.find((item) => item.position === index)?.title ?? '';
  const errorsOf = (field: keyof AssessedAmounts) => [
    ...(problems[field] ? [t(`declaration.decision.duties.${problems[field]}.${field}`)] : []),
    ...errors.at(`duties.${field}`),
  ];

  return (
    <fieldset className="assessed-duties">
      <legend>{t('declaration.decision.duties.legend')}</legend>
      <p>{t('declaration.decision.duties.intro')}</p>
      <ul>
        {toAssess.map((line) => (
          <li key={`${line.itemIndex}-${line.ruleId}`}>
            {t('declaration.decision.duties.line', {
              number: line.itemIndex + 1,
              title: titleOf(line.itemIndex),
              ruleId: line.ruleId,
              reason: line.reason,
            })}
          </li>
        ))}
      </ul>
      <p>
        {t('declaration.decision.duties.partial', {
          duty: format.money(duties.duty),
          vat: format.money(duties.vat),
        })}
      </p>
      <div className="form-grid">
        <TextField
          ref={inputs?.duty}
          label={t('declaration.decision.duties.duty', { currency })}
          name="duties.duty.amount"
          inputMode="decimal"
          value={amounts.duty}
          onChange={(duty) => onChange({ ...amounts, duty })}
          hint={t('declaration.decision.duties.hint', { currency })}
          errors={errorsOf('duty')}
        />
        <TextField
          ref={inputs?.vat}
          label={t('declaration.decision.duties.vat', { currency })}
          name="duties.vat.amount"
          inputMode="decimal"
          value={amounts.vat}
          onChange={(vat) => onChange({ ...amounts, vat })}
          hint={t('declaration.decision.duties.hint', { currency })}
          errors={errorsOf('vat')}
        />
      </div>
      <GroupErrors errors={errors.own('duties')} />
    </fieldset>
  );
}
