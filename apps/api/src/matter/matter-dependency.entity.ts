import { Entity, PrimaryColumn } from 'typeorm';

/** `matterId` cannot be decided before `dependsOnId` is. */
@Entity('matter_dependency')
export class MatterDependencyEntity {
  @PrimaryColumn('uuid')
  matterId!: string;

  @PrimaryColumn('uuid')
  dependsOnId!: string;
}
