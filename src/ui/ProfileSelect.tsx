/** Choosing a young person's profile, or none. */
import { useTranslation } from 'react-i18next';
import { useServices } from './services';
import { useProfiles } from './profileStore';

export function ProfileSelect({ label, value, onChange }: { label: string; value: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const profiles = useProfiles(useServices().profiles);
  return (
    <label className="inline-field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('profile.none')}</option>
        {/* made for a profile no longer on this device: said, and found again when its file is imported */}
        {value && !profiles.some((p) => p.id === value) && <option value={value}>{t('profile.missing')}</option>}
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
