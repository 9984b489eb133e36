import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SandboxRulesDto } from './dto/sandbox-rules.dto';
import { ADJUDICATION_DEFAULTS, SandboxRulebook, SandboxRules } from './sandbox-rules';

/** The sandbox's control panel: demos and tests set the payers' rules before they submit. */
@ApiTags('sandbox rules')
@Controller('admin/rules')
export class RulesController {
  constructor(private readonly rulebook: SandboxRulebook) {}

  @Get()
  read(): SandboxRules {
    return this.rulebook.rules;
  }

  @Put()
  replace(@Body() rules: SandboxRulesDto): SandboxRules {
    return this.rulebook.replace({
      ...rules,
      allowedPercent: rules.allowedPercent ?? ADJUDICATION_DEFAULTS.allowedPercent,
      coinsurancePercent: rules.coinsurancePercent ?? ADJUDICATION_DEFAULTS.coinsurancePercent,
      deniedProcedureCodes: rules.deniedProcedureCodes ?? ADJUDICATION_DEFAULTS.deniedProcedureCodes,
    });
  }
}
