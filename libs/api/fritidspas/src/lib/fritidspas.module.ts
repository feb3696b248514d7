import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FritidspasBudgetEntity, FritidspasGrantEntity } from './fritidspas.entity';
import { FritidspasResolver } from './fritidspas.resolver';
import { FritidspasService } from './fritidspas.service';

export const fritidspasEntities = [FritidspasBudgetEntity, FritidspasGrantEntity];

@Module({
  imports: [TypeOrmModule.forFeature(fritidspasEntities)],
  providers: [FritidspasService, FritidspasResolver],
  exports: [FritidspasService],
})
export class FritidspasModule {}
