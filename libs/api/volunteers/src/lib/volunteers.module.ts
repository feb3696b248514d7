import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VolunteerEntity } from './volunteer.entity';
import { VolunteersJobs } from './volunteers.jobs';
import { VolunteersResolver } from './volunteers.resolver';
import { CHILD_CERTIFICATE_RENEWAL_MONTHS, VolunteersService } from './volunteers.service';

export const volunteerEntities = [VolunteerEntity];

@Module({})
export class VolunteersModule {
  static forRoot(options: { childCertificateRenewalMonths: number }): DynamicModule {
    return {
      module: VolunteersModule,
      imports: [TypeOrmModule.forFeature(volunteerEntities)],
      providers: [
        { provide: CHILD_CERTIFICATE_RENEWAL_MONTHS, useValue: options.childCertificateRenewalMonths },
        VolunteersService,
        VolunteersJobs,
        VolunteersResolver,
      ],
      exports: [VolunteersService],
    };
  }
}
