import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { DeskCustomer } from '@/api/connectors/connector';
import { deskConnector, deskCustomerQueries } from '@/api/resources/desk-customers';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { useDeskPermission } from '@/lib/desk-permissions';
import { sortActions } from '@/lib/gated-actions';
import { enumLabel } from './desk-format';
import { DeskContactForm } from './desk-contact-form';
import { DeskGatedButton, DeskUnavailableActions } from './desk-role-note';

/** One person of the contract: who they are, their relation to it, their contact details, and adding one. */
function PersonCard({ personId, relation, addShown }: { personId: string; relation: string | undefined; addShown: boolean }) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const connector = deskConnector();
  const person = useQuery(deskCustomerQueries.person(personId));
  const contacts = useQuery(deskCustomerQueries.contactDetails(personId));
  const addPermission = useDeskPermission(connector.backend, connector.operations.addContactDetail);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const name = person.data?.fullName ?? personId;

  return (
    <li className="desk-card">
      <h3 id={headingId}>{name}</h3>
      {person.isPending ? <Loading /> : null}
      {person.isError ? <ErrorMessage error={person.error} onRetry={() => void person.refetch()} /> : null}
      <dl className="field-list">
        <div>
          <dt>{t('desk.persons.relation')}</dt>
          <dd>{relation ? enumLabel(t, `desk.relation.${relation}`, relation) : t('common.notRecorded')}</dd>
        </div>
        <div>
          <dt>{t('desk.persons.id')}</dt>
          <dd>{personId}</dd>
        </div>
        {person.data ? (
          <>
            <div>
              <dt>{t('desk.persons.type')}</dt>
              <dd>{person.data.personType ? enumLabel(t, `desk.personType.${person.data.personType}`, person.data.personType) : t('common.notRecorded')}</dd>
            </div>
            <div>
              <dt>{t('desk.persons.domicile')}</dt>
              <dd>{person.data.countryOfDomicile ?? t('common.notRecorded')}</dd>
            </div>
            {person.data.birthDate ? (
              <div>
                <dt>{t('desk.persons.birthDate')}</dt>
                <dd>{formatDate(person.data.birthDate)}</dd>
              </div>
            ) : null}
          </>
        ) : null}
      </dl>
      <h4>{t('desk.persons.contactDetails')}</h4>
      {saved ? (
        <p role="status" className="alert alert-info">
          {saved}
        </p>
      ) : null}
      {contacts.isPending ? <Loading /> : null}
      {contacts.isError ? <ErrorMessage error={contacts.error} onRetry={() => void contacts.refetch()} /> : null}
      {contacts.data && contacts.data.length === 0 ? <EmptyState>{t('desk.persons.noContacts')}</EmptyState> : null}
      {contacts.data && contacts.data.length > 0 ? (
        <ul className="desk-contacts">
          {contacts.data.map((contact, index) => (
            <li key={contact.id ?? `${contact.medium}-${index}`}>
              <span className="desk-contact-medium">{enumLabel(t, `desk.medium.${contact.medium}`, contact.medium)}</span>
              {contact.mediumType ? <span className="muted"> ({enumLabel(t, `desk.mediumType.${contact.mediumType}`, contact.mediumType)})</span> : null}: <span>{contact.content}</span>
              {contact.additionalInformation ? <span className="muted"> · {contact.additionalInformation}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? (
        <DeskContactForm
          personId={personId}
          personName={name}
          onCancel={() => setAdding(false)}
          onDone={(message) => {
            setAdding(false);
            setSaved(message);
          }}
        />
      ) : addShown ? (
        <DeskGatedButton
          permission={addPermission}
          aria-label={t('desk.persons.addContactFor', { person: name })}
          onClick={() => {
            setSaved(undefined);
            setAdding(true);
          }}
        >
          {t('desk.persons.addContact')}
        </DeskGatedButton>
      ) : null}
    </li>
  );
}

/** The persons of the customer's contract (holder, joint holders, signatories…) and their contact details. */
export function DeskPersonsTab({ customer }: { customer: DeskCustomer }) {
  const { t } = useI18n();
  const headingId = useId();
  const connector = deskConnector();
  // Adding a contact detail the staff member's roles never allow: said once for the tab, not a disabled button a person.
  const actions = sortActions({
    add: { label: t('desk.persons.addContact'), permission: useDeskPermission(connector.backend, connector.operations.addContactDetail) },
  });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('desk.tab.persons')}</h2>
      <DeskUnavailableActions actions={actions.unavailable} />
      {customer.persons.length === 0 ? <EmptyState>{t('desk.persons.empty')}</EmptyState> : null}
      <ul className="desk-cards">
        {customer.persons.map((person) => (
          <PersonCard key={person.id} personId={person.id} relation={person.relation} addShown={actions.shown.add} />
        ))}
      </ul>
    </section>
  );
}
