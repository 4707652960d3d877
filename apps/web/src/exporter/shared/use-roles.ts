import { useAuth } from '../../auth/auth-context';

/**
 * Who is looking, for what the screens offer: the exporter acts on its own records; the
 * logistics operator sees every shipment and moves the goods; the admin answers for the buyer.
 * The services decide in the end.
 */
export function useRoles() {
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const exporter = roles.includes('EXPORTER');
  return {
    exporter,
    operator: roles.includes('LOGISTICS_OPERATOR'),
    /** Records the buyer's answer and settles disputes (there are no buyer accounts yet). */
    admin: roles.includes('ADMIN'),
    /** Sees every exporter's records, not only its own. */
    seesAll: !exporter || roles.includes('ADMIN'),
  };
}
