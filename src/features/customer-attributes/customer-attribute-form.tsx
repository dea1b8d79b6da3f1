import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { attributeValueMatchesType, CUSTOMER_ATTRIBUTE_TYPES, type CustomerAttributeType } from '@/api/drafts/attributes';
import type { CustomerAttribute } from '@/api/wire/attributes';
import { SelectField, TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { ATTRIBUTE_LIMITS, attributeDraft, attributeFormSchema, isAttributeType, type AttributeFormValues } from './customer-attribute-form-schema';
import { useCreateAttribute, useUpdateAttribute } from '@/api/resources/attributes';
import { FormFooter } from '@/components/form-footer';

type Props = {
  bankId: string;
  customerId: string;
  /** The attribute being edited; none to add one. */
  attribute?: CustomerAttribute;
  onCancel: () => void;
  onSaved: (name: string) => void;
};

export const VALUE_INPUT_MODES: Record<CustomerAttributeType, 'text' | 'numeric' | 'decimal'> = {
  STRING: 'text',
  INTEGER: 'numeric',
  DOUBLE: 'decimal',
  DATE_WITH_DAY: 'text',
};

/** Add or edit one attribute: the value's input follows its type, and the value must parse as that type. */
export function CustomerAttributeForm({ bankId, customerId, attribute, onCancel, onSaved }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const create = useCreateAttribute(bankId, customerId);
  const update = useUpdateAttribute(bankId, customerId);
  const mutation = attribute ? update : create;
  const {
    register,
    handleSubmit,
    setFocus,
    setValue,
    getValues,
    control,
    formState: { errors },
  } = useForm<AttributeFormValues>({
    resolver: zodResolver(attributeFormSchema),
    defaultValues: {
      name: attribute?.name ?? '',
      type: attribute && isAttributeType(attribute.type) ? attribute.type : 'STRING',
      value: attribute?.value ?? '',
    },
  });
  const type = useWatch({ control, name: 'type' });
  const typeField = register('type');
  const error = (message: string | undefined) => (message ? t(message) : undefined);

  useEffect(() => setFocus('name'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      if (attribute) await update.mutateAsync({ attributeId: attribute.customerAttributeId, draft: attributeDraft(values) });
      else await create.mutateAsync(attributeDraft(values));
      onSaved(values.name.trim());
    } catch {
      // Shown below from the mutation's error; every value stays as typed.
    }
  });

  return (
    <form className="attribute-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{attribute ? t('attributes.editTitle', { name: attribute.name }) : t('attributes.addTitle')}</h3>
      <fieldset disabled={mutation.isPending}>
        <div className="attribute-form-grid">
          <TextField
            label={t('attributes.name')}
            hint={t('attributes.nameHint', { max: ATTRIBUTE_LIMITS.name })}
            autoComplete="off"
            error={error(errors.name?.message)}
            {...register('name')}
          />
          <SelectField
            label={t('attributes.type')}
            error={error(errors.type?.message)}
            {...typeField}
            onChange={(event) => {
              void typeField.onChange(event);
              const next = event.target.value;
              // A date input cannot hold what is not a date: start it empty rather than show a blank that is not.
              if (next === 'DATE_WITH_DAY' && !attributeValueMatchesType('DATE_WITH_DAY', getValues('value').trim())) {
                setValue('value', '');
              }
            }}
          >
            {CUSTOMER_ATTRIBUTE_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`attributes.types.${option}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            key={type === 'DATE_WITH_DAY' ? 'date' : 'text'}
            type={type === 'DATE_WITH_DAY' ? 'date' : 'text'}
            inputMode={VALUE_INPUT_MODES[type]}
            label={t('attributes.value')}
            hint={t(`attributes.valueHints.${type}`, { max: ATTRIBUTE_LIMITS.value })}
            autoComplete="off"
            error={error(errors.value?.message)}
            {...register('value')}
          />
        </div>
        <FormFooter
          mutation={mutation}
          savingLabel={t('attributes.saving')}
          submitLabel={attribute ? t('attributes.saveChanges') : t('attributes.submitAdd')}
          onCancel={onCancel}
          actionsClassName="attribute-form-actions"
        />
      </fieldset>
    </form>
  );
}
