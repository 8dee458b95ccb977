import type { ActionView } from '@shared/actions/types';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useFormat } from '../../i18n/format';
import {
  ACTION_FILTERS,
  ACTION_SORTS,
  type ActionFilter,
  type ActionSort,
  filterActions,
  isActionFilter,
  isActionSort,
  sortActions,
} from '../../lib/results/actions';
import type { ElementText } from '../results/useElementText';

type Props = {
  actions: ActionView[];
  elements: ElementText;
  canEdit: boolean;
  onEdit: (action: ActionView) => void;
  onDelete: (action: ActionView) => void;
};

/** An action's due date past and not done: an icon and a word, not colour alone. */
export function OverdueFlag() {
  const { t } = useTranslation('results');
  return (
    <span className="overdue">
      <span className="overdue__icon" aria-hidden="true">
        !
      </span>
      {t('plan.overdue')}
    </span>
  );
}

/** The plan's actions as a table, filtered by status and sorted by due date, status or target. */
export function ActionList({ actions, elements, canEdit, onEdit, onDelete }: Props) {
  const { t } = useTranslation('results');
  const format = useFormat();
  const [filter, setFilter] = useState<ActionFilter>('all');
  const [sort, setSort] = useState<ActionSort>('dueDate');
  const shown = useMemo(
    () => sortActions(filterActions(actions, filter), sort, elements.number),
    [actions, filter, sort, elements],
  );
  const filterLabel = (f: ActionFilter) =>
    f === 'all' ? t('plan.filterAll') : f === 'overdue' ? t('plan.filterOverdue') : t(`status.${f}`);
  const sortLabel = { dueDate: t('plan.sortDueDate'), status: t('plan.sortStatus'), target: t('plan.sortTarget') };

  if (actions.length === 0) return <p>{t('plan.noActions')}</p>;
  return (
    <>
      <div className="action-controls no-print">
        <div className="field field--inline">
          <label className="field__label" htmlFor="action-filter">
            {t('plan.filter')}
          </label>
          <select
            id="action-filter"
            className="field__select"
            value={filter}
            onChange={(event) => isActionFilter(event.target.value) && setFilter(event.target.value)}
          >
            {ACTION_FILTERS.map((f) => (
              <option key={f} value={f}>
                {filterLabel(f)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label className="field__label" htmlFor="action-sort">
            {t('plan.sort')}
          </label>
          <select
            id="action-sort"
            className="field__select"
            value={sort}
            onChange={(event) => isActionSort(event.target.value) && setSort(event.target.value)}
          >
            {ACTION_SORTS.map((s) => (
              <option key={s} value={s}>
                {sortLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <p className="action-controls__count" role="status">
          {t('plan.count', { count: shown.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p>{t('plan.noMatches')}</p>
      ) : (
        <ScrollRegion labelledBy="actions-caption">
          <table className="result-table action-table">
            <caption id="actions-caption">{t('plan.actionsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.target')}</th>
                <th scope="col">{t('plan.action')}</th>
                <th scope="col">{t('plan.responsible')}</th>
                <th scope="col">{t('plan.dueDate')}</th>
                <th scope="col">{t('plan.status')}</th>
                <th scope="col">{t('plan.notes')}</th>
                {canEdit && (
                  <th scope="col" className="no-print">
                    <span className="visually-hidden">{t('plan.edit')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((action) => (
                <tr key={action.id} className={action.overdue ? 'action-row action-row--overdue' : 'action-row'}>
                  <td>
                    <span className="action-target__kind">
                      {t(action.targetKind === 'standard' ? 'plan.standardTarget' : 'plan.indicatorTarget', {
                        number: elements.number(action.targetId),
                      })}
                    </span>{' '}
                    {elements.text(action.targetId)}
                  </td>
                  <th scope="row">{action.title}</th>
                  <td>{action.responsible}</td>
                  <td>
                    {format.date(action.dueDate)}
                    {action.overdue && (
                      <>
                        {' '}
                        <OverdueFlag />
                      </>
                    )}
                  </td>
                  <td>{t(`status.${action.status}`)}</td>
                  <td className="action-notes">{action.notes}</td>
                  {canEdit && (
                    <td className="no-print">
                      <div className="action-buttons">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => onEdit(action)}
                        >
                          {t('plan.edit')}
                          <span className="visually-hidden">: {action.title}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--danger button--small"
                          onClick={() => onDelete(action)}
                        >
                          {t('plan.delete')}
                          <span className="visually-hidden">: {action.title}</span>
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
