import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Customer } from '@/api/wire/customers';
import { ErrorMessage, ErrorText } from '@/components/error-message';
import { EnumerationField } from '@/components/enumeration-field';
import { SelectField, TextField } from '@/components/field';
import { Loading } from '@/components/loading';
import { GatedButton, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { meetingQueries } from '@/api/resources/meetings';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { dayKey } from './calendar';
import { INVITEE_STATUSES, useMeetingLabels } from '@/lib/meeting-labels';
import { timeZoneName, useMeetingFormats, userTimeZone } from './meeting-format';
import { CONFLICT_WINDOW_MINUTES, DURATIONS, findConflicts } from './meeting-model';
import { emptyInvitee, inviteeFromCustomer, isDateTimeLocal, meetingDefaults, meetingFormSchema, newMeeting, type MeetingFormOutput, type MeetingFormValues } from './meeting-form-schema';
import { useCreateMeeting } from '@/api/resources/meetings';
import { fieldMessage } from '@/lib/validation';
import { rememberDuration } from './meeting-durations';
import { meetingsPath, weekOfPath } from './meeting-params';
import './meetings.css';

function countErrors(errors: FieldErrors): number {
  let count = 0;
  for (const value of Object.values(errors)) {
    if (!value) continue;
    if (typeof value === 'object' && 'message' in value && typeof value.message === 'string') count += 1;
    else if (typeof value === 'object') count += countErrors(value as FieldErrors);
  }
  return count;
}

const recordPath = (bankId: string, customerId: string) =>
  `/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customerId)}`;

/** `/meetings/new`, optionally `?customerId=…` to book with that customer as the first invitee. */
export function ScheduleMeetingPage({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const customerId = params.get('customerId') ?? '';
  const user = useQuery(currentUserQueries.detail());
  const customer = useQuery({ ...customerQueries.detail(bankId, customerId), enabled: customerId !== '' });
  const headingId = useId();

  const waiting = user.isPending || (customerId !== '' && customer.isPending);
  return (
    <section className="page meeting-form-page" aria-labelledby={headingId}>
      <p className="breadcrumbs">
        {customerId ? (
          <Link to={recordPath(bankId, customerId)}>{t('meetings.backToCustomer')}</Link>
        ) : (
          <Link to={meetingsPath(bankId)}>{t('meetings.backToMeetings')}</Link>
        )}
      </p>
      <h1 id={headingId}>
        {customer.data
          ? t('meetings.bookWith', { name: customer.data.legalName || customer.data.customerNumber })
          : t('meetings.scheduleTitle')}
      </h1>
      {waiting ? (
        <Loading />
      ) : (
        <>
          {customer.isError ? (
            <ErrorMessage title={t('meetings.customerNotLoaded')} error={customer.error} onRetry={() => void customer.refetch()} />
          ) : null}
          <MeetingForm
            // A customer that loads after a retry starts the form afresh with them as the invitee.
            key={customer.data?.customerId ?? 'none'}
            bankId={bankId}
            label={t('meetings.scheduleTitle')}
            customer={customer.data}
            defaults={meetingDefaults(user.data, customer.data ? [inviteeFromCustomer(customer.data)] : [])}
            cancelTo={customerId ? recordPath(bankId, customerId) : meetingsPath(bankId)}
          />
        </>
      )}
    </section>
  );
}

type FormProps = {
  bankId: string;
  label: string;
  defaults: MeetingFormValues;
  customer: Customer | undefined;
  cancelTo: string;
};

export function MeetingForm({ bankId, label, defaults, customer, cancelTo }: FormProps) {
  const { t, language } = useI18n();
  const labels = useMeetingLabels();
  const formats = useMeetingFormats();
  const navigate = useNavigate();
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // "In the past" is judged against when the form opened: close enough, and stable across renders.
  const [openedAt] = useState(() => Date.now());
  const permission = usePermission('createMeeting', bankId);
  // Login is all OBP asks to schedule; should a server ask for a role the user lacks, it is named, not a dead button.
  const actions = sortActions({ schedule: { label: t('meetings.scheduleSubmit'), permission } });
  const mutation = useCreateMeeting(bankId, (created, { durationMinutes }) => rememberDuration(created.meetingId, durationMinutes));
  const meetings = useQuery(meetingQueries.list(bankId));
  const form = useForm<MeetingFormValues, unknown, MeetingFormOutput>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: defaults,
  });
  const invitees = useFieldArray({ control: form.control, name: 'invitees' });
  const { errors, submitCount } = form.formState;
  const [date, duration, creatorName, creatorEmail] = useWatch({
    control: form.control,
    name: ['date', 'duration', 'creator.name', 'creator.emailAddress'],
  });

  const start = isDateTimeLocal(date) ? new Date(date) : undefined;
  // Cheap enough to work out on every render (a bank's meetings, one creator's few).
  const conflicts =
    start && meetings.data
      ? findConflicts(meetings.data.rows, {
          start,
          durationMinutes: Number(duration) || 30,
          creator: { name: creatorName, emailAddress: creatorEmail },
        })
      : [];
  const errorCount = countErrors(errors);

  const submit = form.handleSubmit((values) =>
    mutation.mutate(
      { meeting: newMeeting(values), durationMinutes: Number(values.duration) },
      {
        onSuccess: (created) => {
          const when = created?.when ? new Date(created.when) : new Date(values.date);
          void navigate(weekOfPath(bankId, dayKey(when), created?.meetingId));
        },
      },
    ),
  );

  const fieldError = (message: string | undefined) => fieldMessage(t, message);
  const zoneHint = t('meetings.dateHint', { zone: userTimeZone(), name: timeZoneName(language, start ?? new Date()) });

  return (
    <form noValidate aria-label={label} onSubmit={submit} className="meeting-form">
      {submitCount > 0 && errorCount > 0 ? (
        <p role="alert" className="alert alert-error">
          {t('meetings.validation.summary', { count: errorCount })}
        </p>
      ) : null}
      <fieldset disabled={mutation.isPending}>
        <div className="form-grid">
          <EnumerationField
            control={form.control}
            name="purposeId"
            enumeration="meetingPurpose"
            label={t('meetings.purposeId')}
            hint={t('meetings.purposeHint')}
            emptyLabel={t('common.choose')}
            error={fieldError(errors.purposeId?.message)}
          />
          <EnumerationField
            control={form.control}
            name="providerId"
            enumeration="meetingProvider"
            label={t('meetings.providerId')}
            hint={t('meetings.providerHint')}
            emptyLabel={t('common.choose')}
            error={fieldError(errors.providerId?.message)}
          />
          <TextField
            label={t('meetings.dateTime')}
            hint={zoneHint}
            type="datetime-local"
            error={fieldError(errors.date?.message)}
            {...form.register('date')}
          />
          <SelectField
            label={t('meetings.duration')}
            hint={t('meetings.durationHint')}
            error={fieldError(errors.duration?.message)}
            {...form.register('duration')}
          >
            {DURATIONS.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t('meetings.durationValue', { minutes })}
              </option>
            ))}
          </SelectField>
        </div>

        {start && start.getTime() < openedAt ? <p className="note-info">{t('meetings.inThePast')}</p> : null}

        <div role="status" className="conflict-status">
          {conflicts.length > 0 ? (
            <div className="meeting-warning">
              <p>
                <strong>{t('meetings.conflictTitle')}</strong>{' '}
                {t('meetings.conflictBody', { count: conflicts.length, name: creatorName || creatorEmail, minutes: CONFLICT_WINDOW_MINUTES })}
              </p>
              <ul>
                {conflicts.map((entry) => (
                  <li key={entry.id}>
                    {formats.dayShort(entry.start)}, {formats.timeRange(entry.start, entry.end)} — {labels.purpose(entry.meeting.purposeId)}
                    {entry.meeting.invitees.length
                      ? ` (${t('meetings.withInvitees', { names: entry.meeting.invitees.map((invitee) => invitee.contactDetails.name).join(', ') })})`
                      : ''}
                  </li>
                ))}
              </ul>
              <p>{t('meetings.conflictNote')}</p>
            </div>
          ) : null}
        </div>
        {meetings.isError ? (
          <ErrorMessage title={t('meetings.conflictUnchecked')} error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : null}

        <fieldset className="form-group">
          <legend>{t('meetings.creator')}</legend>
          <p className="field-hint">{t('meetings.creatorHint')}</p>
          <div className="form-grid">
            <TextField
              label={t('meetings.name')}
              autoComplete="off"
              error={fieldError(errors.creator?.name?.message)}
              {...form.register('creator.name')}
            />
            <TextField
              label={t('meetings.mobile')}
              type="tel"
              autoComplete="off"
              error={fieldError(errors.creator?.mobilePhone?.message)}
              {...form.register('creator.mobilePhone')}
            />
            <TextField
              label={t('meetings.email')}
              type="email"
              autoComplete="off"
              spellCheck={false}
              error={fieldError(errors.creator?.emailAddress?.message)}
              {...form.register('creator.emailAddress')}
            />
          </div>
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('meetings.invitees')}</legend>
          {customer ? <p className="field-hint">{t('meetings.customerAdded', { name: customer.legalName })}</p> : null}
          {invitees.fields.length === 0 ? <p className="muted">{t('meetings.noInviteesYet')}</p> : null}
          <ol className="invitee-list">
            {invitees.fields.map((field, index) => {
              const inviteeErrors = errors.invitees?.[index];
              const number = index + 1;
              return (
                <li key={field.id}>
                  <fieldset className="invitee">
                    <legend>{t('meetings.inviteeNumber', { number })}</legend>
                    <div className="form-grid">
                      <TextField
                        label={t('meetings.name')}
                        autoComplete="off"
                        error={fieldError(inviteeErrors?.name?.message)}
                        {...form.register(`invitees.${index}.name`)}
                      />
                      <TextField
                        label={t('meetings.mobile')}
                        type="tel"
                        autoComplete="off"
                        error={fieldError(inviteeErrors?.mobilePhone?.message)}
                        {...form.register(`invitees.${index}.mobilePhone`)}
                      />
                      <TextField
                        label={t('meetings.email')}
                        type="email"
                        autoComplete="off"
                        spellCheck={false}
                        error={fieldError(inviteeErrors?.emailAddress?.message)}
                        {...form.register(`invitees.${index}.emailAddress`)}
                      />
                      <SelectField
                        label={t('meetings.inviteeStatus')}
                        error={fieldError(inviteeErrors?.status?.message)}
                        {...form.register(`invitees.${index}.status`)}
                      >
                        {INVITEE_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {labels.status(status)}
                          </option>
                        ))}
                      </SelectField>
                    </div>
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        invitees.remove(index);
                        requestAnimationFrame(() => addButtonRef.current?.focus());
                      }}
                    >
                      {t('meetings.removeInvitee', { number })}
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button ref={addButtonRef} type="button" className="button" onClick={() => invitees.append(emptyInvitee())}>
            {t('meetings.addInvitee')}
          </button>
        </fieldset>

        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <p className="alert-title">{t('meetings.saveFailed')}</p>
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <UnavailableActions actions={actions.unavailable} />
        <div className="form-actions">
          {actions.shown.schedule ? (
            <GatedButton type="submit" className="button button-primary" permission={permission}>
              {mutation.isPending ? t('meetings.scheduling') : t('meetings.scheduleSubmit')}
            </GatedButton>
          ) : null}
          <Link className="button" to={cancelTo}>
            {t('common.cancel')}
          </Link>
        </div>
      </fieldset>
      <p role="status" className="muted form-progress">
        {mutation.isPending ? t('meetings.waitingForServer') : ''}
      </p>
    </form>
  );
}
