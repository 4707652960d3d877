import { useTranslation } from 'react-i18next';
import { DECLARATION_KINDS, DECLARATION_STATUSES } from '../../api/declaration.types';
import { SelectField } from '../../ui/field';
import { QUEUE_SORTS, type QueueView } from './queue-params';

/** Which declarations the queue shows, and in which order. */
export function QueueFilters({
  view,
  onChange,
}: {
  view: QueueView;
  onChange: (next: QueueView) => void;
}) {
  const { t } = useTranslation('customs');
  return (
    <fieldset className="form-grid queue-filters">
      <legend>{t('queue.filters')}</legend>
      <SelectField
        label={t('queue.status')}
        name="status"
        value={view.status}
        onChange={(status) => onChange({ ...view, status: status as QueueView['status'], page: 1 })}
        options={[
          ...DECLARATION_STATUSES.map((status) => ({
            value: status,
            label: t(`statuses.${status}`),
          })),
          { value: 'ALL', label: t('queue.allStatuses') },
        ]}
      />
      <SelectField
        label={t('queue.kind')}
        name="kind"
        value={view.kind}
        onChange={(kind) => onChange({ ...view, kind: kind as QueueView['kind'], page: 1 })}
        options={[
          { value: 'ALL', label: t('queue.allKinds') },
          ...DECLARATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
        ]}
      />
      <SelectField
        label={t('queue.sort')}
        name="sort"
        value={view.sort}
        onChange={(sort) => onChange({ ...view, sort: sort as QueueView['sort'], page: 1 })}
        options={QUEUE_SORTS.map((sort) => ({ value: sort, label: t(`queue.sorts.${sort}`) }))}
      />
    </fieldset>
  );
}
