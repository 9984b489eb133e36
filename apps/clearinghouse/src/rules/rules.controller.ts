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
    const given = Object.entries(rules).filter(([, value]) => value !== undefined);
    return this.rulebook.replace({ ...ADJUDICATION_DEFAULTS, ...(Object.fromEntries(given) as SandboxRulesDto) });
  }
}
