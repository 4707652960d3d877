import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { preparingPg } from './prepared-statements';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface ServiceDataSourceOptions {
  /** Full URL of the service's own database. */
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

/**
 * Every statement with parameters is prepared (prepared-statements.ts), and PostgreSQL's default
 * plan cache keeps planning most of them on every execution: for `id = ANY($1)` a generic plan
 * guesses more rows than a custom plan for the actual one or two ids, so it never wins. That
 * planning was a sixth of the services' PostgreSQL CPU in the saga bench. The services' queries
 * look rows up by key or by indexed columns, where a generic plan is as good; the one kind of
 * query it serves badly, a partial index whose predicate the parameters decide, is written with
 * literals instead. A PGOPTIONS of the environment still applies, after this.
 */
const GENERIC_PLANS = '-c plan_cache_mode=force_generic_plan';

/**
 * TypeORM options for a service's database. The schema changes only through committed
 * migrations, run at start; `synchronize` is never on.
 */
export function serviceDataSourceOptions(options: ServiceDataSourceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    driver: preparingPg,
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName,
    poolSize: options.poolSize ?? 10,
    extra: { options: [GENERIC_PLANS, process.env['PGOPTIONS']].filter(Boolean).join(' ') },
  };
}

export async function openDataSource(options: ServiceDataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(serviceDataSourceOptions(options));
  await dataSource.initialize();
  return dataSource;
}
