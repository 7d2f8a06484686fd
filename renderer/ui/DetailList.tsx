/** A label–value list of a listing, course or policy; each row is one stop for Up/Down navigation. */
export function DetailList({ fields }: { fields: readonly { readonly label: string; readonly value: string }[] }) {
  return (
    <dl className="detail-list">
      {fields.map((field, index) => (
        <div key={`${index}-${field.label}`} className="detail-row" data-nav-item>
          {field.label !== '' && <dt>{field.label}</dt>}
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}
