import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { IpLicenceForm } from './ip-licence-form';
import { registerIpLicence } from './ip-licences-api';

/** /exporter/licences/new: register a licence, then open it to register its products. */
export function IpLicenceRegisterPage() {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const navigate = useNavigate();
  return (
    <>
      <p>
        <Link to="/exporter/licences">{t('ipLicences.backToList')}</Link>
      </p>
      <h1>{t('ipLicenceForm.title')}</h1>
      <IpLicenceForm
        onSubmit={async (body) => {
          const licence = await registerIpLicence(api, body);
          navigate(`/exporter/licences/${licence.id}`, { state: { registered: true } });
        }}
      />
    </>
  );
}
