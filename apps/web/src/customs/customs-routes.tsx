import { Navigate, Route, Routes } from 'react-router-dom';
import './customs.css';
import { DeclarationPage } from './declaration/declaration-page';
import { ReviewQueue } from './queue/review-queue';

/** The customs screens, mounted at /customs/*. */
export function CustomsRoutes() {
  return (
    <Routes>
      <Route path="queue" element={<ReviewQueue />} />
      <Route path="declarations/:id" element={<DeclarationPage />} />
      <Route path="*" element={<Navigate to="/customs/queue" replace />} />
    </Routes>
  );
}
