import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DatabaseKind } from '@brobygger/api/database';
import { Public } from '@brobygger/api/util';
import { DATABASE_KIND } from './database-kind';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_KIND) private readonly databaseKind: DatabaseKind,
  ) {}

  /** `status`, the database kind (embedded or server) and the migrations applied. */
  @Public()
  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      async () => {
        const result = await this.database.pingCheck('database', { connection: this.dataSource });
        return { database: { ...result['database'], status: 'up', kind: this.databaseKind } } as HealthIndicatorResult;
      },
      () => this.migrations(),
    ]);
  }

  private async migrations(): Promise<HealthIndicatorResult> {
    const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM migrations ORDER BY id');
    const pending = this.dataSource.migrations.length - rows.length;
    return {
      migrations: {
        status: pending === 0 ? 'up' : 'down',
        applied: rows.length,
        pending,
        latest: rows.at(-1)?.name ?? null,
      },
    };
  }
}
