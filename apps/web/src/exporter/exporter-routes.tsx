import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireRole } from '../auth/require-role';
import { ArtworkDetailPage } from './artworks/artwork-detail-page';
import { ArtworkListPage } from './artworks/artwork-list-page';
import { ArtworkRegisterPage } from './artworks/artwork-register-page';
import { DeclarationPage } from './declarations/declaration-page';
import './exporter.css';
import { ImportPage } from './imports/import-page';
import { InvoiceDetailPage } from './invoices/invoice-detail-page';
import { InvoiceListPage } from './invoices/invoice-list-page';
import { IpLicenceDetailPage } from './licences/ip-licence-detail-page';
import { IpLicenceListPage } from './licences/ip-licence-list-page';
import { IpLicenceRegisterPage } from './licences/ip-licence-register-page';
import { useRoles } from './shared/use-roles';
import { ShipmentDetailPage } from './shipments/shipment-detail-page';
import { ShipmentListPage } from './shipments/shipment-list-page';
import { ShipmentNewPage } from './shipments/shipment-new-page';

/** The exporter's own screens (the logistics operator shares only the shipments). */
function ExporterOnly({ children }: { children: ReactNode }) {
  return <RequireRole roles={['EXPORTER']}>{children}</RequireRole>;
}

function NotFound() {
  const { t } = useTranslation();
  return <p role="alert">{t('states.notFound')}</p>;
}

function Start() {
  const { exporter } = useRoles();
  return <Navigate to={exporter ? '/exporter/artworks' : '/exporter/shipments'} replace />;
}

/** The exporter screens, mounted at /exporter/*. */
export function ExporterRoutes() {
  const only = (page: ReactNode) => <ExporterOnly>{page}</ExporterOnly>;
  return (
    <Routes>
      <Route index element={<Start />} />
      <Route path="artworks" element={only(<ArtworkListPage />)} />
      <Route path="artworks/new" element={only(<ArtworkRegisterPage />)} />
      <Route path="artworks/:artworkId" element={<ArtworkDetailPage />} />
      <Route path="licences" element={only(<IpLicenceListPage />)} />
      <Route path="licences/new" element={only(<IpLicenceRegisterPage />)} />
      <Route path="licences/:licenceId" element={only(<IpLicenceDetailPage />)} />
      <Route path="imports" element={only(<ImportPage />)} />
      <Route path="imports/:importId" element={only(<ImportPage />)} />
      <Route path="shipments" element={<ShipmentListPage />} />
      <Route path="shipments/new" element={only(<ShipmentNewPage />)} />
      <Route path="shipments/:shipmentId" element={<ShipmentDetailPage />} />
      <Route path="declarations/:declarationId" element={only(<DeclarationPage />)} />
      <Route path="invoices" element={only(<InvoiceListPage />)} />
      <Route path="invoices/:invoiceId" element={only(<InvoiceDetailPage />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
