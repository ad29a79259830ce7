package org.devassign.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import org.devassign.dsl.services.AssignGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalAssignParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_ID", "RULE_INT", "RULE_STRING", "RULE_HEX", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'read-only'", "'write-only'", "'intx'", "'msi'", "'msix'", "'err'", "'req'", "'platform'", "'config'", "'rom'", "'KiB'", "'MiB'", "'GiB'", "'TiB'", "'auto'", "'vfio-pci'", "'vfio-platform'", "'vfio-fsl-mc'", "'group'", "'cdev'", "'if-available'", "'required'", "'never'", "'eventfd'", "'masked'", "'vfio-cdev'", "'iommufd'", "'noiommu'", "'type1v2'", "'none'", "'root-filesystem'", "'agent-connection'", "'management'", "'policy'", "'mmio'", "'pio'", "'mc-portal'", "'for'", "'board'", "'import'", "'vm'", "'{'", "'}'", "'memory'", "'vcpus'", "'machine'", "'memlock'", "'userspace'", "'uid'", "'gid'", "'socket'", "'probe'", "'assign'", "'to'", "'driver'", "'open'", "'reset'", "'map'", "'irq'", "'start'", "'count'", "'dma'", "'at'", "'size'", "'arch'", "'page'", "'kernel'", "'capabilities'", "'pci'", "'vendor'", "'device'", "'class'", "'path'", "'compatible'", "','", "'protected'", "'region'", "'index'", "'.'", "'persistent'", "'bridge'", "'read'", "'write'", "'mmap'", "'maskable'", "'automasked'"
    };
    public static final int RULE_HEX=7;
    public static final int T__50=50;
    public static final int T__59=59;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=4;
    public static final int RULE_INT=5;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=8;
    public static final int T__67=67;
    public static final int T__68=68;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__64=64;
    public static final int T__65=65;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;
    public static final int T__91=91;
    public static final int T__92=92;
    public static final int T__93=93;
    public static final int T__94=94;
    public static final int T__90=90;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=6;
    public static final int RULE_SL_COMMENT=9;
    public static final int T__77=77;
    public static final int T__78=78;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__74=74;
    public static final int T__75=75;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__81=81;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int RULE_WS=10;
    public static final int RULE_ANY_OTHER=11;
    public static final int T__88=88;
    public static final int T__89=89;
    public static final int T__84=84;
    public static final int T__85=85;
    public static final int T__86=86;
    public static final int T__87=87;

    // delegates
    // delegators


        public InternalAssignParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalAssignParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalAssignParser.tokenNames; }
    public String getGrammarFileName() { return "InternalAssign.g"; }


    	private AssignGrammarAccess grammarAccess;

    	public void setGrammarAccess(AssignGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRuleAssignmentConfig"
    // InternalAssign.g:53:1: entryRuleAssignmentConfig : ruleAssignmentConfig EOF ;
    public final void entryRuleAssignmentConfig() throws RecognitionException {
        try {
            // InternalAssign.g:54:1: ( ruleAssignmentConfig EOF )
            // InternalAssign.g:55:1: ruleAssignmentConfig EOF
            {
             before(grammarAccess.getAssignmentConfigRule()); 
            pushFollow(FOLLOW_1);
            ruleAssignmentConfig();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAssignmentConfig"


    // $ANTLR start "ruleAssignmentConfig"
    // InternalAssign.g:62:1: ruleAssignmentConfig : ( ( rule__AssignmentConfig__Group__0 ) ) ;
    public final void ruleAssignmentConfig() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:66:2: ( ( ( rule__AssignmentConfig__Group__0 ) ) )
            // InternalAssign.g:67:2: ( ( rule__AssignmentConfig__Group__0 ) )
            {
            // InternalAssign.g:67:2: ( ( rule__AssignmentConfig__Group__0 ) )
            // InternalAssign.g:68:3: ( rule__AssignmentConfig__Group__0 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getGroup()); 
            // InternalAssign.g:69:3: ( rule__AssignmentConfig__Group__0 )
            // InternalAssign.g:69:4: rule__AssignmentConfig__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentConfigAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAssignmentConfig"


    // $ANTLR start "entryRuleImport"
    // InternalAssign.g:78:1: entryRuleImport : ruleImport EOF ;
    public final void entryRuleImport() throws RecognitionException {
        try {
            // InternalAssign.g:79:1: ( ruleImport EOF )
            // InternalAssign.g:80:1: ruleImport EOF
            {
             before(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getImportRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalAssign.g:87:1: ruleImport : ( ( rule__Import__Group__0 ) ) ;
    public final void ruleImport() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:91:2: ( ( ( rule__Import__Group__0 ) ) )
            // InternalAssign.g:92:2: ( ( rule__Import__Group__0 ) )
            {
            // InternalAssign.g:92:2: ( ( rule__Import__Group__0 ) )
            // InternalAssign.g:93:3: ( rule__Import__Group__0 )
            {
             before(grammarAccess.getImportAccess().getGroup()); 
            // InternalAssign.g:94:3: ( rule__Import__Group__0 )
            // InternalAssign.g:94:4: rule__Import__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleConsumer"
    // InternalAssign.g:103:1: entryRuleConsumer : ruleConsumer EOF ;
    public final void entryRuleConsumer() throws RecognitionException {
        try {
            // InternalAssign.g:104:1: ( ruleConsumer EOF )
            // InternalAssign.g:105:1: ruleConsumer EOF
            {
             before(grammarAccess.getConsumerRule()); 
            pushFollow(FOLLOW_1);
            ruleConsumer();

            state._fsp--;

             after(grammarAccess.getConsumerRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleConsumer"


    // $ANTLR start "ruleConsumer"
    // InternalAssign.g:112:1: ruleConsumer : ( ( rule__Consumer__Alternatives ) ) ;
    public final void ruleConsumer() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:116:2: ( ( ( rule__Consumer__Alternatives ) ) )
            // InternalAssign.g:117:2: ( ( rule__Consumer__Alternatives ) )
            {
            // InternalAssign.g:117:2: ( ( rule__Consumer__Alternatives ) )
            // InternalAssign.g:118:3: ( rule__Consumer__Alternatives )
            {
             before(grammarAccess.getConsumerAccess().getAlternatives()); 
            // InternalAssign.g:119:3: ( rule__Consumer__Alternatives )
            // InternalAssign.g:119:4: rule__Consumer__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Consumer__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getConsumerAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleConsumer"


    // $ANTLR start "entryRuleVmGuest"
    // InternalAssign.g:128:1: entryRuleVmGuest : ruleVmGuest EOF ;
    public final void entryRuleVmGuest() throws RecognitionException {
        try {
            // InternalAssign.g:129:1: ( ruleVmGuest EOF )
            // InternalAssign.g:130:1: ruleVmGuest EOF
            {
             before(grammarAccess.getVmGuestRule()); 
            pushFollow(FOLLOW_1);
            ruleVmGuest();

            state._fsp--;

             after(grammarAccess.getVmGuestRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleVmGuest"


    // $ANTLR start "ruleVmGuest"
    // InternalAssign.g:137:1: ruleVmGuest : ( ( rule__VmGuest__Group__0 ) ) ;
    public final void ruleVmGuest() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:141:2: ( ( ( rule__VmGuest__Group__0 ) ) )
            // InternalAssign.g:142:2: ( ( rule__VmGuest__Group__0 ) )
            {
            // InternalAssign.g:142:2: ( ( rule__VmGuest__Group__0 ) )
            // InternalAssign.g:143:3: ( rule__VmGuest__Group__0 )
            {
             before(grammarAccess.getVmGuestAccess().getGroup()); 
            // InternalAssign.g:144:3: ( rule__VmGuest__Group__0 )
            // InternalAssign.g:144:4: rule__VmGuest__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleVmGuest"


    // $ANTLR start "entryRuleUserspaceDriver"
    // InternalAssign.g:153:1: entryRuleUserspaceDriver : ruleUserspaceDriver EOF ;
    public final void entryRuleUserspaceDriver() throws RecognitionException {
        try {
            // InternalAssign.g:154:1: ( ruleUserspaceDriver EOF )
            // InternalAssign.g:155:1: ruleUserspaceDriver EOF
            {
             before(grammarAccess.getUserspaceDriverRule()); 
            pushFollow(FOLLOW_1);
            ruleUserspaceDriver();

            state._fsp--;

             after(grammarAccess.getUserspaceDriverRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleUserspaceDriver"


    // $ANTLR start "ruleUserspaceDriver"
    // InternalAssign.g:162:1: ruleUserspaceDriver : ( ( rule__UserspaceDriver__Group__0 ) ) ;
    public final void ruleUserspaceDriver() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:166:2: ( ( ( rule__UserspaceDriver__Group__0 ) ) )
            // InternalAssign.g:167:2: ( ( rule__UserspaceDriver__Group__0 ) )
            {
            // InternalAssign.g:167:2: ( ( rule__UserspaceDriver__Group__0 ) )
            // InternalAssign.g:168:3: ( rule__UserspaceDriver__Group__0 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getGroup()); 
            // InternalAssign.g:169:3: ( rule__UserspaceDriver__Group__0 )
            // InternalAssign.g:169:4: rule__UserspaceDriver__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getUserspaceDriverAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleUserspaceDriver"


    // $ANTLR start "entryRuleProbe"
    // InternalAssign.g:178:1: entryRuleProbe : ruleProbe EOF ;
    public final void entryRuleProbe() throws RecognitionException {
        try {
            // InternalAssign.g:179:1: ( ruleProbe EOF )
            // InternalAssign.g:180:1: ruleProbe EOF
            {
             before(grammarAccess.getProbeRule()); 
            pushFollow(FOLLOW_1);
            ruleProbe();

            state._fsp--;

             after(grammarAccess.getProbeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleProbe"


    // $ANTLR start "ruleProbe"
    // InternalAssign.g:187:1: ruleProbe : ( ( rule__Probe__Group__0 ) ) ;
    public final void ruleProbe() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:191:2: ( ( ( rule__Probe__Group__0 ) ) )
            // InternalAssign.g:192:2: ( ( rule__Probe__Group__0 ) )
            {
            // InternalAssign.g:192:2: ( ( rule__Probe__Group__0 ) )
            // InternalAssign.g:193:3: ( rule__Probe__Group__0 )
            {
             before(grammarAccess.getProbeAccess().getGroup()); 
            // InternalAssign.g:194:3: ( rule__Probe__Group__0 )
            // InternalAssign.g:194:4: rule__Probe__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Probe__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getProbeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleProbe"


    // $ANTLR start "entryRuleAssignment"
    // InternalAssign.g:203:1: entryRuleAssignment : ruleAssignment EOF ;
    public final void entryRuleAssignment() throws RecognitionException {
        try {
            // InternalAssign.g:204:1: ( ruleAssignment EOF )
            // InternalAssign.g:205:1: ruleAssignment EOF
            {
             before(grammarAccess.getAssignmentRule()); 
            pushFollow(FOLLOW_1);
            ruleAssignment();

            state._fsp--;

             after(grammarAccess.getAssignmentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAssignment"


    // $ANTLR start "ruleAssignment"
    // InternalAssign.g:212:1: ruleAssignment : ( ( rule__Assignment__Group__0 ) ) ;
    public final void ruleAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:216:2: ( ( ( rule__Assignment__Group__0 ) ) )
            // InternalAssign.g:217:2: ( ( rule__Assignment__Group__0 ) )
            {
            // InternalAssign.g:217:2: ( ( rule__Assignment__Group__0 ) )
            // InternalAssign.g:218:3: ( rule__Assignment__Group__0 )
            {
             before(grammarAccess.getAssignmentAccess().getGroup()); 
            // InternalAssign.g:219:3: ( rule__Assignment__Group__0 )
            // InternalAssign.g:219:4: rule__Assignment__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAssignment"


    // $ANTLR start "entryRuleRegionMapping"
    // InternalAssign.g:228:1: entryRuleRegionMapping : ruleRegionMapping EOF ;
    public final void entryRuleRegionMapping() throws RecognitionException {
        try {
            // InternalAssign.g:229:1: ( ruleRegionMapping EOF )
            // InternalAssign.g:230:1: ruleRegionMapping EOF
            {
             before(grammarAccess.getRegionMappingRule()); 
            pushFollow(FOLLOW_1);
            ruleRegionMapping();

            state._fsp--;

             after(grammarAccess.getRegionMappingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleRegionMapping"


    // $ANTLR start "ruleRegionMapping"
    // InternalAssign.g:237:1: ruleRegionMapping : ( ( rule__RegionMapping__Group__0 ) ) ;
    public final void ruleRegionMapping() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:241:2: ( ( ( rule__RegionMapping__Group__0 ) ) )
            // InternalAssign.g:242:2: ( ( rule__RegionMapping__Group__0 ) )
            {
            // InternalAssign.g:242:2: ( ( rule__RegionMapping__Group__0 ) )
            // InternalAssign.g:243:3: ( rule__RegionMapping__Group__0 )
            {
             before(grammarAccess.getRegionMappingAccess().getGroup()); 
            // InternalAssign.g:244:3: ( rule__RegionMapping__Group__0 )
            // InternalAssign.g:244:4: rule__RegionMapping__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__RegionMapping__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getRegionMappingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRegionMapping"


    // $ANTLR start "entryRuleIrqBinding"
    // InternalAssign.g:253:1: entryRuleIrqBinding : ruleIrqBinding EOF ;
    public final void entryRuleIrqBinding() throws RecognitionException {
        try {
            // InternalAssign.g:254:1: ( ruleIrqBinding EOF )
            // InternalAssign.g:255:1: ruleIrqBinding EOF
            {
             before(grammarAccess.getIrqBindingRule()); 
            pushFollow(FOLLOW_1);
            ruleIrqBinding();

            state._fsp--;

             after(grammarAccess.getIrqBindingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleIrqBinding"


    // $ANTLR start "ruleIrqBinding"
    // InternalAssign.g:262:1: ruleIrqBinding : ( ( rule__IrqBinding__Group__0 ) ) ;
    public final void ruleIrqBinding() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:266:2: ( ( ( rule__IrqBinding__Group__0 ) ) )
            // InternalAssign.g:267:2: ( ( rule__IrqBinding__Group__0 ) )
            {
            // InternalAssign.g:267:2: ( ( rule__IrqBinding__Group__0 ) )
            // InternalAssign.g:268:3: ( rule__IrqBinding__Group__0 )
            {
             before(grammarAccess.getIrqBindingAccess().getGroup()); 
            // InternalAssign.g:269:3: ( rule__IrqBinding__Group__0 )
            // InternalAssign.g:269:4: rule__IrqBinding__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getIrqBindingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIrqBinding"


    // $ANTLR start "entryRuleDmaWindow"
    // InternalAssign.g:278:1: entryRuleDmaWindow : ruleDmaWindow EOF ;
    public final void entryRuleDmaWindow() throws RecognitionException {
        try {
            // InternalAssign.g:279:1: ( ruleDmaWindow EOF )
            // InternalAssign.g:280:1: ruleDmaWindow EOF
            {
             before(grammarAccess.getDmaWindowRule()); 
            pushFollow(FOLLOW_1);
            ruleDmaWindow();

            state._fsp--;

             after(grammarAccess.getDmaWindowRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDmaWindow"


    // $ANTLR start "ruleDmaWindow"
    // InternalAssign.g:287:1: ruleDmaWindow : ( ( rule__DmaWindow__Group__0 ) ) ;
    public final void ruleDmaWindow() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:291:2: ( ( ( rule__DmaWindow__Group__0 ) ) )
            // InternalAssign.g:292:2: ( ( rule__DmaWindow__Group__0 ) )
            {
            // InternalAssign.g:292:2: ( ( rule__DmaWindow__Group__0 ) )
            // InternalAssign.g:293:3: ( rule__DmaWindow__Group__0 )
            {
             before(grammarAccess.getDmaWindowAccess().getGroup()); 
            // InternalAssign.g:294:3: ( rule__DmaWindow__Group__0 )
            // InternalAssign.g:294:4: rule__DmaWindow__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDmaWindowAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDmaWindow"


    // $ANTLR start "entryRuleInlineBoard"
    // InternalAssign.g:303:1: entryRuleInlineBoard : ruleInlineBoard EOF ;
    public final void entryRuleInlineBoard() throws RecognitionException {
        try {
            // InternalAssign.g:304:1: ( ruleInlineBoard EOF )
            // InternalAssign.g:305:1: ruleInlineBoard EOF
            {
             before(grammarAccess.getInlineBoardRule()); 
            pushFollow(FOLLOW_1);
            ruleInlineBoard();

            state._fsp--;

             after(grammarAccess.getInlineBoardRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleInlineBoard"


    // $ANTLR start "ruleInlineBoard"
    // InternalAssign.g:312:1: ruleInlineBoard : ( ( rule__InlineBoard__Group__0 ) ) ;
    public final void ruleInlineBoard() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:316:2: ( ( ( rule__InlineBoard__Group__0 ) ) )
            // InternalAssign.g:317:2: ( ( rule__InlineBoard__Group__0 ) )
            {
            // InternalAssign.g:317:2: ( ( rule__InlineBoard__Group__0 ) )
            // InternalAssign.g:318:3: ( rule__InlineBoard__Group__0 )
            {
             before(grammarAccess.getInlineBoardAccess().getGroup()); 
            // InternalAssign.g:319:3: ( rule__InlineBoard__Group__0 )
            // InternalAssign.g:319:4: rule__InlineBoard__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleInlineBoard"


    // $ANTLR start "entryRuleDevice"
    // InternalAssign.g:328:1: entryRuleDevice : ruleDevice EOF ;
    public final void entryRuleDevice() throws RecognitionException {
        try {
            // InternalAssign.g:329:1: ( ruleDevice EOF )
            // InternalAssign.g:330:1: ruleDevice EOF
            {
             before(grammarAccess.getDeviceRule()); 
            pushFollow(FOLLOW_1);
            ruleDevice();

            state._fsp--;

             after(grammarAccess.getDeviceRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDevice"


    // $ANTLR start "ruleDevice"
    // InternalAssign.g:337:1: ruleDevice : ( ( rule__Device__Alternatives ) ) ;
    public final void ruleDevice() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:341:2: ( ( ( rule__Device__Alternatives ) ) )
            // InternalAssign.g:342:2: ( ( rule__Device__Alternatives ) )
            {
            // InternalAssign.g:342:2: ( ( rule__Device__Alternatives ) )
            // InternalAssign.g:343:3: ( rule__Device__Alternatives )
            {
             before(grammarAccess.getDeviceAccess().getAlternatives()); 
            // InternalAssign.g:344:3: ( rule__Device__Alternatives )
            // InternalAssign.g:344:4: rule__Device__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Device__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getDeviceAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDevice"


    // $ANTLR start "entryRulePciDevice"
    // InternalAssign.g:353:1: entryRulePciDevice : rulePciDevice EOF ;
    public final void entryRulePciDevice() throws RecognitionException {
        try {
            // InternalAssign.g:354:1: ( rulePciDevice EOF )
            // InternalAssign.g:355:1: rulePciDevice EOF
            {
             before(grammarAccess.getPciDeviceRule()); 
            pushFollow(FOLLOW_1);
            rulePciDevice();

            state._fsp--;

             after(grammarAccess.getPciDeviceRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePciDevice"


    // $ANTLR start "rulePciDevice"
    // InternalAssign.g:362:1: rulePciDevice : ( ( rule__PciDevice__Group__0 ) ) ;
    public final void rulePciDevice() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:366:2: ( ( ( rule__PciDevice__Group__0 ) ) )
            // InternalAssign.g:367:2: ( ( rule__PciDevice__Group__0 ) )
            {
            // InternalAssign.g:367:2: ( ( rule__PciDevice__Group__0 ) )
            // InternalAssign.g:368:3: ( rule__PciDevice__Group__0 )
            {
             before(grammarAccess.getPciDeviceAccess().getGroup()); 
            // InternalAssign.g:369:3: ( rule__PciDevice__Group__0 )
            // InternalAssign.g:369:4: rule__PciDevice__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPciDeviceAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePciDevice"


    // $ANTLR start "entryRulePlatformDevice"
    // InternalAssign.g:378:1: entryRulePlatformDevice : rulePlatformDevice EOF ;
    public final void entryRulePlatformDevice() throws RecognitionException {
        try {
            // InternalAssign.g:379:1: ( rulePlatformDevice EOF )
            // InternalAssign.g:380:1: rulePlatformDevice EOF
            {
             before(grammarAccess.getPlatformDeviceRule()); 
            pushFollow(FOLLOW_1);
            rulePlatformDevice();

            state._fsp--;

             after(grammarAccess.getPlatformDeviceRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlatformDevice"


    // $ANTLR start "rulePlatformDevice"
    // InternalAssign.g:387:1: rulePlatformDevice : ( ( rule__PlatformDevice__Group__0 ) ) ;
    public final void rulePlatformDevice() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:391:2: ( ( ( rule__PlatformDevice__Group__0 ) ) )
            // InternalAssign.g:392:2: ( ( rule__PlatformDevice__Group__0 ) )
            {
            // InternalAssign.g:392:2: ( ( rule__PlatformDevice__Group__0 ) )
            // InternalAssign.g:393:3: ( rule__PlatformDevice__Group__0 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getGroup()); 
            // InternalAssign.g:394:3: ( rule__PlatformDevice__Group__0 )
            // InternalAssign.g:394:4: rule__PlatformDevice__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlatformDeviceAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlatformDevice"


    // $ANTLR start "ruleDeviceFacts"
    // InternalAssign.g:404:1: ruleDeviceFacts : ( ( rule__DeviceFacts__Group__0 ) ) ;
    public final void ruleDeviceFacts() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:408:2: ( ( ( rule__DeviceFacts__Group__0 ) ) )
            // InternalAssign.g:409:2: ( ( rule__DeviceFacts__Group__0 ) )
            {
            // InternalAssign.g:409:2: ( ( rule__DeviceFacts__Group__0 ) )
            // InternalAssign.g:410:3: ( rule__DeviceFacts__Group__0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup()); 
            // InternalAssign.g:411:3: ( rule__DeviceFacts__Group__0 )
            // InternalAssign.g:411:4: rule__DeviceFacts__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDeviceFacts"


    // $ANTLR start "entryRuleRegion"
    // InternalAssign.g:420:1: entryRuleRegion : ruleRegion EOF ;
    public final void entryRuleRegion() throws RecognitionException {
        try {
            // InternalAssign.g:421:1: ( ruleRegion EOF )
            // InternalAssign.g:422:1: ruleRegion EOF
            {
             before(grammarAccess.getRegionRule()); 
            pushFollow(FOLLOW_1);
            ruleRegion();

            state._fsp--;

             after(grammarAccess.getRegionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleRegion"


    // $ANTLR start "ruleRegion"
    // InternalAssign.g:429:1: ruleRegion : ( ( rule__Region__Group__0 ) ) ;
    public final void ruleRegion() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:433:2: ( ( ( rule__Region__Group__0 ) ) )
            // InternalAssign.g:434:2: ( ( rule__Region__Group__0 ) )
            {
            // InternalAssign.g:434:2: ( ( rule__Region__Group__0 ) )
            // InternalAssign.g:435:3: ( rule__Region__Group__0 )
            {
             before(grammarAccess.getRegionAccess().getGroup()); 
            // InternalAssign.g:436:3: ( rule__Region__Group__0 )
            // InternalAssign.g:436:4: rule__Region__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Region__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getRegionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRegion"


    // $ANTLR start "entryRuleInterrupt"
    // InternalAssign.g:445:1: entryRuleInterrupt : ruleInterrupt EOF ;
    public final void entryRuleInterrupt() throws RecognitionException {
        try {
            // InternalAssign.g:446:1: ( ruleInterrupt EOF )
            // InternalAssign.g:447:1: ruleInterrupt EOF
            {
             before(grammarAccess.getInterruptRule()); 
            pushFollow(FOLLOW_1);
            ruleInterrupt();

            state._fsp--;

             after(grammarAccess.getInterruptRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleInterrupt"


    // $ANTLR start "ruleInterrupt"
    // InternalAssign.g:454:1: ruleInterrupt : ( ( rule__Interrupt__Group__0 ) ) ;
    public final void ruleInterrupt() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:458:2: ( ( ( rule__Interrupt__Group__0 ) ) )
            // InternalAssign.g:459:2: ( ( rule__Interrupt__Group__0 ) )
            {
            // InternalAssign.g:459:2: ( ( rule__Interrupt__Group__0 ) )
            // InternalAssign.g:460:3: ( rule__Interrupt__Group__0 )
            {
             before(grammarAccess.getInterruptAccess().getGroup()); 
            // InternalAssign.g:461:3: ( rule__Interrupt__Group__0 )
            // InternalAssign.g:461:4: rule__Interrupt__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getInterruptAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleInterrupt"


    // $ANTLR start "entryRuleIommuGroup"
    // InternalAssign.g:470:1: entryRuleIommuGroup : ruleIommuGroup EOF ;
    public final void entryRuleIommuGroup() throws RecognitionException {
        try {
            // InternalAssign.g:471:1: ( ruleIommuGroup EOF )
            // InternalAssign.g:472:1: ruleIommuGroup EOF
            {
             before(grammarAccess.getIommuGroupRule()); 
            pushFollow(FOLLOW_1);
            ruleIommuGroup();

            state._fsp--;

             after(grammarAccess.getIommuGroupRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleIommuGroup"


    // $ANTLR start "ruleIommuGroup"
    // InternalAssign.g:479:1: ruleIommuGroup : ( ( rule__IommuGroup__Group__0 ) ) ;
    public final void ruleIommuGroup() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:483:2: ( ( ( rule__IommuGroup__Group__0 ) ) )
            // InternalAssign.g:484:2: ( ( rule__IommuGroup__Group__0 ) )
            {
            // InternalAssign.g:484:2: ( ( rule__IommuGroup__Group__0 ) )
            // InternalAssign.g:485:3: ( rule__IommuGroup__Group__0 )
            {
             before(grammarAccess.getIommuGroupAccess().getGroup()); 
            // InternalAssign.g:486:3: ( rule__IommuGroup__Group__0 )
            // InternalAssign.g:486:4: rule__IommuGroup__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getIommuGroupAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIommuGroup"


    // $ANTLR start "entryRuleName"
    // InternalAssign.g:495:1: entryRuleName : ruleName EOF ;
    public final void entryRuleName() throws RecognitionException {
        try {
            // InternalAssign.g:496:1: ( ruleName EOF )
            // InternalAssign.g:497:1: ruleName EOF
            {
             before(grammarAccess.getNameRule()); 
            pushFollow(FOLLOW_1);
            ruleName();

            state._fsp--;

             after(grammarAccess.getNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleName"


    // $ANTLR start "ruleName"
    // InternalAssign.g:504:1: ruleName : ( RULE_ID ) ;
    public final void ruleName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:508:2: ( ( RULE_ID ) )
            // InternalAssign.g:509:2: ( RULE_ID )
            {
            // InternalAssign.g:509:2: ( RULE_ID )
            // InternalAssign.g:510:3: RULE_ID
            {
             before(grammarAccess.getNameAccess().getIDTerminalRuleCall()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getNameAccess().getIDTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleName"


    // $ANTLR start "entryRuleBoardRef"
    // InternalAssign.g:520:1: entryRuleBoardRef : ruleBoardRef EOF ;
    public final void entryRuleBoardRef() throws RecognitionException {
        try {
            // InternalAssign.g:521:1: ( ruleBoardRef EOF )
            // InternalAssign.g:522:1: ruleBoardRef EOF
            {
             before(grammarAccess.getBoardRefRule()); 
            pushFollow(FOLLOW_1);
            ruleBoardRef();

            state._fsp--;

             after(grammarAccess.getBoardRefRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBoardRef"


    // $ANTLR start "ruleBoardRef"
    // InternalAssign.g:529:1: ruleBoardRef : ( ( rule__BoardRef__Alternatives ) ) ;
    public final void ruleBoardRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:533:2: ( ( ( rule__BoardRef__Alternatives ) ) )
            // InternalAssign.g:534:2: ( ( rule__BoardRef__Alternatives ) )
            {
            // InternalAssign.g:534:2: ( ( rule__BoardRef__Alternatives ) )
            // InternalAssign.g:535:3: ( rule__BoardRef__Alternatives )
            {
             before(grammarAccess.getBoardRefAccess().getAlternatives()); 
            // InternalAssign.g:536:3: ( rule__BoardRef__Alternatives )
            // InternalAssign.g:536:4: rule__BoardRef__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__BoardRef__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getBoardRefAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBoardRef"


    // $ANTLR start "entryRuleDeviceRef"
    // InternalAssign.g:545:1: entryRuleDeviceRef : ruleDeviceRef EOF ;
    public final void entryRuleDeviceRef() throws RecognitionException {
        try {
            // InternalAssign.g:546:1: ( ruleDeviceRef EOF )
            // InternalAssign.g:547:1: ruleDeviceRef EOF
            {
             before(grammarAccess.getDeviceRefRule()); 
            pushFollow(FOLLOW_1);
            ruleDeviceRef();

            state._fsp--;

             after(grammarAccess.getDeviceRefRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDeviceRef"


    // $ANTLR start "ruleDeviceRef"
    // InternalAssign.g:554:1: ruleDeviceRef : ( ( rule__DeviceRef__Alternatives ) ) ;
    public final void ruleDeviceRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:558:2: ( ( ( rule__DeviceRef__Alternatives ) ) )
            // InternalAssign.g:559:2: ( ( rule__DeviceRef__Alternatives ) )
            {
            // InternalAssign.g:559:2: ( ( rule__DeviceRef__Alternatives ) )
            // InternalAssign.g:560:3: ( rule__DeviceRef__Alternatives )
            {
             before(grammarAccess.getDeviceRefAccess().getAlternatives()); 
            // InternalAssign.g:561:3: ( rule__DeviceRef__Alternatives )
            // InternalAssign.g:561:4: rule__DeviceRef__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__DeviceRef__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getDeviceRefAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDeviceRef"


    // $ANTLR start "entryRuleGroupId"
    // InternalAssign.g:570:1: entryRuleGroupId : ruleGroupId EOF ;
    public final void entryRuleGroupId() throws RecognitionException {
        try {
            // InternalAssign.g:571:1: ( ruleGroupId EOF )
            // InternalAssign.g:572:1: ruleGroupId EOF
            {
             before(grammarAccess.getGroupIdRule()); 
            pushFollow(FOLLOW_1);
            ruleGroupId();

            state._fsp--;

             after(grammarAccess.getGroupIdRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGroupId"


    // $ANTLR start "ruleGroupId"
    // InternalAssign.g:579:1: ruleGroupId : ( RULE_INT ) ;
    public final void ruleGroupId() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:583:2: ( ( RULE_INT ) )
            // InternalAssign.g:584:2: ( RULE_INT )
            {
            // InternalAssign.g:584:2: ( RULE_INT )
            // InternalAssign.g:585:3: RULE_INT
            {
             before(grammarAccess.getGroupIdAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getGroupIdAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGroupId"


    // $ANTLR start "entryRuleMemberRef"
    // InternalAssign.g:595:1: entryRuleMemberRef : ruleMemberRef EOF ;
    public final void entryRuleMemberRef() throws RecognitionException {
        try {
            // InternalAssign.g:596:1: ( ruleMemberRef EOF )
            // InternalAssign.g:597:1: ruleMemberRef EOF
            {
             before(grammarAccess.getMemberRefRule()); 
            pushFollow(FOLLOW_1);
            ruleMemberRef();

            state._fsp--;

             after(grammarAccess.getMemberRefRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMemberRef"


    // $ANTLR start "ruleMemberRef"
    // InternalAssign.g:604:1: ruleMemberRef : ( ( rule__MemberRef__Group__0 ) ) ;
    public final void ruleMemberRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:608:2: ( ( ( rule__MemberRef__Group__0 ) ) )
            // InternalAssign.g:609:2: ( ( rule__MemberRef__Group__0 ) )
            {
            // InternalAssign.g:609:2: ( ( rule__MemberRef__Group__0 ) )
            // InternalAssign.g:610:3: ( rule__MemberRef__Group__0 )
            {
             before(grammarAccess.getMemberRefAccess().getGroup()); 
            // InternalAssign.g:611:3: ( rule__MemberRef__Group__0 )
            // InternalAssign.g:611:4: rule__MemberRef__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__MemberRef__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMemberRefAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMemberRef"


    // $ANTLR start "entryRuleMemberPart"
    // InternalAssign.g:620:1: entryRuleMemberPart : ruleMemberPart EOF ;
    public final void entryRuleMemberPart() throws RecognitionException {
        try {
            // InternalAssign.g:621:1: ( ruleMemberPart EOF )
            // InternalAssign.g:622:1: ruleMemberPart EOF
            {
             before(grammarAccess.getMemberPartRule()); 
            pushFollow(FOLLOW_1);
            ruleMemberPart();

            state._fsp--;

             after(grammarAccess.getMemberPartRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMemberPart"


    // $ANTLR start "ruleMemberPart"
    // InternalAssign.g:629:1: ruleMemberPart : ( ( rule__MemberPart__Alternatives ) ) ;
    public final void ruleMemberPart() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:633:2: ( ( ( rule__MemberPart__Alternatives ) ) )
            // InternalAssign.g:634:2: ( ( rule__MemberPart__Alternatives ) )
            {
            // InternalAssign.g:634:2: ( ( rule__MemberPart__Alternatives ) )
            // InternalAssign.g:635:3: ( rule__MemberPart__Alternatives )
            {
             before(grammarAccess.getMemberPartAccess().getAlternatives()); 
            // InternalAssign.g:636:3: ( rule__MemberPart__Alternatives )
            // InternalAssign.g:636:4: rule__MemberPart__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__MemberPart__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getMemberPartAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMemberPart"


    // $ANTLR start "entryRuleRegionName"
    // InternalAssign.g:645:1: entryRuleRegionName : ruleRegionName EOF ;
    public final void entryRuleRegionName() throws RecognitionException {
        try {
            // InternalAssign.g:646:1: ( ruleRegionName EOF )
            // InternalAssign.g:647:1: ruleRegionName EOF
            {
             before(grammarAccess.getRegionNameRule()); 
            pushFollow(FOLLOW_1);
            ruleRegionName();

            state._fsp--;

             after(grammarAccess.getRegionNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleRegionName"


    // $ANTLR start "ruleRegionName"
    // InternalAssign.g:654:1: ruleRegionName : ( ( rule__RegionName__Alternatives ) ) ;
    public final void ruleRegionName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:658:2: ( ( ( rule__RegionName__Alternatives ) ) )
            // InternalAssign.g:659:2: ( ( rule__RegionName__Alternatives ) )
            {
            // InternalAssign.g:659:2: ( ( rule__RegionName__Alternatives ) )
            // InternalAssign.g:660:3: ( rule__RegionName__Alternatives )
            {
             before(grammarAccess.getRegionNameAccess().getAlternatives()); 
            // InternalAssign.g:661:3: ( rule__RegionName__Alternatives )
            // InternalAssign.g:661:4: rule__RegionName__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__RegionName__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getRegionNameAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRegionName"


    // $ANTLR start "entryRuleSize"
    // InternalAssign.g:670:1: entryRuleSize : ruleSize EOF ;
    public final void entryRuleSize() throws RecognitionException {
        try {
            // InternalAssign.g:671:1: ( ruleSize EOF )
            // InternalAssign.g:672:1: ruleSize EOF
            {
             before(grammarAccess.getSizeRule()); 
            pushFollow(FOLLOW_1);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getSizeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSize"


    // $ANTLR start "ruleSize"
    // InternalAssign.g:679:1: ruleSize : ( ( rule__Size__Group__0 ) ) ;
    public final void ruleSize() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:683:2: ( ( ( rule__Size__Group__0 ) ) )
            // InternalAssign.g:684:2: ( ( rule__Size__Group__0 ) )
            {
            // InternalAssign.g:684:2: ( ( rule__Size__Group__0 ) )
            // InternalAssign.g:685:3: ( rule__Size__Group__0 )
            {
             before(grammarAccess.getSizeAccess().getGroup()); 
            // InternalAssign.g:686:3: ( rule__Size__Group__0 )
            // InternalAssign.g:686:4: rule__Size__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Size__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSizeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSize"


    // $ANTLR start "entryRuleNumber"
    // InternalAssign.g:695:1: entryRuleNumber : ruleNumber EOF ;
    public final void entryRuleNumber() throws RecognitionException {
        try {
            // InternalAssign.g:696:1: ( ruleNumber EOF )
            // InternalAssign.g:697:1: ruleNumber EOF
            {
             before(grammarAccess.getNumberRule()); 
            pushFollow(FOLLOW_1);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getNumberRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleNumber"


    // $ANTLR start "ruleNumber"
    // InternalAssign.g:704:1: ruleNumber : ( ( rule__Number__Alternatives ) ) ;
    public final void ruleNumber() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:708:2: ( ( ( rule__Number__Alternatives ) ) )
            // InternalAssign.g:709:2: ( ( rule__Number__Alternatives ) )
            {
            // InternalAssign.g:709:2: ( ( rule__Number__Alternatives ) )
            // InternalAssign.g:710:3: ( rule__Number__Alternatives )
            {
             before(grammarAccess.getNumberAccess().getAlternatives()); 
            // InternalAssign.g:711:3: ( rule__Number__Alternatives )
            // InternalAssign.g:711:4: rule__Number__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Number__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getNumberAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleNumber"


    // $ANTLR start "entryRuleInt32"
    // InternalAssign.g:720:1: entryRuleInt32 : ruleInt32 EOF ;
    public final void entryRuleInt32() throws RecognitionException {
        try {
            // InternalAssign.g:721:1: ( ruleInt32 EOF )
            // InternalAssign.g:722:1: ruleInt32 EOF
            {
             before(grammarAccess.getInt32Rule()); 
            pushFollow(FOLLOW_1);
            ruleInt32();

            state._fsp--;

             after(grammarAccess.getInt32Rule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleInt32"


    // $ANTLR start "ruleInt32"
    // InternalAssign.g:729:1: ruleInt32 : ( ( rule__Int32__Alternatives ) ) ;
    public final void ruleInt32() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:733:2: ( ( ( rule__Int32__Alternatives ) ) )
            // InternalAssign.g:734:2: ( ( rule__Int32__Alternatives ) )
            {
            // InternalAssign.g:734:2: ( ( rule__Int32__Alternatives ) )
            // InternalAssign.g:735:3: ( rule__Int32__Alternatives )
            {
             before(grammarAccess.getInt32Access().getAlternatives()); 
            // InternalAssign.g:736:3: ( rule__Int32__Alternatives )
            // InternalAssign.g:736:4: rule__Int32__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Int32__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getInt32Access().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleInt32"


    // $ANTLR start "entryRuleReadOnly"
    // InternalAssign.g:745:1: entryRuleReadOnly : ruleReadOnly EOF ;
    public final void entryRuleReadOnly() throws RecognitionException {
        try {
            // InternalAssign.g:746:1: ( ruleReadOnly EOF )
            // InternalAssign.g:747:1: ruleReadOnly EOF
            {
             before(grammarAccess.getReadOnlyRule()); 
            pushFollow(FOLLOW_1);
            ruleReadOnly();

            state._fsp--;

             after(grammarAccess.getReadOnlyRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleReadOnly"


    // $ANTLR start "ruleReadOnly"
    // InternalAssign.g:754:1: ruleReadOnly : ( 'read-only' ) ;
    public final void ruleReadOnly() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:758:2: ( ( 'read-only' ) )
            // InternalAssign.g:759:2: ( 'read-only' )
            {
            // InternalAssign.g:759:2: ( 'read-only' )
            // InternalAssign.g:760:3: 'read-only'
            {
             before(grammarAccess.getReadOnlyAccess().getReadOnlyKeyword()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getReadOnlyAccess().getReadOnlyKeyword()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleReadOnly"


    // $ANTLR start "entryRuleWriteOnly"
    // InternalAssign.g:770:1: entryRuleWriteOnly : ruleWriteOnly EOF ;
    public final void entryRuleWriteOnly() throws RecognitionException {
        try {
            // InternalAssign.g:771:1: ( ruleWriteOnly EOF )
            // InternalAssign.g:772:1: ruleWriteOnly EOF
            {
             before(grammarAccess.getWriteOnlyRule()); 
            pushFollow(FOLLOW_1);
            ruleWriteOnly();

            state._fsp--;

             after(grammarAccess.getWriteOnlyRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleWriteOnly"


    // $ANTLR start "ruleWriteOnly"
    // InternalAssign.g:779:1: ruleWriteOnly : ( 'write-only' ) ;
    public final void ruleWriteOnly() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:783:2: ( ( 'write-only' ) )
            // InternalAssign.g:784:2: ( 'write-only' )
            {
            // InternalAssign.g:784:2: ( 'write-only' )
            // InternalAssign.g:785:3: 'write-only'
            {
             before(grammarAccess.getWriteOnlyAccess().getWriteOnlyKeyword()); 
            match(input,13,FOLLOW_2); 
             after(grammarAccess.getWriteOnlyAccess().getWriteOnlyKeyword()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleWriteOnly"


    // $ANTLR start "ruleVfioDriver"
    // InternalAssign.g:795:1: ruleVfioDriver : ( ( rule__VfioDriver__Alternatives ) ) ;
    public final void ruleVfioDriver() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:799:1: ( ( ( rule__VfioDriver__Alternatives ) ) )
            // InternalAssign.g:800:2: ( ( rule__VfioDriver__Alternatives ) )
            {
            // InternalAssign.g:800:2: ( ( rule__VfioDriver__Alternatives ) )
            // InternalAssign.g:801:3: ( rule__VfioDriver__Alternatives )
            {
             before(grammarAccess.getVfioDriverAccess().getAlternatives()); 
            // InternalAssign.g:802:3: ( rule__VfioDriver__Alternatives )
            // InternalAssign.g:802:4: rule__VfioDriver__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__VfioDriver__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getVfioDriverAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleVfioDriver"


    // $ANTLR start "ruleOpenPath"
    // InternalAssign.g:811:1: ruleOpenPath : ( ( rule__OpenPath__Alternatives ) ) ;
    public final void ruleOpenPath() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:815:1: ( ( ( rule__OpenPath__Alternatives ) ) )
            // InternalAssign.g:816:2: ( ( rule__OpenPath__Alternatives ) )
            {
            // InternalAssign.g:816:2: ( ( rule__OpenPath__Alternatives ) )
            // InternalAssign.g:817:3: ( rule__OpenPath__Alternatives )
            {
             before(grammarAccess.getOpenPathAccess().getAlternatives()); 
            // InternalAssign.g:818:3: ( rule__OpenPath__Alternatives )
            // InternalAssign.g:818:4: rule__OpenPath__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__OpenPath__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getOpenPathAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOpenPath"


    // $ANTLR start "ruleResetPolicy"
    // InternalAssign.g:827:1: ruleResetPolicy : ( ( rule__ResetPolicy__Alternatives ) ) ;
    public final void ruleResetPolicy() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:831:1: ( ( ( rule__ResetPolicy__Alternatives ) ) )
            // InternalAssign.g:832:2: ( ( rule__ResetPolicy__Alternatives ) )
            {
            // InternalAssign.g:832:2: ( ( rule__ResetPolicy__Alternatives ) )
            // InternalAssign.g:833:3: ( rule__ResetPolicy__Alternatives )
            {
             before(grammarAccess.getResetPolicyAccess().getAlternatives()); 
            // InternalAssign.g:834:3: ( rule__ResetPolicy__Alternatives )
            // InternalAssign.g:834:4: rule__ResetPolicy__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ResetPolicy__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getResetPolicyAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleResetPolicy"


    // $ANTLR start "ruleIrqMode"
    // InternalAssign.g:843:1: ruleIrqMode : ( ( rule__IrqMode__Alternatives ) ) ;
    public final void ruleIrqMode() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:847:1: ( ( ( rule__IrqMode__Alternatives ) ) )
            // InternalAssign.g:848:2: ( ( rule__IrqMode__Alternatives ) )
            {
            // InternalAssign.g:848:2: ( ( rule__IrqMode__Alternatives ) )
            // InternalAssign.g:849:3: ( rule__IrqMode__Alternatives )
            {
             before(grammarAccess.getIrqModeAccess().getAlternatives()); 
            // InternalAssign.g:850:3: ( rule__IrqMode__Alternatives )
            // InternalAssign.g:850:4: rule__IrqMode__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__IrqMode__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getIrqModeAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIrqMode"


    // $ANTLR start "ruleKernelCapability"
    // InternalAssign.g:859:1: ruleKernelCapability : ( ( rule__KernelCapability__Alternatives ) ) ;
    public final void ruleKernelCapability() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:863:1: ( ( ( rule__KernelCapability__Alternatives ) ) )
            // InternalAssign.g:864:2: ( ( rule__KernelCapability__Alternatives ) )
            {
            // InternalAssign.g:864:2: ( ( rule__KernelCapability__Alternatives ) )
            // InternalAssign.g:865:3: ( rule__KernelCapability__Alternatives )
            {
             before(grammarAccess.getKernelCapabilityAccess().getAlternatives()); 
            // InternalAssign.g:866:3: ( rule__KernelCapability__Alternatives )
            // InternalAssign.g:866:4: rule__KernelCapability__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__KernelCapability__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getKernelCapabilityAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleKernelCapability"


    // $ANTLR start "ruleProtection"
    // InternalAssign.g:875:1: ruleProtection : ( ( rule__Protection__Alternatives ) ) ;
    public final void ruleProtection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:879:1: ( ( ( rule__Protection__Alternatives ) ) )
            // InternalAssign.g:880:2: ( ( rule__Protection__Alternatives ) )
            {
            // InternalAssign.g:880:2: ( ( rule__Protection__Alternatives ) )
            // InternalAssign.g:881:3: ( rule__Protection__Alternatives )
            {
             before(grammarAccess.getProtectionAccess().getAlternatives()); 
            // InternalAssign.g:882:3: ( rule__Protection__Alternatives )
            // InternalAssign.g:882:4: rule__Protection__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Protection__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getProtectionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleProtection"


    // $ANTLR start "ruleRegionKind"
    // InternalAssign.g:891:1: ruleRegionKind : ( ( rule__RegionKind__Alternatives ) ) ;
    public final void ruleRegionKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:895:1: ( ( ( rule__RegionKind__Alternatives ) ) )
            // InternalAssign.g:896:2: ( ( rule__RegionKind__Alternatives ) )
            {
            // InternalAssign.g:896:2: ( ( rule__RegionKind__Alternatives ) )
            // InternalAssign.g:897:3: ( rule__RegionKind__Alternatives )
            {
             before(grammarAccess.getRegionKindAccess().getAlternatives()); 
            // InternalAssign.g:898:3: ( rule__RegionKind__Alternatives )
            // InternalAssign.g:898:4: rule__RegionKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__RegionKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getRegionKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRegionKind"


    // $ANTLR start "ruleInterruptKind"
    // InternalAssign.g:907:1: ruleInterruptKind : ( ( rule__InterruptKind__Alternatives ) ) ;
    public final void ruleInterruptKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:911:1: ( ( ( rule__InterruptKind__Alternatives ) ) )
            // InternalAssign.g:912:2: ( ( rule__InterruptKind__Alternatives ) )
            {
            // InternalAssign.g:912:2: ( ( rule__InterruptKind__Alternatives ) )
            // InternalAssign.g:913:3: ( rule__InterruptKind__Alternatives )
            {
             before(grammarAccess.getInterruptKindAccess().getAlternatives()); 
            // InternalAssign.g:914:3: ( rule__InterruptKind__Alternatives )
            // InternalAssign.g:914:4: rule__InterruptKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__InterruptKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getInterruptKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleInterruptKind"


    // $ANTLR start "rule__AssignmentConfig__Alternatives_3_1"
    // InternalAssign.g:922:1: rule__AssignmentConfig__Alternatives_3_1 : ( ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) ) | ( ( rule__AssignmentConfig__Group_3_1_1__0 ) ) );
    public final void rule__AssignmentConfig__Alternatives_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:926:1: ( ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) ) | ( ( rule__AssignmentConfig__Group_3_1_1__0 ) ) )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==RULE_ID||LA1_0==RULE_STRING) ) {
                alt1=1;
            }
            else if ( (LA1_0==50) ) {
                alt1=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }
            switch (alt1) {
                case 1 :
                    // InternalAssign.g:927:2: ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) )
                    {
                    // InternalAssign.g:927:2: ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) )
                    // InternalAssign.g:928:3: ( rule__AssignmentConfig__BoardAssignment_3_1_0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getBoardAssignment_3_1_0()); 
                    // InternalAssign.g:929:3: ( rule__AssignmentConfig__BoardAssignment_3_1_0 )
                    // InternalAssign.g:929:4: rule__AssignmentConfig__BoardAssignment_3_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AssignmentConfig__BoardAssignment_3_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentConfigAccess().getBoardAssignment_3_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:933:2: ( ( rule__AssignmentConfig__Group_3_1_1__0 ) )
                    {
                    // InternalAssign.g:933:2: ( ( rule__AssignmentConfig__Group_3_1_1__0 ) )
                    // InternalAssign.g:934:3: ( rule__AssignmentConfig__Group_3_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getGroup_3_1_1()); 
                    // InternalAssign.g:935:3: ( rule__AssignmentConfig__Group_3_1_1__0 )
                    // InternalAssign.g:935:4: rule__AssignmentConfig__Group_3_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AssignmentConfig__Group_3_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentConfigAccess().getGroup_3_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Alternatives_3_1"


    // $ANTLR start "rule__AssignmentConfig__Alternatives_4"
    // InternalAssign.g:943:1: rule__AssignmentConfig__Alternatives_4 : ( ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) ) | ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) ) );
    public final void rule__AssignmentConfig__Alternatives_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:947:1: ( ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) ) | ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) ) )
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==52||LA2_0==59||LA2_0==63) ) {
                alt2=1;
            }
            else if ( (LA2_0==64) ) {
                alt2=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }
            switch (alt2) {
                case 1 :
                    // InternalAssign.g:948:2: ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) )
                    {
                    // InternalAssign.g:948:2: ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) )
                    // InternalAssign.g:949:3: ( rule__AssignmentConfig__ConsumersAssignment_4_0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getConsumersAssignment_4_0()); 
                    // InternalAssign.g:950:3: ( rule__AssignmentConfig__ConsumersAssignment_4_0 )
                    // InternalAssign.g:950:4: rule__AssignmentConfig__ConsumersAssignment_4_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AssignmentConfig__ConsumersAssignment_4_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentConfigAccess().getConsumersAssignment_4_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:954:2: ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) )
                    {
                    // InternalAssign.g:954:2: ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) )
                    // InternalAssign.g:955:3: ( rule__AssignmentConfig__AssignmentsAssignment_4_1 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignment_4_1()); 
                    // InternalAssign.g:956:3: ( rule__AssignmentConfig__AssignmentsAssignment_4_1 )
                    // InternalAssign.g:956:4: rule__AssignmentConfig__AssignmentsAssignment_4_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__AssignmentConfig__AssignmentsAssignment_4_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignment_4_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Alternatives_4"


    // $ANTLR start "rule__Consumer__Alternatives"
    // InternalAssign.g:964:1: rule__Consumer__Alternatives : ( ( ruleVmGuest ) | ( ruleUserspaceDriver ) | ( ruleProbe ) );
    public final void rule__Consumer__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:968:1: ( ( ruleVmGuest ) | ( ruleUserspaceDriver ) | ( ruleProbe ) )
            int alt3=3;
            switch ( input.LA(1) ) {
            case 52:
                {
                alt3=1;
                }
                break;
            case 59:
                {
                alt3=2;
                }
                break;
            case 63:
                {
                alt3=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }

            switch (alt3) {
                case 1 :
                    // InternalAssign.g:969:2: ( ruleVmGuest )
                    {
                    // InternalAssign.g:969:2: ( ruleVmGuest )
                    // InternalAssign.g:970:3: ruleVmGuest
                    {
                     before(grammarAccess.getConsumerAccess().getVmGuestParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleVmGuest();

                    state._fsp--;

                     after(grammarAccess.getConsumerAccess().getVmGuestParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:975:2: ( ruleUserspaceDriver )
                    {
                    // InternalAssign.g:975:2: ( ruleUserspaceDriver )
                    // InternalAssign.g:976:3: ruleUserspaceDriver
                    {
                     before(grammarAccess.getConsumerAccess().getUserspaceDriverParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleUserspaceDriver();

                    state._fsp--;

                     after(grammarAccess.getConsumerAccess().getUserspaceDriverParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:981:2: ( ruleProbe )
                    {
                    // InternalAssign.g:981:2: ( ruleProbe )
                    // InternalAssign.g:982:3: ruleProbe
                    {
                     before(grammarAccess.getConsumerAccess().getProbeParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    ruleProbe();

                    state._fsp--;

                     after(grammarAccess.getConsumerAccess().getProbeParserRuleCall_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Consumer__Alternatives"


    // $ANTLR start "rule__VmGuest__MachineAlternatives_2_1_2_1_0"
    // InternalAssign.g:991:1: rule__VmGuest__MachineAlternatives_2_1_2_1_0 : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__VmGuest__MachineAlternatives_2_1_2_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:995:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==RULE_ID) ) {
                alt4=1;
            }
            else if ( (LA4_0==RULE_STRING) ) {
                alt4=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }
            switch (alt4) {
                case 1 :
                    // InternalAssign.g:996:2: ( ruleName )
                    {
                    // InternalAssign.g:996:2: ( ruleName )
                    // InternalAssign.g:997:3: ruleName
                    {
                     before(grammarAccess.getVmGuestAccess().getMachineNameParserRuleCall_2_1_2_1_0_0()); 
                    pushFollow(FOLLOW_2);
                    ruleName();

                    state._fsp--;

                     after(grammarAccess.getVmGuestAccess().getMachineNameParserRuleCall_2_1_2_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1002:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1002:2: ( RULE_STRING )
                    // InternalAssign.g:1003:3: RULE_STRING
                    {
                     before(grammarAccess.getVmGuestAccess().getMachineSTRINGTerminalRuleCall_2_1_2_1_0_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getVmGuestAccess().getMachineSTRINGTerminalRuleCall_2_1_2_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__MachineAlternatives_2_1_2_1_0"


    // $ANTLR start "rule__Assignment__Alternatives_1"
    // InternalAssign.g:1012:1: rule__Assignment__Alternatives_1 : ( ( ( rule__Assignment__DeviceAssignment_1_0 ) ) | ( ( rule__Assignment__Group_1_1__0 ) ) );
    public final void rule__Assignment__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1016:1: ( ( ( rule__Assignment__DeviceAssignment_1_0 ) ) | ( ( rule__Assignment__Group_1_1__0 ) ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==RULE_ID||LA5_0==RULE_STRING) ) {
                alt5=1;
            }
            else if ( (LA5_0==30) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalAssign.g:1017:2: ( ( rule__Assignment__DeviceAssignment_1_0 ) )
                    {
                    // InternalAssign.g:1017:2: ( ( rule__Assignment__DeviceAssignment_1_0 ) )
                    // InternalAssign.g:1018:3: ( rule__Assignment__DeviceAssignment_1_0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getDeviceAssignment_1_0()); 
                    // InternalAssign.g:1019:3: ( rule__Assignment__DeviceAssignment_1_0 )
                    // InternalAssign.g:1019:4: rule__Assignment__DeviceAssignment_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__DeviceAssignment_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getDeviceAssignment_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1023:2: ( ( rule__Assignment__Group_1_1__0 ) )
                    {
                    // InternalAssign.g:1023:2: ( ( rule__Assignment__Group_1_1__0 ) )
                    // InternalAssign.g:1024:3: ( rule__Assignment__Group_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_1_1()); 
                    // InternalAssign.g:1025:3: ( rule__Assignment__Group_1_1__0 )
                    // InternalAssign.g:1025:4: rule__Assignment__Group_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getGroup_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Alternatives_1"


    // $ANTLR start "rule__Assignment__Alternatives_4_2"
    // InternalAssign.g:1033:1: rule__Assignment__Alternatives_4_2 : ( ( ( rule__Assignment__RegionsAssignment_4_2_0 ) ) | ( ( rule__Assignment__IrqsAssignment_4_2_1 ) ) | ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) ) );
    public final void rule__Assignment__Alternatives_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1037:1: ( ( ( rule__Assignment__RegionsAssignment_4_2_0 ) ) | ( ( rule__Assignment__IrqsAssignment_4_2_1 ) ) | ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) ) )
            int alt6=3;
            switch ( input.LA(1) ) {
            case 69:
                {
                alt6=1;
                }
                break;
            case 70:
                {
                alt6=2;
                }
                break;
            case 73:
                {
                alt6=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }

            switch (alt6) {
                case 1 :
                    // InternalAssign.g:1038:2: ( ( rule__Assignment__RegionsAssignment_4_2_0 ) )
                    {
                    // InternalAssign.g:1038:2: ( ( rule__Assignment__RegionsAssignment_4_2_0 ) )
                    // InternalAssign.g:1039:3: ( rule__Assignment__RegionsAssignment_4_2_0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getRegionsAssignment_4_2_0()); 
                    // InternalAssign.g:1040:3: ( rule__Assignment__RegionsAssignment_4_2_0 )
                    // InternalAssign.g:1040:4: rule__Assignment__RegionsAssignment_4_2_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__RegionsAssignment_4_2_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getRegionsAssignment_4_2_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1044:2: ( ( rule__Assignment__IrqsAssignment_4_2_1 ) )
                    {
                    // InternalAssign.g:1044:2: ( ( rule__Assignment__IrqsAssignment_4_2_1 ) )
                    // InternalAssign.g:1045:3: ( rule__Assignment__IrqsAssignment_4_2_1 )
                    {
                     before(grammarAccess.getAssignmentAccess().getIrqsAssignment_4_2_1()); 
                    // InternalAssign.g:1046:3: ( rule__Assignment__IrqsAssignment_4_2_1 )
                    // InternalAssign.g:1046:4: rule__Assignment__IrqsAssignment_4_2_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__IrqsAssignment_4_2_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getIrqsAssignment_4_2_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1050:2: ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) )
                    {
                    // InternalAssign.g:1050:2: ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) )
                    // InternalAssign.g:1051:3: ( rule__Assignment__DmaWindowsAssignment_4_2_2 )
                    {
                     before(grammarAccess.getAssignmentAccess().getDmaWindowsAssignment_4_2_2()); 
                    // InternalAssign.g:1052:3: ( rule__Assignment__DmaWindowsAssignment_4_2_2 )
                    // InternalAssign.g:1052:4: rule__Assignment__DmaWindowsAssignment_4_2_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__DmaWindowsAssignment_4_2_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getDmaWindowsAssignment_4_2_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Alternatives_4_2"


    // $ANTLR start "rule__DmaWindow__Alternatives_6"
    // InternalAssign.g:1060:1: rule__DmaWindow__Alternatives_6 : ( ( ( rule__DmaWindow__WritableAssignment_6_0 ) ) | ( ( rule__DmaWindow__ReadableAssignment_6_1 ) ) );
    public final void rule__DmaWindow__Alternatives_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1064:1: ( ( ( rule__DmaWindow__WritableAssignment_6_0 ) ) | ( ( rule__DmaWindow__ReadableAssignment_6_1 ) ) )
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==12) ) {
                alt7=1;
            }
            else if ( (LA7_0==13) ) {
                alt7=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }
            switch (alt7) {
                case 1 :
                    // InternalAssign.g:1065:2: ( ( rule__DmaWindow__WritableAssignment_6_0 ) )
                    {
                    // InternalAssign.g:1065:2: ( ( rule__DmaWindow__WritableAssignment_6_0 ) )
                    // InternalAssign.g:1066:3: ( rule__DmaWindow__WritableAssignment_6_0 )
                    {
                     before(grammarAccess.getDmaWindowAccess().getWritableAssignment_6_0()); 
                    // InternalAssign.g:1067:3: ( rule__DmaWindow__WritableAssignment_6_0 )
                    // InternalAssign.g:1067:4: rule__DmaWindow__WritableAssignment_6_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DmaWindow__WritableAssignment_6_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDmaWindowAccess().getWritableAssignment_6_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1071:2: ( ( rule__DmaWindow__ReadableAssignment_6_1 ) )
                    {
                    // InternalAssign.g:1071:2: ( ( rule__DmaWindow__ReadableAssignment_6_1 ) )
                    // InternalAssign.g:1072:3: ( rule__DmaWindow__ReadableAssignment_6_1 )
                    {
                     before(grammarAccess.getDmaWindowAccess().getReadableAssignment_6_1()); 
                    // InternalAssign.g:1073:3: ( rule__DmaWindow__ReadableAssignment_6_1 )
                    // InternalAssign.g:1073:4: rule__DmaWindow__ReadableAssignment_6_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__DmaWindow__ReadableAssignment_6_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getDmaWindowAccess().getReadableAssignment_6_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Alternatives_6"


    // $ANTLR start "rule__InlineBoard__Alternatives_3"
    // InternalAssign.g:1081:1: rule__InlineBoard__Alternatives_3 : ( ( ( rule__InlineBoard__DevicesAssignment_3_0 ) ) | ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) ) );
    public final void rule__InlineBoard__Alternatives_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1085:1: ( ( ( rule__InlineBoard__DevicesAssignment_3_0 ) ) | ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==19||LA8_0==80) ) {
                alt8=1;
            }
            else if ( (LA8_0==30) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalAssign.g:1086:2: ( ( rule__InlineBoard__DevicesAssignment_3_0 ) )
                    {
                    // InternalAssign.g:1086:2: ( ( rule__InlineBoard__DevicesAssignment_3_0 ) )
                    // InternalAssign.g:1087:3: ( rule__InlineBoard__DevicesAssignment_3_0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getDevicesAssignment_3_0()); 
                    // InternalAssign.g:1088:3: ( rule__InlineBoard__DevicesAssignment_3_0 )
                    // InternalAssign.g:1088:4: rule__InlineBoard__DevicesAssignment_3_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__DevicesAssignment_3_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getInlineBoardAccess().getDevicesAssignment_3_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1092:2: ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) )
                    {
                    // InternalAssign.g:1092:2: ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) )
                    // InternalAssign.g:1093:3: ( rule__InlineBoard__IommuGroupsAssignment_3_1 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getIommuGroupsAssignment_3_1()); 
                    // InternalAssign.g:1094:3: ( rule__InlineBoard__IommuGroupsAssignment_3_1 )
                    // InternalAssign.g:1094:4: rule__InlineBoard__IommuGroupsAssignment_3_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__IommuGroupsAssignment_3_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getInlineBoardAccess().getIommuGroupsAssignment_3_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Alternatives_3"


    // $ANTLR start "rule__Device__Alternatives"
    // InternalAssign.g:1102:1: rule__Device__Alternatives : ( ( rulePciDevice ) | ( rulePlatformDevice ) );
    public final void rule__Device__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1106:1: ( ( rulePciDevice ) | ( rulePlatformDevice ) )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==80) ) {
                alt9=1;
            }
            else if ( (LA9_0==19) ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalAssign.g:1107:2: ( rulePciDevice )
                    {
                    // InternalAssign.g:1107:2: ( rulePciDevice )
                    // InternalAssign.g:1108:3: rulePciDevice
                    {
                     before(grammarAccess.getDeviceAccess().getPciDeviceParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    rulePciDevice();

                    state._fsp--;

                     after(grammarAccess.getDeviceAccess().getPciDeviceParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1113:2: ( rulePlatformDevice )
                    {
                    // InternalAssign.g:1113:2: ( rulePlatformDevice )
                    // InternalAssign.g:1114:3: rulePlatformDevice
                    {
                     before(grammarAccess.getDeviceAccess().getPlatformDeviceParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    rulePlatformDevice();

                    state._fsp--;

                     after(grammarAccess.getDeviceAccess().getPlatformDeviceParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Device__Alternatives"


    // $ANTLR start "rule__DeviceFacts__DriverAlternatives_0_0_1_0"
    // InternalAssign.g:1123:1: rule__DeviceFacts__DriverAlternatives_0_0_1_0 : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceFacts__DriverAlternatives_0_0_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1127:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==RULE_ID) ) {
                alt10=1;
            }
            else if ( (LA10_0==RULE_STRING) ) {
                alt10=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }
            switch (alt10) {
                case 1 :
                    // InternalAssign.g:1128:2: ( ruleName )
                    {
                    // InternalAssign.g:1128:2: ( ruleName )
                    // InternalAssign.g:1129:3: ruleName
                    {
                     before(grammarAccess.getDeviceFactsAccess().getDriverNameParserRuleCall_0_0_1_0_0()); 
                    pushFollow(FOLLOW_2);
                    ruleName();

                    state._fsp--;

                     after(grammarAccess.getDeviceFactsAccess().getDriverNameParserRuleCall_0_0_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1134:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1134:2: ( RULE_STRING )
                    // InternalAssign.g:1135:3: RULE_STRING
                    {
                     before(grammarAccess.getDeviceFactsAccess().getDriverSTRINGTerminalRuleCall_0_0_1_0_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getDeviceFactsAccess().getDriverSTRINGTerminalRuleCall_0_0_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__DriverAlternatives_0_0_1_0"


    // $ANTLR start "rule__DeviceFacts__Alternatives_1_1"
    // InternalAssign.g:1144:1: rule__DeviceFacts__Alternatives_1_1 : ( ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) ) | ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) ) );
    public final void rule__DeviceFacts__Alternatives_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1148:1: ( ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) ) | ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==88) ) {
                alt11=1;
            }
            else if ( (LA11_0==70) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalAssign.g:1149:2: ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) )
                    {
                    // InternalAssign.g:1149:2: ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) )
                    // InternalAssign.g:1150:3: ( rule__DeviceFacts__RegionsAssignment_1_1_0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getRegionsAssignment_1_1_0()); 
                    // InternalAssign.g:1151:3: ( rule__DeviceFacts__RegionsAssignment_1_1_0 )
                    // InternalAssign.g:1151:4: rule__DeviceFacts__RegionsAssignment_1_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__RegionsAssignment_1_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDeviceFactsAccess().getRegionsAssignment_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1155:2: ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) )
                    {
                    // InternalAssign.g:1155:2: ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) )
                    // InternalAssign.g:1156:3: ( rule__DeviceFacts__InterruptsAssignment_1_1_1 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getInterruptsAssignment_1_1_1()); 
                    // InternalAssign.g:1157:3: ( rule__DeviceFacts__InterruptsAssignment_1_1_1 )
                    // InternalAssign.g:1157:4: rule__DeviceFacts__InterruptsAssignment_1_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__InterruptsAssignment_1_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getDeviceFactsAccess().getInterruptsAssignment_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Alternatives_1_1"


    // $ANTLR start "rule__BoardRef__Alternatives"
    // InternalAssign.g:1165:1: rule__BoardRef__Alternatives : ( ( RULE_STRING ) | ( ruleName ) );
    public final void rule__BoardRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1169:1: ( ( RULE_STRING ) | ( ruleName ) )
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==RULE_STRING) ) {
                alt12=1;
            }
            else if ( (LA12_0==RULE_ID) ) {
                alt12=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }
            switch (alt12) {
                case 1 :
                    // InternalAssign.g:1170:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1170:2: ( RULE_STRING )
                    // InternalAssign.g:1171:3: RULE_STRING
                    {
                     before(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1176:2: ( ruleName )
                    {
                    // InternalAssign.g:1176:2: ( ruleName )
                    // InternalAssign.g:1177:3: ruleName
                    {
                     before(grammarAccess.getBoardRefAccess().getNameParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleName();

                    state._fsp--;

                     after(grammarAccess.getBoardRefAccess().getNameParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BoardRef__Alternatives"


    // $ANTLR start "rule__DeviceRef__Alternatives"
    // InternalAssign.g:1186:1: rule__DeviceRef__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1190:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_ID) ) {
                alt13=1;
            }
            else if ( (LA13_0==RULE_STRING) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalAssign.g:1191:2: ( ruleName )
                    {
                    // InternalAssign.g:1191:2: ( ruleName )
                    // InternalAssign.g:1192:3: ruleName
                    {
                     before(grammarAccess.getDeviceRefAccess().getNameParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleName();

                    state._fsp--;

                     after(grammarAccess.getDeviceRefAccess().getNameParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1197:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1197:2: ( RULE_STRING )
                    // InternalAssign.g:1198:3: RULE_STRING
                    {
                     before(grammarAccess.getDeviceRefAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getDeviceRefAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceRef__Alternatives"


    // $ANTLR start "rule__MemberPart__Alternatives"
    // InternalAssign.g:1207:1: rule__MemberPart__Alternatives : ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'platform' ) | ( 'config' ) | ( 'rom' ) );
    public final void rule__MemberPart__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1211:1: ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'platform' ) | ( 'config' ) | ( 'rom' ) )
            int alt14=11;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt14=1;
                }
                break;
            case RULE_STRING:
                {
                alt14=2;
                }
                break;
            case RULE_INT:
                {
                alt14=3;
                }
                break;
            case 14:
                {
                alt14=4;
                }
                break;
            case 15:
                {
                alt14=5;
                }
                break;
            case 16:
                {
                alt14=6;
                }
                break;
            case 17:
                {
                alt14=7;
                }
                break;
            case 18:
                {
                alt14=8;
                }
                break;
            case 19:
                {
                alt14=9;
                }
                break;
            case 20:
                {
                alt14=10;
                }
                break;
            case 21:
                {
                alt14=11;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }

            switch (alt14) {
                case 1 :
                    // InternalAssign.g:1212:2: ( ruleName )
                    {
                    // InternalAssign.g:1212:2: ( ruleName )
                    // InternalAssign.g:1213:3: ruleName
                    {
                     before(grammarAccess.getMemberPartAccess().getNameParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleName();

                    state._fsp--;

                     after(grammarAccess.getMemberPartAccess().getNameParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1218:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1218:2: ( RULE_STRING )
                    // InternalAssign.g:1219:3: RULE_STRING
                    {
                     before(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1224:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1224:2: ( RULE_INT )
                    // InternalAssign.g:1225:3: RULE_INT
                    {
                     before(grammarAccess.getMemberPartAccess().getINTTerminalRuleCall_2()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getINTTerminalRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1230:2: ( 'intx' )
                    {
                    // InternalAssign.g:1230:2: ( 'intx' )
                    // InternalAssign.g:1231:3: 'intx'
                    {
                     before(grammarAccess.getMemberPartAccess().getIntxKeyword_3()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getIntxKeyword_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1236:2: ( 'msi' )
                    {
                    // InternalAssign.g:1236:2: ( 'msi' )
                    // InternalAssign.g:1237:3: 'msi'
                    {
                     before(grammarAccess.getMemberPartAccess().getMsiKeyword_4()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getMsiKeyword_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:1242:2: ( 'msix' )
                    {
                    // InternalAssign.g:1242:2: ( 'msix' )
                    // InternalAssign.g:1243:3: 'msix'
                    {
                     before(grammarAccess.getMemberPartAccess().getMsixKeyword_5()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getMsixKeyword_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:1248:2: ( 'err' )
                    {
                    // InternalAssign.g:1248:2: ( 'err' )
                    // InternalAssign.g:1249:3: 'err'
                    {
                     before(grammarAccess.getMemberPartAccess().getErrKeyword_6()); 
                    match(input,17,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getErrKeyword_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalAssign.g:1254:2: ( 'req' )
                    {
                    // InternalAssign.g:1254:2: ( 'req' )
                    // InternalAssign.g:1255:3: 'req'
                    {
                     before(grammarAccess.getMemberPartAccess().getReqKeyword_7()); 
                    match(input,18,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getReqKeyword_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalAssign.g:1260:2: ( 'platform' )
                    {
                    // InternalAssign.g:1260:2: ( 'platform' )
                    // InternalAssign.g:1261:3: 'platform'
                    {
                     before(grammarAccess.getMemberPartAccess().getPlatformKeyword_8()); 
                    match(input,19,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getPlatformKeyword_8()); 

                    }


                    }
                    break;
                case 10 :
                    // InternalAssign.g:1266:2: ( 'config' )
                    {
                    // InternalAssign.g:1266:2: ( 'config' )
                    // InternalAssign.g:1267:3: 'config'
                    {
                     before(grammarAccess.getMemberPartAccess().getConfigKeyword_9()); 
                    match(input,20,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getConfigKeyword_9()); 

                    }


                    }
                    break;
                case 11 :
                    // InternalAssign.g:1272:2: ( 'rom' )
                    {
                    // InternalAssign.g:1272:2: ( 'rom' )
                    // InternalAssign.g:1273:3: 'rom'
                    {
                     before(grammarAccess.getMemberPartAccess().getRomKeyword_10()); 
                    match(input,21,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getRomKeyword_10()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberPart__Alternatives"


    // $ANTLR start "rule__RegionName__Alternatives"
    // InternalAssign.g:1282:1: rule__RegionName__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__RegionName__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1286:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==RULE_ID) ) {
                alt15=1;
            }
            else if ( (LA15_0==RULE_STRING) ) {
                alt15=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }
            switch (alt15) {
                case 1 :
                    // InternalAssign.g:1287:2: ( ruleName )
                    {
                    // InternalAssign.g:1287:2: ( ruleName )
                    // InternalAssign.g:1288:3: ruleName
                    {
                     before(grammarAccess.getRegionNameAccess().getNameParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleName();

                    state._fsp--;

                     after(grammarAccess.getRegionNameAccess().getNameParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1293:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1293:2: ( RULE_STRING )
                    // InternalAssign.g:1294:3: RULE_STRING
                    {
                     before(grammarAccess.getRegionNameAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getRegionNameAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionName__Alternatives"


    // $ANTLR start "rule__Size__Alternatives_1"
    // InternalAssign.g:1303:1: rule__Size__Alternatives_1 : ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) );
    public final void rule__Size__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1307:1: ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) )
            int alt16=4;
            switch ( input.LA(1) ) {
            case 22:
                {
                alt16=1;
                }
                break;
            case 23:
                {
                alt16=2;
                }
                break;
            case 24:
                {
                alt16=3;
                }
                break;
            case 25:
                {
                alt16=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }

            switch (alt16) {
                case 1 :
                    // InternalAssign.g:1308:2: ( 'KiB' )
                    {
                    // InternalAssign.g:1308:2: ( 'KiB' )
                    // InternalAssign.g:1309:3: 'KiB'
                    {
                     before(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 
                    match(input,22,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1314:2: ( 'MiB' )
                    {
                    // InternalAssign.g:1314:2: ( 'MiB' )
                    // InternalAssign.g:1315:3: 'MiB'
                    {
                     before(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 
                    match(input,23,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1320:2: ( 'GiB' )
                    {
                    // InternalAssign.g:1320:2: ( 'GiB' )
                    // InternalAssign.g:1321:3: 'GiB'
                    {
                     before(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 
                    match(input,24,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1326:2: ( 'TiB' )
                    {
                    // InternalAssign.g:1326:2: ( 'TiB' )
                    // InternalAssign.g:1327:3: 'TiB'
                    {
                     before(grammarAccess.getSizeAccess().getTiBKeyword_1_3()); 
                    match(input,25,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getTiBKeyword_1_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Size__Alternatives_1"


    // $ANTLR start "rule__Number__Alternatives"
    // InternalAssign.g:1336:1: rule__Number__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Number__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1340:1: ( ( RULE_INT ) | ( RULE_HEX ) )
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==RULE_INT) ) {
                alt17=1;
            }
            else if ( (LA17_0==RULE_HEX) ) {
                alt17=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }
            switch (alt17) {
                case 1 :
                    // InternalAssign.g:1341:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1341:2: ( RULE_INT )
                    // InternalAssign.g:1342:3: RULE_INT
                    {
                     before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1347:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1347:2: ( RULE_HEX )
                    // InternalAssign.g:1348:3: RULE_HEX
                    {
                     before(grammarAccess.getNumberAccess().getHEXTerminalRuleCall_1()); 
                    match(input,RULE_HEX,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getHEXTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Alternatives"


    // $ANTLR start "rule__Int32__Alternatives"
    // InternalAssign.g:1357:1: rule__Int32__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Int32__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1361:1: ( ( RULE_INT ) | ( RULE_HEX ) )
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( (LA18_0==RULE_INT) ) {
                alt18=1;
            }
            else if ( (LA18_0==RULE_HEX) ) {
                alt18=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }
            switch (alt18) {
                case 1 :
                    // InternalAssign.g:1362:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1362:2: ( RULE_INT )
                    // InternalAssign.g:1363:3: RULE_INT
                    {
                     before(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1368:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1368:2: ( RULE_HEX )
                    // InternalAssign.g:1369:3: RULE_HEX
                    {
                     before(grammarAccess.getInt32Access().getHEXTerminalRuleCall_1()); 
                    match(input,RULE_HEX,FOLLOW_2); 
                     after(grammarAccess.getInt32Access().getHEXTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Int32__Alternatives"


    // $ANTLR start "rule__VfioDriver__Alternatives"
    // InternalAssign.g:1378:1: rule__VfioDriver__Alternatives : ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) );
    public final void rule__VfioDriver__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1382:1: ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) )
            int alt19=4;
            switch ( input.LA(1) ) {
            case 26:
                {
                alt19=1;
                }
                break;
            case 27:
                {
                alt19=2;
                }
                break;
            case 28:
                {
                alt19=3;
                }
                break;
            case 29:
                {
                alt19=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }

            switch (alt19) {
                case 1 :
                    // InternalAssign.g:1383:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1383:2: ( ( 'auto' ) )
                    // InternalAssign.g:1384:3: ( 'auto' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1385:3: ( 'auto' )
                    // InternalAssign.g:1385:4: 'auto'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1389:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1389:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1390:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1391:3: ( 'vfio-pci' )
                    // InternalAssign.g:1391:4: 'vfio-pci'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1395:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1395:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1396:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1397:3: ( 'vfio-platform' )
                    // InternalAssign.g:1397:4: 'vfio-platform'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1401:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1401:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1402:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1403:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1403:4: 'vfio-fsl-mc'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VfioDriver__Alternatives"


    // $ANTLR start "rule__OpenPath__Alternatives"
    // InternalAssign.g:1411:1: rule__OpenPath__Alternatives : ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) );
    public final void rule__OpenPath__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1415:1: ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) )
            int alt20=3;
            switch ( input.LA(1) ) {
            case 26:
                {
                alt20=1;
                }
                break;
            case 30:
                {
                alt20=2;
                }
                break;
            case 31:
                {
                alt20=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 20, 0, input);

                throw nvae;
            }

            switch (alt20) {
                case 1 :
                    // InternalAssign.g:1416:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1416:2: ( ( 'auto' ) )
                    // InternalAssign.g:1417:3: ( 'auto' )
                    {
                     before(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1418:3: ( 'auto' )
                    // InternalAssign.g:1418:4: 'auto'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1422:2: ( ( 'group' ) )
                    {
                    // InternalAssign.g:1422:2: ( ( 'group' ) )
                    // InternalAssign.g:1423:3: ( 'group' )
                    {
                     before(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1424:3: ( 'group' )
                    // InternalAssign.g:1424:4: 'group'
                    {
                    match(input,30,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1428:2: ( ( 'cdev' ) )
                    {
                    // InternalAssign.g:1428:2: ( ( 'cdev' ) )
                    // InternalAssign.g:1429:3: ( 'cdev' )
                    {
                     before(grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1430:3: ( 'cdev' )
                    // InternalAssign.g:1430:4: 'cdev'
                    {
                    match(input,31,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpenPath__Alternatives"


    // $ANTLR start "rule__ResetPolicy__Alternatives"
    // InternalAssign.g:1438:1: rule__ResetPolicy__Alternatives : ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) );
    public final void rule__ResetPolicy__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1442:1: ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) )
            int alt21=3;
            switch ( input.LA(1) ) {
            case 32:
                {
                alt21=1;
                }
                break;
            case 33:
                {
                alt21=2;
                }
                break;
            case 34:
                {
                alt21=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 21, 0, input);

                throw nvae;
            }

            switch (alt21) {
                case 1 :
                    // InternalAssign.g:1443:2: ( ( 'if-available' ) )
                    {
                    // InternalAssign.g:1443:2: ( ( 'if-available' ) )
                    // InternalAssign.g:1444:3: ( 'if-available' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1445:3: ( 'if-available' )
                    // InternalAssign.g:1445:4: 'if-available'
                    {
                    match(input,32,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1449:2: ( ( 'required' ) )
                    {
                    // InternalAssign.g:1449:2: ( ( 'required' ) )
                    // InternalAssign.g:1450:3: ( 'required' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1451:3: ( 'required' )
                    // InternalAssign.g:1451:4: 'required'
                    {
                    match(input,33,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1455:2: ( ( 'never' ) )
                    {
                    // InternalAssign.g:1455:2: ( ( 'never' ) )
                    // InternalAssign.g:1456:3: ( 'never' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1457:3: ( 'never' )
                    // InternalAssign.g:1457:4: 'never'
                    {
                    match(input,34,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ResetPolicy__Alternatives"


    // $ANTLR start "rule__IrqMode__Alternatives"
    // InternalAssign.g:1465:1: rule__IrqMode__Alternatives : ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) );
    public final void rule__IrqMode__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1469:1: ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) )
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==35) ) {
                alt22=1;
            }
            else if ( (LA22_0==36) ) {
                alt22=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 22, 0, input);

                throw nvae;
            }
            switch (alt22) {
                case 1 :
                    // InternalAssign.g:1470:2: ( ( 'eventfd' ) )
                    {
                    // InternalAssign.g:1470:2: ( ( 'eventfd' ) )
                    // InternalAssign.g:1471:3: ( 'eventfd' )
                    {
                     before(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1472:3: ( 'eventfd' )
                    // InternalAssign.g:1472:4: 'eventfd'
                    {
                    match(input,35,FOLLOW_2); 

                    }

                     after(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1476:2: ( ( 'masked' ) )
                    {
                    // InternalAssign.g:1476:2: ( ( 'masked' ) )
                    // InternalAssign.g:1477:3: ( 'masked' )
                    {
                     before(grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1478:3: ( 'masked' )
                    // InternalAssign.g:1478:4: 'masked'
                    {
                    match(input,36,FOLLOW_2); 

                    }

                     after(grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqMode__Alternatives"


    // $ANTLR start "rule__KernelCapability__Alternatives"
    // InternalAssign.g:1486:1: rule__KernelCapability__Alternatives : ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) );
    public final void rule__KernelCapability__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1490:1: ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) )
            int alt23=7;
            switch ( input.LA(1) ) {
            case 27:
                {
                alt23=1;
                }
                break;
            case 28:
                {
                alt23=2;
                }
                break;
            case 29:
                {
                alt23=3;
                }
                break;
            case 37:
                {
                alt23=4;
                }
                break;
            case 38:
                {
                alt23=5;
                }
                break;
            case 39:
                {
                alt23=6;
                }
                break;
            case 40:
                {
                alt23=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }

            switch (alt23) {
                case 1 :
                    // InternalAssign.g:1491:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1491:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1492:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1493:3: ( 'vfio-pci' )
                    // InternalAssign.g:1493:4: 'vfio-pci'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1497:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1497:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1498:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1499:3: ( 'vfio-platform' )
                    // InternalAssign.g:1499:4: 'vfio-platform'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1503:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1503:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1504:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1505:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1505:4: 'vfio-fsl-mc'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1509:2: ( ( 'vfio-cdev' ) )
                    {
                    // InternalAssign.g:1509:2: ( ( 'vfio-cdev' ) )
                    // InternalAssign.g:1510:3: ( 'vfio-cdev' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1511:3: ( 'vfio-cdev' )
                    // InternalAssign.g:1511:4: 'vfio-cdev'
                    {
                    match(input,37,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1515:2: ( ( 'iommufd' ) )
                    {
                    // InternalAssign.g:1515:2: ( ( 'iommufd' ) )
                    // InternalAssign.g:1516:3: ( 'iommufd' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1517:3: ( 'iommufd' )
                    // InternalAssign.g:1517:4: 'iommufd'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:1521:2: ( ( 'noiommu' ) )
                    {
                    // InternalAssign.g:1521:2: ( ( 'noiommu' ) )
                    // InternalAssign.g:1522:3: ( 'noiommu' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:1523:3: ( 'noiommu' )
                    // InternalAssign.g:1523:4: 'noiommu'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:1527:2: ( ( 'type1v2' ) )
                    {
                    // InternalAssign.g:1527:2: ( ( 'type1v2' ) )
                    // InternalAssign.g:1528:3: ( 'type1v2' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6()); 
                    // InternalAssign.g:1529:3: ( 'type1v2' )
                    // InternalAssign.g:1529:4: 'type1v2'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__KernelCapability__Alternatives"


    // $ANTLR start "rule__Protection__Alternatives"
    // InternalAssign.g:1537:1: rule__Protection__Alternatives : ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) );
    public final void rule__Protection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1541:1: ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) )
            int alt24=5;
            switch ( input.LA(1) ) {
            case 41:
                {
                alt24=1;
                }
                break;
            case 42:
                {
                alt24=2;
                }
                break;
            case 43:
                {
                alt24=3;
                }
                break;
            case 44:
                {
                alt24=4;
                }
                break;
            case 45:
                {
                alt24=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 24, 0, input);

                throw nvae;
            }

            switch (alt24) {
                case 1 :
                    // InternalAssign.g:1542:2: ( ( 'none' ) )
                    {
                    // InternalAssign.g:1542:2: ( ( 'none' ) )
                    // InternalAssign.g:1543:3: ( 'none' )
                    {
                     before(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1544:3: ( 'none' )
                    // InternalAssign.g:1544:4: 'none'
                    {
                    match(input,41,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1548:2: ( ( 'root-filesystem' ) )
                    {
                    // InternalAssign.g:1548:2: ( ( 'root-filesystem' ) )
                    // InternalAssign.g:1549:3: ( 'root-filesystem' )
                    {
                     before(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1550:3: ( 'root-filesystem' )
                    // InternalAssign.g:1550:4: 'root-filesystem'
                    {
                    match(input,42,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1554:2: ( ( 'agent-connection' ) )
                    {
                    // InternalAssign.g:1554:2: ( ( 'agent-connection' ) )
                    // InternalAssign.g:1555:3: ( 'agent-connection' )
                    {
                     before(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1556:3: ( 'agent-connection' )
                    // InternalAssign.g:1556:4: 'agent-connection'
                    {
                    match(input,43,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1560:2: ( ( 'management' ) )
                    {
                    // InternalAssign.g:1560:2: ( ( 'management' ) )
                    // InternalAssign.g:1561:3: ( 'management' )
                    {
                     before(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1562:3: ( 'management' )
                    // InternalAssign.g:1562:4: 'management'
                    {
                    match(input,44,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1566:2: ( ( 'policy' ) )
                    {
                    // InternalAssign.g:1566:2: ( ( 'policy' ) )
                    // InternalAssign.g:1567:3: ( 'policy' )
                    {
                     before(grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1568:3: ( 'policy' )
                    // InternalAssign.g:1568:4: 'policy'
                    {
                    match(input,45,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Protection__Alternatives"


    // $ANTLR start "rule__RegionKind__Alternatives"
    // InternalAssign.g:1576:1: rule__RegionKind__Alternatives : ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) );
    public final void rule__RegionKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1580:1: ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) )
            int alt25=5;
            switch ( input.LA(1) ) {
            case 46:
                {
                alt25=1;
                }
                break;
            case 47:
                {
                alt25=2;
                }
                break;
            case 20:
                {
                alt25=3;
                }
                break;
            case 21:
                {
                alt25=4;
                }
                break;
            case 48:
                {
                alt25=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 25, 0, input);

                throw nvae;
            }

            switch (alt25) {
                case 1 :
                    // InternalAssign.g:1581:2: ( ( 'mmio' ) )
                    {
                    // InternalAssign.g:1581:2: ( ( 'mmio' ) )
                    // InternalAssign.g:1582:3: ( 'mmio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1583:3: ( 'mmio' )
                    // InternalAssign.g:1583:4: 'mmio'
                    {
                    match(input,46,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1587:2: ( ( 'pio' ) )
                    {
                    // InternalAssign.g:1587:2: ( ( 'pio' ) )
                    // InternalAssign.g:1588:3: ( 'pio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1589:3: ( 'pio' )
                    // InternalAssign.g:1589:4: 'pio'
                    {
                    match(input,47,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1593:2: ( ( 'config' ) )
                    {
                    // InternalAssign.g:1593:2: ( ( 'config' ) )
                    // InternalAssign.g:1594:3: ( 'config' )
                    {
                     before(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1595:3: ( 'config' )
                    // InternalAssign.g:1595:4: 'config'
                    {
                    match(input,20,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1599:2: ( ( 'rom' ) )
                    {
                    // InternalAssign.g:1599:2: ( ( 'rom' ) )
                    // InternalAssign.g:1600:3: ( 'rom' )
                    {
                     before(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1601:3: ( 'rom' )
                    // InternalAssign.g:1601:4: 'rom'
                    {
                    match(input,21,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1605:2: ( ( 'mc-portal' ) )
                    {
                    // InternalAssign.g:1605:2: ( ( 'mc-portal' ) )
                    // InternalAssign.g:1606:3: ( 'mc-portal' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1607:3: ( 'mc-portal' )
                    // InternalAssign.g:1607:4: 'mc-portal'
                    {
                    match(input,48,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionKind__Alternatives"


    // $ANTLR start "rule__InterruptKind__Alternatives"
    // InternalAssign.g:1615:1: rule__InterruptKind__Alternatives : ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) );
    public final void rule__InterruptKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1619:1: ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) )
            int alt26=6;
            switch ( input.LA(1) ) {
            case 14:
                {
                alt26=1;
                }
                break;
            case 15:
                {
                alt26=2;
                }
                break;
            case 16:
                {
                alt26=3;
                }
                break;
            case 17:
                {
                alt26=4;
                }
                break;
            case 18:
                {
                alt26=5;
                }
                break;
            case 19:
                {
                alt26=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 26, 0, input);

                throw nvae;
            }

            switch (alt26) {
                case 1 :
                    // InternalAssign.g:1620:2: ( ( 'intx' ) )
                    {
                    // InternalAssign.g:1620:2: ( ( 'intx' ) )
                    // InternalAssign.g:1621:3: ( 'intx' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1622:3: ( 'intx' )
                    // InternalAssign.g:1622:4: 'intx'
                    {
                    match(input,14,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1626:2: ( ( 'msi' ) )
                    {
                    // InternalAssign.g:1626:2: ( ( 'msi' ) )
                    // InternalAssign.g:1627:3: ( 'msi' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1628:3: ( 'msi' )
                    // InternalAssign.g:1628:4: 'msi'
                    {
                    match(input,15,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1632:2: ( ( 'msix' ) )
                    {
                    // InternalAssign.g:1632:2: ( ( 'msix' ) )
                    // InternalAssign.g:1633:3: ( 'msix' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1634:3: ( 'msix' )
                    // InternalAssign.g:1634:4: 'msix'
                    {
                    match(input,16,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1638:2: ( ( 'err' ) )
                    {
                    // InternalAssign.g:1638:2: ( ( 'err' ) )
                    // InternalAssign.g:1639:3: ( 'err' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1640:3: ( 'err' )
                    // InternalAssign.g:1640:4: 'err'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1644:2: ( ( 'req' ) )
                    {
                    // InternalAssign.g:1644:2: ( ( 'req' ) )
                    // InternalAssign.g:1645:3: ( 'req' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1646:3: ( 'req' )
                    // InternalAssign.g:1646:4: 'req'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:1650:2: ( ( 'platform' ) )
                    {
                    // InternalAssign.g:1650:2: ( ( 'platform' ) )
                    // InternalAssign.g:1651:3: ( 'platform' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:1652:3: ( 'platform' )
                    // InternalAssign.g:1652:4: 'platform'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InterruptKind__Alternatives"


    // $ANTLR start "rule__AssignmentConfig__Group__0"
    // InternalAssign.g:1660:1: rule__AssignmentConfig__Group__0 : rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 ;
    public final void rule__AssignmentConfig__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1664:1: ( rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 )
            // InternalAssign.g:1665:2: rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__AssignmentConfig__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__0"


    // $ANTLR start "rule__AssignmentConfig__Group__0__Impl"
    // InternalAssign.g:1672:1: rule__AssignmentConfig__Group__0__Impl : ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) ;
    public final void rule__AssignmentConfig__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1676:1: ( ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) )
            // InternalAssign.g:1677:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            {
            // InternalAssign.g:1677:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            // InternalAssign.g:1678:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getImportsAssignment_0()); 
            // InternalAssign.g:1679:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            loop27:
            do {
                int alt27=2;
                int LA27_0 = input.LA(1);

                if ( (LA27_0==51) ) {
                    alt27=1;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalAssign.g:1679:3: rule__AssignmentConfig__ImportsAssignment_0
            	    {
            	    pushFollow(FOLLOW_4);
            	    rule__AssignmentConfig__ImportsAssignment_0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);

             after(grammarAccess.getAssignmentConfigAccess().getImportsAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__0__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group__1"
    // InternalAssign.g:1687:1: rule__AssignmentConfig__Group__1 : rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 ;
    public final void rule__AssignmentConfig__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1691:1: ( rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 )
            // InternalAssign.g:1692:2: rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2
            {
            pushFollow(FOLLOW_5);
            rule__AssignmentConfig__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__1"


    // $ANTLR start "rule__AssignmentConfig__Group__1__Impl"
    // InternalAssign.g:1699:1: rule__AssignmentConfig__Group__1__Impl : ( 'config' ) ;
    public final void rule__AssignmentConfig__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1703:1: ( ( 'config' ) )
            // InternalAssign.g:1704:1: ( 'config' )
            {
            // InternalAssign.g:1704:1: ( 'config' )
            // InternalAssign.g:1705:2: 'config'
            {
             before(grammarAccess.getAssignmentConfigAccess().getConfigKeyword_1()); 
            match(input,20,FOLLOW_2); 
             after(grammarAccess.getAssignmentConfigAccess().getConfigKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__1__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group__2"
    // InternalAssign.g:1714:1: rule__AssignmentConfig__Group__2 : rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 ;
    public final void rule__AssignmentConfig__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1718:1: ( rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 )
            // InternalAssign.g:1719:2: rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3
            {
            pushFollow(FOLLOW_6);
            rule__AssignmentConfig__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__2"


    // $ANTLR start "rule__AssignmentConfig__Group__2__Impl"
    // InternalAssign.g:1726:1: rule__AssignmentConfig__Group__2__Impl : ( ( rule__AssignmentConfig__NameAssignment_2 ) ) ;
    public final void rule__AssignmentConfig__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1730:1: ( ( ( rule__AssignmentConfig__NameAssignment_2 ) ) )
            // InternalAssign.g:1731:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            {
            // InternalAssign.g:1731:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            // InternalAssign.g:1732:2: ( rule__AssignmentConfig__NameAssignment_2 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getNameAssignment_2()); 
            // InternalAssign.g:1733:2: ( rule__AssignmentConfig__NameAssignment_2 )
            // InternalAssign.g:1733:3: rule__AssignmentConfig__NameAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__NameAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentConfigAccess().getNameAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__2__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group__3"
    // InternalAssign.g:1741:1: rule__AssignmentConfig__Group__3 : rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 ;
    public final void rule__AssignmentConfig__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1745:1: ( rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 )
            // InternalAssign.g:1746:2: rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4
            {
            pushFollow(FOLLOW_6);
            rule__AssignmentConfig__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__3"


    // $ANTLR start "rule__AssignmentConfig__Group__3__Impl"
    // InternalAssign.g:1753:1: rule__AssignmentConfig__Group__3__Impl : ( ( rule__AssignmentConfig__Group_3__0 )? ) ;
    public final void rule__AssignmentConfig__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1757:1: ( ( ( rule__AssignmentConfig__Group_3__0 )? ) )
            // InternalAssign.g:1758:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            {
            // InternalAssign.g:1758:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            // InternalAssign.g:1759:2: ( rule__AssignmentConfig__Group_3__0 )?
            {
             before(grammarAccess.getAssignmentConfigAccess().getGroup_3()); 
            // InternalAssign.g:1760:2: ( rule__AssignmentConfig__Group_3__0 )?
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==49) ) {
                alt28=1;
            }
            switch (alt28) {
                case 1 :
                    // InternalAssign.g:1760:3: rule__AssignmentConfig__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AssignmentConfig__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getAssignmentConfigAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__3__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group__4"
    // InternalAssign.g:1768:1: rule__AssignmentConfig__Group__4 : rule__AssignmentConfig__Group__4__Impl ;
    public final void rule__AssignmentConfig__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1772:1: ( rule__AssignmentConfig__Group__4__Impl )
            // InternalAssign.g:1773:2: rule__AssignmentConfig__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__4"


    // $ANTLR start "rule__AssignmentConfig__Group__4__Impl"
    // InternalAssign.g:1779:1: rule__AssignmentConfig__Group__4__Impl : ( ( rule__AssignmentConfig__Alternatives_4 )* ) ;
    public final void rule__AssignmentConfig__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1783:1: ( ( ( rule__AssignmentConfig__Alternatives_4 )* ) )
            // InternalAssign.g:1784:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            {
            // InternalAssign.g:1784:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            // InternalAssign.g:1785:2: ( rule__AssignmentConfig__Alternatives_4 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_4()); 
            // InternalAssign.g:1786:2: ( rule__AssignmentConfig__Alternatives_4 )*
            loop29:
            do {
                int alt29=2;
                int LA29_0 = input.LA(1);

                if ( (LA29_0==52||LA29_0==59||(LA29_0>=63 && LA29_0<=64)) ) {
                    alt29=1;
                }


                switch (alt29) {
            	case 1 :
            	    // InternalAssign.g:1786:3: rule__AssignmentConfig__Alternatives_4
            	    {
            	    pushFollow(FOLLOW_7);
            	    rule__AssignmentConfig__Alternatives_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop29;
                }
            } while (true);

             after(grammarAccess.getAssignmentConfigAccess().getAlternatives_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group__4__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group_3__0"
    // InternalAssign.g:1795:1: rule__AssignmentConfig__Group_3__0 : rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 ;
    public final void rule__AssignmentConfig__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1799:1: ( rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 )
            // InternalAssign.g:1800:2: rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1
            {
            pushFollow(FOLLOW_8);
            rule__AssignmentConfig__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3__0"


    // $ANTLR start "rule__AssignmentConfig__Group_3__0__Impl"
    // InternalAssign.g:1807:1: rule__AssignmentConfig__Group_3__0__Impl : ( 'for' ) ;
    public final void rule__AssignmentConfig__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1811:1: ( ( 'for' ) )
            // InternalAssign.g:1812:1: ( 'for' )
            {
            // InternalAssign.g:1812:1: ( 'for' )
            // InternalAssign.g:1813:2: 'for'
            {
             before(grammarAccess.getAssignmentConfigAccess().getForKeyword_3_0()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getAssignmentConfigAccess().getForKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3__0__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group_3__1"
    // InternalAssign.g:1822:1: rule__AssignmentConfig__Group_3__1 : rule__AssignmentConfig__Group_3__1__Impl ;
    public final void rule__AssignmentConfig__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1826:1: ( rule__AssignmentConfig__Group_3__1__Impl )
            // InternalAssign.g:1827:2: rule__AssignmentConfig__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3__1"


    // $ANTLR start "rule__AssignmentConfig__Group_3__1__Impl"
    // InternalAssign.g:1833:1: rule__AssignmentConfig__Group_3__1__Impl : ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1837:1: ( ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) )
            // InternalAssign.g:1838:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            {
            // InternalAssign.g:1838:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            // InternalAssign.g:1839:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_3_1()); 
            // InternalAssign.g:1840:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            // InternalAssign.g:1840:3: rule__AssignmentConfig__Alternatives_3_1
            {
            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Alternatives_3_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentConfigAccess().getAlternatives_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3__1__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group_3_1_1__0"
    // InternalAssign.g:1849:1: rule__AssignmentConfig__Group_3_1_1__0 : rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 ;
    public final void rule__AssignmentConfig__Group_3_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1853:1: ( rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 )
            // InternalAssign.g:1854:2: rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1
            {
            pushFollow(FOLLOW_5);
            rule__AssignmentConfig__Group_3_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group_3_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3_1_1__0"


    // $ANTLR start "rule__AssignmentConfig__Group_3_1_1__0__Impl"
    // InternalAssign.g:1861:1: rule__AssignmentConfig__Group_3_1_1__0__Impl : ( 'board' ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1865:1: ( ( 'board' ) )
            // InternalAssign.g:1866:1: ( 'board' )
            {
            // InternalAssign.g:1866:1: ( 'board' )
            // InternalAssign.g:1867:2: 'board'
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardKeyword_3_1_1_0()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getAssignmentConfigAccess().getBoardKeyword_3_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3_1_1__0__Impl"


    // $ANTLR start "rule__AssignmentConfig__Group_3_1_1__1"
    // InternalAssign.g:1876:1: rule__AssignmentConfig__Group_3_1_1__1 : rule__AssignmentConfig__Group_3_1_1__1__Impl ;
    public final void rule__AssignmentConfig__Group_3_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1880:1: ( rule__AssignmentConfig__Group_3_1_1__1__Impl )
            // InternalAssign.g:1881:2: rule__AssignmentConfig__Group_3_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__Group_3_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3_1_1__1"


    // $ANTLR start "rule__AssignmentConfig__Group_3_1_1__1__Impl"
    // InternalAssign.g:1887:1: rule__AssignmentConfig__Group_3_1_1__1__Impl : ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1891:1: ( ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) )
            // InternalAssign.g:1892:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            {
            // InternalAssign.g:1892:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            // InternalAssign.g:1893:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getInlineBoardAssignment_3_1_1_1()); 
            // InternalAssign.g:1894:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            // InternalAssign.g:1894:3: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentConfigAccess().getInlineBoardAssignment_3_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__Group_3_1_1__1__Impl"


    // $ANTLR start "rule__Import__Group__0"
    // InternalAssign.g:1903:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1907:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalAssign.g:1908:2: rule__Import__Group__0__Impl rule__Import__Group__1
            {
            pushFollow(FOLLOW_9);
            rule__Import__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Import__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0"


    // $ANTLR start "rule__Import__Group__0__Impl"
    // InternalAssign.g:1915:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1919:1: ( ( 'import' ) )
            // InternalAssign.g:1920:1: ( 'import' )
            {
            // InternalAssign.g:1920:1: ( 'import' )
            // InternalAssign.g:1921:2: 'import'
            {
             before(grammarAccess.getImportAccess().getImportKeyword_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0__Impl"


    // $ANTLR start "rule__Import__Group__1"
    // InternalAssign.g:1930:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1934:1: ( rule__Import__Group__1__Impl )
            // InternalAssign.g:1935:2: rule__Import__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1"


    // $ANTLR start "rule__Import__Group__1__Impl"
    // InternalAssign.g:1941:1: rule__Import__Group__1__Impl : ( ( rule__Import__ImportURIAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1945:1: ( ( ( rule__Import__ImportURIAssignment_1 ) ) )
            // InternalAssign.g:1946:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            {
            // InternalAssign.g:1946:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            // InternalAssign.g:1947:2: ( rule__Import__ImportURIAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getImportURIAssignment_1()); 
            // InternalAssign.g:1948:2: ( rule__Import__ImportURIAssignment_1 )
            // InternalAssign.g:1948:3: rule__Import__ImportURIAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Import__ImportURIAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getImportURIAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1__Impl"


    // $ANTLR start "rule__VmGuest__Group__0"
    // InternalAssign.g:1957:1: rule__VmGuest__Group__0 : rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 ;
    public final void rule__VmGuest__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1961:1: ( rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 )
            // InternalAssign.g:1962:2: rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1
            {
            pushFollow(FOLLOW_5);
            rule__VmGuest__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group__0"


    // $ANTLR start "rule__VmGuest__Group__0__Impl"
    // InternalAssign.g:1969:1: rule__VmGuest__Group__0__Impl : ( 'vm' ) ;
    public final void rule__VmGuest__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1973:1: ( ( 'vm' ) )
            // InternalAssign.g:1974:1: ( 'vm' )
            {
            // InternalAssign.g:1974:1: ( 'vm' )
            // InternalAssign.g:1975:2: 'vm'
            {
             before(grammarAccess.getVmGuestAccess().getVmKeyword_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getVmKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group__0__Impl"


    // $ANTLR start "rule__VmGuest__Group__1"
    // InternalAssign.g:1984:1: rule__VmGuest__Group__1 : rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 ;
    public final void rule__VmGuest__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1988:1: ( rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 )
            // InternalAssign.g:1989:2: rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2
            {
            pushFollow(FOLLOW_10);
            rule__VmGuest__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group__1"


    // $ANTLR start "rule__VmGuest__Group__1__Impl"
    // InternalAssign.g:1996:1: rule__VmGuest__Group__1__Impl : ( ( rule__VmGuest__NameAssignment_1 ) ) ;
    public final void rule__VmGuest__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2000:1: ( ( ( rule__VmGuest__NameAssignment_1 ) ) )
            // InternalAssign.g:2001:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            {
            // InternalAssign.g:2001:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            // InternalAssign.g:2002:2: ( rule__VmGuest__NameAssignment_1 )
            {
             before(grammarAccess.getVmGuestAccess().getNameAssignment_1()); 
            // InternalAssign.g:2003:2: ( rule__VmGuest__NameAssignment_1 )
            // InternalAssign.g:2003:3: rule__VmGuest__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group__1__Impl"


    // $ANTLR start "rule__VmGuest__Group__2"
    // InternalAssign.g:2011:1: rule__VmGuest__Group__2 : rule__VmGuest__Group__2__Impl ;
    public final void rule__VmGuest__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2015:1: ( rule__VmGuest__Group__2__Impl )
            // InternalAssign.g:2016:2: rule__VmGuest__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group__2"


    // $ANTLR start "rule__VmGuest__Group__2__Impl"
    // InternalAssign.g:2022:1: rule__VmGuest__Group__2__Impl : ( ( rule__VmGuest__Group_2__0 )? ) ;
    public final void rule__VmGuest__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2026:1: ( ( ( rule__VmGuest__Group_2__0 )? ) )
            // InternalAssign.g:2027:1: ( ( rule__VmGuest__Group_2__0 )? )
            {
            // InternalAssign.g:2027:1: ( ( rule__VmGuest__Group_2__0 )? )
            // InternalAssign.g:2028:2: ( rule__VmGuest__Group_2__0 )?
            {
             before(grammarAccess.getVmGuestAccess().getGroup_2()); 
            // InternalAssign.g:2029:2: ( rule__VmGuest__Group_2__0 )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==53) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalAssign.g:2029:3: rule__VmGuest__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getVmGuestAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group__2__Impl"


    // $ANTLR start "rule__VmGuest__Group_2__0"
    // InternalAssign.g:2038:1: rule__VmGuest__Group_2__0 : rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 ;
    public final void rule__VmGuest__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2042:1: ( rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 )
            // InternalAssign.g:2043:2: rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1
            {
            pushFollow(FOLLOW_11);
            rule__VmGuest__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2__0"


    // $ANTLR start "rule__VmGuest__Group_2__0__Impl"
    // InternalAssign.g:2050:1: rule__VmGuest__Group_2__0__Impl : ( '{' ) ;
    public final void rule__VmGuest__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2054:1: ( ( '{' ) )
            // InternalAssign.g:2055:1: ( '{' )
            {
            // InternalAssign.g:2055:1: ( '{' )
            // InternalAssign.g:2056:2: '{'
            {
             before(grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2__0__Impl"


    // $ANTLR start "rule__VmGuest__Group_2__1"
    // InternalAssign.g:2065:1: rule__VmGuest__Group_2__1 : rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 ;
    public final void rule__VmGuest__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2069:1: ( rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 )
            // InternalAssign.g:2070:2: rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2
            {
            pushFollow(FOLLOW_12);
            rule__VmGuest__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2__1"


    // $ANTLR start "rule__VmGuest__Group_2__1__Impl"
    // InternalAssign.g:2077:1: rule__VmGuest__Group_2__1__Impl : ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) ;
    public final void rule__VmGuest__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2081:1: ( ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:2082:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:2082:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            // InternalAssign.g:2083:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:2084:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            // InternalAssign.g:2084:3: rule__VmGuest__UnorderedGroup_2_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__UnorderedGroup_2_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2__1__Impl"


    // $ANTLR start "rule__VmGuest__Group_2__2"
    // InternalAssign.g:2092:1: rule__VmGuest__Group_2__2 : rule__VmGuest__Group_2__2__Impl ;
    public final void rule__VmGuest__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2096:1: ( rule__VmGuest__Group_2__2__Impl )
            // InternalAssign.g:2097:2: rule__VmGuest__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2__2"


    // $ANTLR start "rule__VmGuest__Group_2__2__Impl"
    // InternalAssign.g:2103:1: rule__VmGuest__Group_2__2__Impl : ( '}' ) ;
    public final void rule__VmGuest__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2107:1: ( ( '}' ) )
            // InternalAssign.g:2108:1: ( '}' )
            {
            // InternalAssign.g:2108:1: ( '}' )
            // InternalAssign.g:2109:2: '}'
            {
             before(grammarAccess.getVmGuestAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getRightCurlyBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2__2__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_0__0"
    // InternalAssign.g:2119:1: rule__VmGuest__Group_2_1_0__0 : rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 ;
    public final void rule__VmGuest__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2123:1: ( rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 )
            // InternalAssign.g:2124:2: rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1
            {
            pushFollow(FOLLOW_13);
            rule__VmGuest__Group_2_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_0__0"


    // $ANTLR start "rule__VmGuest__Group_2_1_0__0__Impl"
    // InternalAssign.g:2131:1: rule__VmGuest__Group_2_1_0__0__Impl : ( 'memory' ) ;
    public final void rule__VmGuest__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2135:1: ( ( 'memory' ) )
            // InternalAssign.g:2136:1: ( 'memory' )
            {
            // InternalAssign.g:2136:1: ( 'memory' )
            // InternalAssign.g:2137:2: 'memory'
            {
             before(grammarAccess.getVmGuestAccess().getMemoryKeyword_2_1_0_0()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getMemoryKeyword_2_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_0__0__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_0__1"
    // InternalAssign.g:2146:1: rule__VmGuest__Group_2_1_0__1 : rule__VmGuest__Group_2_1_0__1__Impl ;
    public final void rule__VmGuest__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2150:1: ( rule__VmGuest__Group_2_1_0__1__Impl )
            // InternalAssign.g:2151:2: rule__VmGuest__Group_2_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_0__1"


    // $ANTLR start "rule__VmGuest__Group_2_1_0__1__Impl"
    // InternalAssign.g:2157:1: rule__VmGuest__Group_2_1_0__1__Impl : ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2161:1: ( ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:2162:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:2162:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            // InternalAssign.g:2163:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemorySizeAssignment_2_1_0_1()); 
            // InternalAssign.g:2164:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            // InternalAssign.g:2164:3: rule__VmGuest__MemorySizeAssignment_2_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__MemorySizeAssignment_2_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getMemorySizeAssignment_2_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_0__1__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_1__0"
    // InternalAssign.g:2173:1: rule__VmGuest__Group_2_1_1__0 : rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 ;
    public final void rule__VmGuest__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2177:1: ( rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 )
            // InternalAssign.g:2178:2: rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1
            {
            pushFollow(FOLLOW_14);
            rule__VmGuest__Group_2_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_1__0"


    // $ANTLR start "rule__VmGuest__Group_2_1_1__0__Impl"
    // InternalAssign.g:2185:1: rule__VmGuest__Group_2_1_1__0__Impl : ( 'vcpus' ) ;
    public final void rule__VmGuest__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2189:1: ( ( 'vcpus' ) )
            // InternalAssign.g:2190:1: ( 'vcpus' )
            {
            // InternalAssign.g:2190:1: ( 'vcpus' )
            // InternalAssign.g:2191:2: 'vcpus'
            {
             before(grammarAccess.getVmGuestAccess().getVcpusKeyword_2_1_1_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getVcpusKeyword_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_1__0__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_1__1"
    // InternalAssign.g:2200:1: rule__VmGuest__Group_2_1_1__1 : rule__VmGuest__Group_2_1_1__1__Impl ;
    public final void rule__VmGuest__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2204:1: ( rule__VmGuest__Group_2_1_1__1__Impl )
            // InternalAssign.g:2205:2: rule__VmGuest__Group_2_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_1__1"


    // $ANTLR start "rule__VmGuest__Group_2_1_1__1__Impl"
    // InternalAssign.g:2211:1: rule__VmGuest__Group_2_1_1__1__Impl : ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2215:1: ( ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:2216:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:2216:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            // InternalAssign.g:2217:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            {
             before(grammarAccess.getVmGuestAccess().getVcpusAssignment_2_1_1_1()); 
            // InternalAssign.g:2218:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            // InternalAssign.g:2218:3: rule__VmGuest__VcpusAssignment_2_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__VcpusAssignment_2_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getVcpusAssignment_2_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_1__1__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_2__0"
    // InternalAssign.g:2227:1: rule__VmGuest__Group_2_1_2__0 : rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 ;
    public final void rule__VmGuest__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2231:1: ( rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 )
            // InternalAssign.g:2232:2: rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1
            {
            pushFollow(FOLLOW_15);
            rule__VmGuest__Group_2_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_2__0"


    // $ANTLR start "rule__VmGuest__Group_2_1_2__0__Impl"
    // InternalAssign.g:2239:1: rule__VmGuest__Group_2_1_2__0__Impl : ( 'machine' ) ;
    public final void rule__VmGuest__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2243:1: ( ( 'machine' ) )
            // InternalAssign.g:2244:1: ( 'machine' )
            {
            // InternalAssign.g:2244:1: ( 'machine' )
            // InternalAssign.g:2245:2: 'machine'
            {
             before(grammarAccess.getVmGuestAccess().getMachineKeyword_2_1_2_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getMachineKeyword_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_2__0__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_2__1"
    // InternalAssign.g:2254:1: rule__VmGuest__Group_2_1_2__1 : rule__VmGuest__Group_2_1_2__1__Impl ;
    public final void rule__VmGuest__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2258:1: ( rule__VmGuest__Group_2_1_2__1__Impl )
            // InternalAssign.g:2259:2: rule__VmGuest__Group_2_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_2__1"


    // $ANTLR start "rule__VmGuest__Group_2_1_2__1__Impl"
    // InternalAssign.g:2265:1: rule__VmGuest__Group_2_1_2__1__Impl : ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2269:1: ( ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:2270:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:2270:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            // InternalAssign.g:2271:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAssignment_2_1_2_1()); 
            // InternalAssign.g:2272:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            // InternalAssign.g:2272:3: rule__VmGuest__MachineAssignment_2_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__MachineAssignment_2_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getMachineAssignment_2_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_2__1__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_3__0"
    // InternalAssign.g:2281:1: rule__VmGuest__Group_2_1_3__0 : rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 ;
    public final void rule__VmGuest__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2285:1: ( rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 )
            // InternalAssign.g:2286:2: rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1
            {
            pushFollow(FOLLOW_13);
            rule__VmGuest__Group_2_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_3__0"


    // $ANTLR start "rule__VmGuest__Group_2_1_3__0__Impl"
    // InternalAssign.g:2293:1: rule__VmGuest__Group_2_1_3__0__Impl : ( 'memlock' ) ;
    public final void rule__VmGuest__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2297:1: ( ( 'memlock' ) )
            // InternalAssign.g:2298:1: ( 'memlock' )
            {
            // InternalAssign.g:2298:1: ( 'memlock' )
            // InternalAssign.g:2299:2: 'memlock'
            {
             before(grammarAccess.getVmGuestAccess().getMemlockKeyword_2_1_3_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getMemlockKeyword_2_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_3__0__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_3__1"
    // InternalAssign.g:2308:1: rule__VmGuest__Group_2_1_3__1 : rule__VmGuest__Group_2_1_3__1__Impl ;
    public final void rule__VmGuest__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2312:1: ( rule__VmGuest__Group_2_1_3__1__Impl )
            // InternalAssign.g:2313:2: rule__VmGuest__Group_2_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_3__1"


    // $ANTLR start "rule__VmGuest__Group_2_1_3__1__Impl"
    // InternalAssign.g:2319:1: rule__VmGuest__Group_2_1_3__1__Impl : ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2323:1: ( ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:2324:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:2324:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            // InternalAssign.g:2325:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemlockLimitAssignment_2_1_3_1()); 
            // InternalAssign.g:2326:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            // InternalAssign.g:2326:3: rule__VmGuest__MemlockLimitAssignment_2_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__MemlockLimitAssignment_2_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getMemlockLimitAssignment_2_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_3__1__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group__0"
    // InternalAssign.g:2335:1: rule__UserspaceDriver__Group__0 : rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 ;
    public final void rule__UserspaceDriver__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2339:1: ( rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 )
            // InternalAssign.g:2340:2: rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1
            {
            pushFollow(FOLLOW_5);
            rule__UserspaceDriver__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group__0"


    // $ANTLR start "rule__UserspaceDriver__Group__0__Impl"
    // InternalAssign.g:2347:1: rule__UserspaceDriver__Group__0__Impl : ( 'userspace' ) ;
    public final void rule__UserspaceDriver__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2351:1: ( ( 'userspace' ) )
            // InternalAssign.g:2352:1: ( 'userspace' )
            {
            // InternalAssign.g:2352:1: ( 'userspace' )
            // InternalAssign.g:2353:2: 'userspace'
            {
             before(grammarAccess.getUserspaceDriverAccess().getUserspaceKeyword_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getUserspaceKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group__0__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group__1"
    // InternalAssign.g:2362:1: rule__UserspaceDriver__Group__1 : rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 ;
    public final void rule__UserspaceDriver__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2366:1: ( rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 )
            // InternalAssign.g:2367:2: rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2
            {
            pushFollow(FOLLOW_10);
            rule__UserspaceDriver__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group__1"


    // $ANTLR start "rule__UserspaceDriver__Group__1__Impl"
    // InternalAssign.g:2374:1: rule__UserspaceDriver__Group__1__Impl : ( ( rule__UserspaceDriver__NameAssignment_1 ) ) ;
    public final void rule__UserspaceDriver__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2378:1: ( ( ( rule__UserspaceDriver__NameAssignment_1 ) ) )
            // InternalAssign.g:2379:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            {
            // InternalAssign.g:2379:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            // InternalAssign.g:2380:2: ( rule__UserspaceDriver__NameAssignment_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getNameAssignment_1()); 
            // InternalAssign.g:2381:2: ( rule__UserspaceDriver__NameAssignment_1 )
            // InternalAssign.g:2381:3: rule__UserspaceDriver__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getUserspaceDriverAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group__1__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group__2"
    // InternalAssign.g:2389:1: rule__UserspaceDriver__Group__2 : rule__UserspaceDriver__Group__2__Impl ;
    public final void rule__UserspaceDriver__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2393:1: ( rule__UserspaceDriver__Group__2__Impl )
            // InternalAssign.g:2394:2: rule__UserspaceDriver__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group__2"


    // $ANTLR start "rule__UserspaceDriver__Group__2__Impl"
    // InternalAssign.g:2400:1: rule__UserspaceDriver__Group__2__Impl : ( ( rule__UserspaceDriver__Group_2__0 )? ) ;
    public final void rule__UserspaceDriver__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2404:1: ( ( ( rule__UserspaceDriver__Group_2__0 )? ) )
            // InternalAssign.g:2405:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            {
            // InternalAssign.g:2405:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            // InternalAssign.g:2406:2: ( rule__UserspaceDriver__Group_2__0 )?
            {
             before(grammarAccess.getUserspaceDriverAccess().getGroup_2()); 
            // InternalAssign.g:2407:2: ( rule__UserspaceDriver__Group_2__0 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==53) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalAssign.g:2407:3: rule__UserspaceDriver__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getUserspaceDriverAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group__2__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2__0"
    // InternalAssign.g:2416:1: rule__UserspaceDriver__Group_2__0 : rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 ;
    public final void rule__UserspaceDriver__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2420:1: ( rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 )
            // InternalAssign.g:2421:2: rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1
            {
            pushFollow(FOLLOW_16);
            rule__UserspaceDriver__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2__0"


    // $ANTLR start "rule__UserspaceDriver__Group_2__0__Impl"
    // InternalAssign.g:2428:1: rule__UserspaceDriver__Group_2__0__Impl : ( '{' ) ;
    public final void rule__UserspaceDriver__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2432:1: ( ( '{' ) )
            // InternalAssign.g:2433:1: ( '{' )
            {
            // InternalAssign.g:2433:1: ( '{' )
            // InternalAssign.g:2434:2: '{'
            {
             before(grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2__0__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2__1"
    // InternalAssign.g:2443:1: rule__UserspaceDriver__Group_2__1 : rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 ;
    public final void rule__UserspaceDriver__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2447:1: ( rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 )
            // InternalAssign.g:2448:2: rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2
            {
            pushFollow(FOLLOW_12);
            rule__UserspaceDriver__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2__1"


    // $ANTLR start "rule__UserspaceDriver__Group_2__1__Impl"
    // InternalAssign.g:2455:1: rule__UserspaceDriver__Group_2__1__Impl : ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2459:1: ( ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:2460:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:2460:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            // InternalAssign.g:2461:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:2462:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            // InternalAssign.g:2462:3: rule__UserspaceDriver__UnorderedGroup_2_1
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__UnorderedGroup_2_1();

            state._fsp--;


            }

             after(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2__1__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2__2"
    // InternalAssign.g:2470:1: rule__UserspaceDriver__Group_2__2 : rule__UserspaceDriver__Group_2__2__Impl ;
    public final void rule__UserspaceDriver__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2474:1: ( rule__UserspaceDriver__Group_2__2__Impl )
            // InternalAssign.g:2475:2: rule__UserspaceDriver__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2__2"


    // $ANTLR start "rule__UserspaceDriver__Group_2__2__Impl"
    // InternalAssign.g:2481:1: rule__UserspaceDriver__Group_2__2__Impl : ( '}' ) ;
    public final void rule__UserspaceDriver__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2485:1: ( ( '}' ) )
            // InternalAssign.g:2486:1: ( '}' )
            {
            // InternalAssign.g:2486:1: ( '}' )
            // InternalAssign.g:2487:2: '}'
            {
             before(grammarAccess.getUserspaceDriverAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getRightCurlyBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2__2__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_0__0"
    // InternalAssign.g:2497:1: rule__UserspaceDriver__Group_2_1_0__0 : rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 ;
    public final void rule__UserspaceDriver__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2501:1: ( rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 )
            // InternalAssign.g:2502:2: rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1
            {
            pushFollow(FOLLOW_14);
            rule__UserspaceDriver__Group_2_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_0__0"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_0__0__Impl"
    // InternalAssign.g:2509:1: rule__UserspaceDriver__Group_2_1_0__0__Impl : ( 'uid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2513:1: ( ( 'uid' ) )
            // InternalAssign.g:2514:1: ( 'uid' )
            {
            // InternalAssign.g:2514:1: ( 'uid' )
            // InternalAssign.g:2515:2: 'uid'
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidKeyword_2_1_0_0()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getUidKeyword_2_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_0__0__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_0__1"
    // InternalAssign.g:2524:1: rule__UserspaceDriver__Group_2_1_0__1 : rule__UserspaceDriver__Group_2_1_0__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2528:1: ( rule__UserspaceDriver__Group_2_1_0__1__Impl )
            // InternalAssign.g:2529:2: rule__UserspaceDriver__Group_2_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_0__1"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_0__1__Impl"
    // InternalAssign.g:2535:1: rule__UserspaceDriver__Group_2_1_0__1__Impl : ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2539:1: ( ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:2540:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:2540:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            // InternalAssign.g:2541:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidAssignment_2_1_0_1()); 
            // InternalAssign.g:2542:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            // InternalAssign.g:2542:3: rule__UserspaceDriver__UidAssignment_2_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__UidAssignment_2_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getUserspaceDriverAccess().getUidAssignment_2_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_0__1__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_1__0"
    // InternalAssign.g:2551:1: rule__UserspaceDriver__Group_2_1_1__0 : rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 ;
    public final void rule__UserspaceDriver__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2555:1: ( rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 )
            // InternalAssign.g:2556:2: rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1
            {
            pushFollow(FOLLOW_14);
            rule__UserspaceDriver__Group_2_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_1__0"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_1__0__Impl"
    // InternalAssign.g:2563:1: rule__UserspaceDriver__Group_2_1_1__0__Impl : ( 'gid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2567:1: ( ( 'gid' ) )
            // InternalAssign.g:2568:1: ( 'gid' )
            {
            // InternalAssign.g:2568:1: ( 'gid' )
            // InternalAssign.g:2569:2: 'gid'
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidKeyword_2_1_1_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getGidKeyword_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_1__0__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_1__1"
    // InternalAssign.g:2578:1: rule__UserspaceDriver__Group_2_1_1__1 : rule__UserspaceDriver__Group_2_1_1__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2582:1: ( rule__UserspaceDriver__Group_2_1_1__1__Impl )
            // InternalAssign.g:2583:2: rule__UserspaceDriver__Group_2_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_1__1"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_1__1__Impl"
    // InternalAssign.g:2589:1: rule__UserspaceDriver__Group_2_1_1__1__Impl : ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2593:1: ( ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:2594:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:2594:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            // InternalAssign.g:2595:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidAssignment_2_1_1_1()); 
            // InternalAssign.g:2596:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            // InternalAssign.g:2596:3: rule__UserspaceDriver__GidAssignment_2_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__GidAssignment_2_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getUserspaceDriverAccess().getGidAssignment_2_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_1__1__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_2__0"
    // InternalAssign.g:2605:1: rule__UserspaceDriver__Group_2_1_2__0 : rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 ;
    public final void rule__UserspaceDriver__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2609:1: ( rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 )
            // InternalAssign.g:2610:2: rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1
            {
            pushFollow(FOLLOW_13);
            rule__UserspaceDriver__Group_2_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_2__0"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_2__0__Impl"
    // InternalAssign.g:2617:1: rule__UserspaceDriver__Group_2_1_2__0__Impl : ( 'memlock' ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2621:1: ( ( 'memlock' ) )
            // InternalAssign.g:2622:1: ( 'memlock' )
            {
            // InternalAssign.g:2622:1: ( 'memlock' )
            // InternalAssign.g:2623:2: 'memlock'
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockKeyword_2_1_2_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getMemlockKeyword_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_2__0__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_2__1"
    // InternalAssign.g:2632:1: rule__UserspaceDriver__Group_2_1_2__1 : rule__UserspaceDriver__Group_2_1_2__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2636:1: ( rule__UserspaceDriver__Group_2_1_2__1__Impl )
            // InternalAssign.g:2637:2: rule__UserspaceDriver__Group_2_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_2__1"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_2__1__Impl"
    // InternalAssign.g:2643:1: rule__UserspaceDriver__Group_2_1_2__1__Impl : ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2647:1: ( ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:2648:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:2648:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            // InternalAssign.g:2649:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockLimitAssignment_2_1_2_1()); 
            // InternalAssign.g:2650:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            // InternalAssign.g:2650:3: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getUserspaceDriverAccess().getMemlockLimitAssignment_2_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_2__1__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_3__0"
    // InternalAssign.g:2659:1: rule__UserspaceDriver__Group_2_1_3__0 : rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 ;
    public final void rule__UserspaceDriver__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2663:1: ( rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 )
            // InternalAssign.g:2664:2: rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1
            {
            pushFollow(FOLLOW_9);
            rule__UserspaceDriver__Group_2_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_3__0"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_3__0__Impl"
    // InternalAssign.g:2671:1: rule__UserspaceDriver__Group_2_1_3__0__Impl : ( 'socket' ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2675:1: ( ( 'socket' ) )
            // InternalAssign.g:2676:1: ( 'socket' )
            {
            // InternalAssign.g:2676:1: ( 'socket' )
            // InternalAssign.g:2677:2: 'socket'
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketKeyword_2_1_3_0()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getSocketKeyword_2_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_3__0__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_3__1"
    // InternalAssign.g:2686:1: rule__UserspaceDriver__Group_2_1_3__1 : rule__UserspaceDriver__Group_2_1_3__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2690:1: ( rule__UserspaceDriver__Group_2_1_3__1__Impl )
            // InternalAssign.g:2691:2: rule__UserspaceDriver__Group_2_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__Group_2_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_3__1"


    // $ANTLR start "rule__UserspaceDriver__Group_2_1_3__1__Impl"
    // InternalAssign.g:2697:1: rule__UserspaceDriver__Group_2_1_3__1__Impl : ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2701:1: ( ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:2702:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:2702:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            // InternalAssign.g:2703:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketPathAssignment_2_1_3_1()); 
            // InternalAssign.g:2704:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            // InternalAssign.g:2704:3: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__SocketPathAssignment_2_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getUserspaceDriverAccess().getSocketPathAssignment_2_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__Group_2_1_3__1__Impl"


    // $ANTLR start "rule__Probe__Group__0"
    // InternalAssign.g:2713:1: rule__Probe__Group__0 : rule__Probe__Group__0__Impl rule__Probe__Group__1 ;
    public final void rule__Probe__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2717:1: ( rule__Probe__Group__0__Impl rule__Probe__Group__1 )
            // InternalAssign.g:2718:2: rule__Probe__Group__0__Impl rule__Probe__Group__1
            {
            pushFollow(FOLLOW_5);
            rule__Probe__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Probe__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group__0"


    // $ANTLR start "rule__Probe__Group__0__Impl"
    // InternalAssign.g:2725:1: rule__Probe__Group__0__Impl : ( 'probe' ) ;
    public final void rule__Probe__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2729:1: ( ( 'probe' ) )
            // InternalAssign.g:2730:1: ( 'probe' )
            {
            // InternalAssign.g:2730:1: ( 'probe' )
            // InternalAssign.g:2731:2: 'probe'
            {
             before(grammarAccess.getProbeAccess().getProbeKeyword_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getProbeAccess().getProbeKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group__0__Impl"


    // $ANTLR start "rule__Probe__Group__1"
    // InternalAssign.g:2740:1: rule__Probe__Group__1 : rule__Probe__Group__1__Impl rule__Probe__Group__2 ;
    public final void rule__Probe__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2744:1: ( rule__Probe__Group__1__Impl rule__Probe__Group__2 )
            // InternalAssign.g:2745:2: rule__Probe__Group__1__Impl rule__Probe__Group__2
            {
            pushFollow(FOLLOW_10);
            rule__Probe__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Probe__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group__1"


    // $ANTLR start "rule__Probe__Group__1__Impl"
    // InternalAssign.g:2752:1: rule__Probe__Group__1__Impl : ( ( rule__Probe__NameAssignment_1 ) ) ;
    public final void rule__Probe__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2756:1: ( ( ( rule__Probe__NameAssignment_1 ) ) )
            // InternalAssign.g:2757:1: ( ( rule__Probe__NameAssignment_1 ) )
            {
            // InternalAssign.g:2757:1: ( ( rule__Probe__NameAssignment_1 ) )
            // InternalAssign.g:2758:2: ( rule__Probe__NameAssignment_1 )
            {
             before(grammarAccess.getProbeAccess().getNameAssignment_1()); 
            // InternalAssign.g:2759:2: ( rule__Probe__NameAssignment_1 )
            // InternalAssign.g:2759:3: rule__Probe__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Probe__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getProbeAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group__1__Impl"


    // $ANTLR start "rule__Probe__Group__2"
    // InternalAssign.g:2767:1: rule__Probe__Group__2 : rule__Probe__Group__2__Impl ;
    public final void rule__Probe__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2771:1: ( rule__Probe__Group__2__Impl )
            // InternalAssign.g:2772:2: rule__Probe__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Probe__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group__2"


    // $ANTLR start "rule__Probe__Group__2__Impl"
    // InternalAssign.g:2778:1: rule__Probe__Group__2__Impl : ( ( rule__Probe__Group_2__0 )? ) ;
    public final void rule__Probe__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2782:1: ( ( ( rule__Probe__Group_2__0 )? ) )
            // InternalAssign.g:2783:1: ( ( rule__Probe__Group_2__0 )? )
            {
            // InternalAssign.g:2783:1: ( ( rule__Probe__Group_2__0 )? )
            // InternalAssign.g:2784:2: ( rule__Probe__Group_2__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2()); 
            // InternalAssign.g:2785:2: ( rule__Probe__Group_2__0 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==53) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalAssign.g:2785:3: rule__Probe__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Probe__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getProbeAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group__2__Impl"


    // $ANTLR start "rule__Probe__Group_2__0"
    // InternalAssign.g:2794:1: rule__Probe__Group_2__0 : rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 ;
    public final void rule__Probe__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2798:1: ( rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 )
            // InternalAssign.g:2799:2: rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1
            {
            pushFollow(FOLLOW_17);
            rule__Probe__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Probe__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2__0"


    // $ANTLR start "rule__Probe__Group_2__0__Impl"
    // InternalAssign.g:2806:1: rule__Probe__Group_2__0__Impl : ( '{' ) ;
    public final void rule__Probe__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2810:1: ( ( '{' ) )
            // InternalAssign.g:2811:1: ( '{' )
            {
            // InternalAssign.g:2811:1: ( '{' )
            // InternalAssign.g:2812:2: '{'
            {
             before(grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2__0__Impl"


    // $ANTLR start "rule__Probe__Group_2__1"
    // InternalAssign.g:2821:1: rule__Probe__Group_2__1 : rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 ;
    public final void rule__Probe__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2825:1: ( rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 )
            // InternalAssign.g:2826:2: rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2
            {
            pushFollow(FOLLOW_17);
            rule__Probe__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Probe__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2__1"


    // $ANTLR start "rule__Probe__Group_2__1__Impl"
    // InternalAssign.g:2833:1: rule__Probe__Group_2__1__Impl : ( ( rule__Probe__Group_2_1__0 )? ) ;
    public final void rule__Probe__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2837:1: ( ( ( rule__Probe__Group_2_1__0 )? ) )
            // InternalAssign.g:2838:1: ( ( rule__Probe__Group_2_1__0 )? )
            {
            // InternalAssign.g:2838:1: ( ( rule__Probe__Group_2_1__0 )? )
            // InternalAssign.g:2839:2: ( rule__Probe__Group_2_1__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2_1()); 
            // InternalAssign.g:2840:2: ( rule__Probe__Group_2_1__0 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==58) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalAssign.g:2840:3: rule__Probe__Group_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Probe__Group_2_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getProbeAccess().getGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2__1__Impl"


    // $ANTLR start "rule__Probe__Group_2__2"
    // InternalAssign.g:2848:1: rule__Probe__Group_2__2 : rule__Probe__Group_2__2__Impl ;
    public final void rule__Probe__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2852:1: ( rule__Probe__Group_2__2__Impl )
            // InternalAssign.g:2853:2: rule__Probe__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Probe__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2__2"


    // $ANTLR start "rule__Probe__Group_2__2__Impl"
    // InternalAssign.g:2859:1: rule__Probe__Group_2__2__Impl : ( '}' ) ;
    public final void rule__Probe__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2863:1: ( ( '}' ) )
            // InternalAssign.g:2864:1: ( '}' )
            {
            // InternalAssign.g:2864:1: ( '}' )
            // InternalAssign.g:2865:2: '}'
            {
             before(grammarAccess.getProbeAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getProbeAccess().getRightCurlyBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2__2__Impl"


    // $ANTLR start "rule__Probe__Group_2_1__0"
    // InternalAssign.g:2875:1: rule__Probe__Group_2_1__0 : rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 ;
    public final void rule__Probe__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2879:1: ( rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 )
            // InternalAssign.g:2880:2: rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1
            {
            pushFollow(FOLLOW_13);
            rule__Probe__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Probe__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2_1__0"


    // $ANTLR start "rule__Probe__Group_2_1__0__Impl"
    // InternalAssign.g:2887:1: rule__Probe__Group_2_1__0__Impl : ( 'memlock' ) ;
    public final void rule__Probe__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2891:1: ( ( 'memlock' ) )
            // InternalAssign.g:2892:1: ( 'memlock' )
            {
            // InternalAssign.g:2892:1: ( 'memlock' )
            // InternalAssign.g:2893:2: 'memlock'
            {
             before(grammarAccess.getProbeAccess().getMemlockKeyword_2_1_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getProbeAccess().getMemlockKeyword_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2_1__0__Impl"


    // $ANTLR start "rule__Probe__Group_2_1__1"
    // InternalAssign.g:2902:1: rule__Probe__Group_2_1__1 : rule__Probe__Group_2_1__1__Impl ;
    public final void rule__Probe__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2906:1: ( rule__Probe__Group_2_1__1__Impl )
            // InternalAssign.g:2907:2: rule__Probe__Group_2_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Probe__Group_2_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2_1__1"


    // $ANTLR start "rule__Probe__Group_2_1__1__Impl"
    // InternalAssign.g:2913:1: rule__Probe__Group_2_1__1__Impl : ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) ;
    public final void rule__Probe__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2917:1: ( ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) )
            // InternalAssign.g:2918:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            {
            // InternalAssign.g:2918:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            // InternalAssign.g:2919:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            {
             before(grammarAccess.getProbeAccess().getMemlockLimitAssignment_2_1_1()); 
            // InternalAssign.g:2920:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            // InternalAssign.g:2920:3: rule__Probe__MemlockLimitAssignment_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Probe__MemlockLimitAssignment_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getProbeAccess().getMemlockLimitAssignment_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__Group_2_1__1__Impl"


    // $ANTLR start "rule__Assignment__Group__0"
    // InternalAssign.g:2929:1: rule__Assignment__Group__0 : rule__Assignment__Group__0__Impl rule__Assignment__Group__1 ;
    public final void rule__Assignment__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2933:1: ( rule__Assignment__Group__0__Impl rule__Assignment__Group__1 )
            // InternalAssign.g:2934:2: rule__Assignment__Group__0__Impl rule__Assignment__Group__1
            {
            pushFollow(FOLLOW_18);
            rule__Assignment__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__0"


    // $ANTLR start "rule__Assignment__Group__0__Impl"
    // InternalAssign.g:2941:1: rule__Assignment__Group__0__Impl : ( 'assign' ) ;
    public final void rule__Assignment__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2945:1: ( ( 'assign' ) )
            // InternalAssign.g:2946:1: ( 'assign' )
            {
            // InternalAssign.g:2946:1: ( 'assign' )
            // InternalAssign.g:2947:2: 'assign'
            {
             before(grammarAccess.getAssignmentAccess().getAssignKeyword_0()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getAssignKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__0__Impl"


    // $ANTLR start "rule__Assignment__Group__1"
    // InternalAssign.g:2956:1: rule__Assignment__Group__1 : rule__Assignment__Group__1__Impl rule__Assignment__Group__2 ;
    public final void rule__Assignment__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2960:1: ( rule__Assignment__Group__1__Impl rule__Assignment__Group__2 )
            // InternalAssign.g:2961:2: rule__Assignment__Group__1__Impl rule__Assignment__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Assignment__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__1"


    // $ANTLR start "rule__Assignment__Group__1__Impl"
    // InternalAssign.g:2968:1: rule__Assignment__Group__1__Impl : ( ( rule__Assignment__Alternatives_1 ) ) ;
    public final void rule__Assignment__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2972:1: ( ( ( rule__Assignment__Alternatives_1 ) ) )
            // InternalAssign.g:2973:1: ( ( rule__Assignment__Alternatives_1 ) )
            {
            // InternalAssign.g:2973:1: ( ( rule__Assignment__Alternatives_1 ) )
            // InternalAssign.g:2974:2: ( rule__Assignment__Alternatives_1 )
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_1()); 
            // InternalAssign.g:2975:2: ( rule__Assignment__Alternatives_1 )
            // InternalAssign.g:2975:3: rule__Assignment__Alternatives_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Alternatives_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__1__Impl"


    // $ANTLR start "rule__Assignment__Group__2"
    // InternalAssign.g:2983:1: rule__Assignment__Group__2 : rule__Assignment__Group__2__Impl rule__Assignment__Group__3 ;
    public final void rule__Assignment__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2987:1: ( rule__Assignment__Group__2__Impl rule__Assignment__Group__3 )
            // InternalAssign.g:2988:2: rule__Assignment__Group__2__Impl rule__Assignment__Group__3
            {
            pushFollow(FOLLOW_5);
            rule__Assignment__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__2"


    // $ANTLR start "rule__Assignment__Group__2__Impl"
    // InternalAssign.g:2995:1: rule__Assignment__Group__2__Impl : ( 'to' ) ;
    public final void rule__Assignment__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2999:1: ( ( 'to' ) )
            // InternalAssign.g:3000:1: ( 'to' )
            {
            // InternalAssign.g:3000:1: ( 'to' )
            // InternalAssign.g:3001:2: 'to'
            {
             before(grammarAccess.getAssignmentAccess().getToKeyword_2()); 
            match(input,65,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getToKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__2__Impl"


    // $ANTLR start "rule__Assignment__Group__3"
    // InternalAssign.g:3010:1: rule__Assignment__Group__3 : rule__Assignment__Group__3__Impl rule__Assignment__Group__4 ;
    public final void rule__Assignment__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3014:1: ( rule__Assignment__Group__3__Impl rule__Assignment__Group__4 )
            // InternalAssign.g:3015:2: rule__Assignment__Group__3__Impl rule__Assignment__Group__4
            {
            pushFollow(FOLLOW_10);
            rule__Assignment__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__3"


    // $ANTLR start "rule__Assignment__Group__3__Impl"
    // InternalAssign.g:3022:1: rule__Assignment__Group__3__Impl : ( ( rule__Assignment__ConsumerAssignment_3 ) ) ;
    public final void rule__Assignment__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3026:1: ( ( ( rule__Assignment__ConsumerAssignment_3 ) ) )
            // InternalAssign.g:3027:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            {
            // InternalAssign.g:3027:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            // InternalAssign.g:3028:2: ( rule__Assignment__ConsumerAssignment_3 )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerAssignment_3()); 
            // InternalAssign.g:3029:2: ( rule__Assignment__ConsumerAssignment_3 )
            // InternalAssign.g:3029:3: rule__Assignment__ConsumerAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__ConsumerAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getConsumerAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__3__Impl"


    // $ANTLR start "rule__Assignment__Group__4"
    // InternalAssign.g:3037:1: rule__Assignment__Group__4 : rule__Assignment__Group__4__Impl ;
    public final void rule__Assignment__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3041:1: ( rule__Assignment__Group__4__Impl )
            // InternalAssign.g:3042:2: rule__Assignment__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__4"


    // $ANTLR start "rule__Assignment__Group__4__Impl"
    // InternalAssign.g:3048:1: rule__Assignment__Group__4__Impl : ( ( rule__Assignment__Group_4__0 )? ) ;
    public final void rule__Assignment__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3052:1: ( ( ( rule__Assignment__Group_4__0 )? ) )
            // InternalAssign.g:3053:1: ( ( rule__Assignment__Group_4__0 )? )
            {
            // InternalAssign.g:3053:1: ( ( rule__Assignment__Group_4__0 )? )
            // InternalAssign.g:3054:2: ( rule__Assignment__Group_4__0 )?
            {
             before(grammarAccess.getAssignmentAccess().getGroup_4()); 
            // InternalAssign.g:3055:2: ( rule__Assignment__Group_4__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==53) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalAssign.g:3055:3: rule__Assignment__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getAssignmentAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group__4__Impl"


    // $ANTLR start "rule__Assignment__Group_1_1__0"
    // InternalAssign.g:3064:1: rule__Assignment__Group_1_1__0 : rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1 ;
    public final void rule__Assignment__Group_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3068:1: ( rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1 )
            // InternalAssign.g:3069:2: rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1
            {
            pushFollow(FOLLOW_14);
            rule__Assignment__Group_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_1__0"


    // $ANTLR start "rule__Assignment__Group_1_1__0__Impl"
    // InternalAssign.g:3076:1: rule__Assignment__Group_1_1__0__Impl : ( 'group' ) ;
    public final void rule__Assignment__Group_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3080:1: ( ( 'group' ) )
            // InternalAssign.g:3081:1: ( 'group' )
            {
            // InternalAssign.g:3081:1: ( 'group' )
            // InternalAssign.g:3082:2: 'group'
            {
             before(grammarAccess.getAssignmentAccess().getGroupKeyword_1_1_0()); 
            match(input,30,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getGroupKeyword_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_1__0__Impl"


    // $ANTLR start "rule__Assignment__Group_1_1__1"
    // InternalAssign.g:3091:1: rule__Assignment__Group_1_1__1 : rule__Assignment__Group_1_1__1__Impl ;
    public final void rule__Assignment__Group_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3095:1: ( rule__Assignment__Group_1_1__1__Impl )
            // InternalAssign.g:3096:2: rule__Assignment__Group_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_1__1"


    // $ANTLR start "rule__Assignment__Group_1_1__1__Impl"
    // InternalAssign.g:3102:1: rule__Assignment__Group_1_1__1__Impl : ( ( rule__Assignment__GroupAssignment_1_1_1 ) ) ;
    public final void rule__Assignment__Group_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3106:1: ( ( ( rule__Assignment__GroupAssignment_1_1_1 ) ) )
            // InternalAssign.g:3107:1: ( ( rule__Assignment__GroupAssignment_1_1_1 ) )
            {
            // InternalAssign.g:3107:1: ( ( rule__Assignment__GroupAssignment_1_1_1 ) )
            // InternalAssign.g:3108:2: ( rule__Assignment__GroupAssignment_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getGroupAssignment_1_1_1()); 
            // InternalAssign.g:3109:2: ( rule__Assignment__GroupAssignment_1_1_1 )
            // InternalAssign.g:3109:3: rule__Assignment__GroupAssignment_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__GroupAssignment_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getGroupAssignment_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_1__1__Impl"


    // $ANTLR start "rule__Assignment__Group_4__0"
    // InternalAssign.g:3118:1: rule__Assignment__Group_4__0 : rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 ;
    public final void rule__Assignment__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3122:1: ( rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 )
            // InternalAssign.g:3123:2: rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1
            {
            pushFollow(FOLLOW_20);
            rule__Assignment__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__0"


    // $ANTLR start "rule__Assignment__Group_4__0__Impl"
    // InternalAssign.g:3130:1: rule__Assignment__Group_4__0__Impl : ( '{' ) ;
    public final void rule__Assignment__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3134:1: ( ( '{' ) )
            // InternalAssign.g:3135:1: ( '{' )
            {
            // InternalAssign.g:3135:1: ( '{' )
            // InternalAssign.g:3136:2: '{'
            {
             before(grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__0__Impl"


    // $ANTLR start "rule__Assignment__Group_4__1"
    // InternalAssign.g:3145:1: rule__Assignment__Group_4__1 : rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 ;
    public final void rule__Assignment__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3149:1: ( rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 )
            // InternalAssign.g:3150:2: rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2
            {
            pushFollow(FOLLOW_21);
            rule__Assignment__Group_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__1"


    // $ANTLR start "rule__Assignment__Group_4__1__Impl"
    // InternalAssign.g:3157:1: rule__Assignment__Group_4__1__Impl : ( ( rule__Assignment__UnorderedGroup_4_1 ) ) ;
    public final void rule__Assignment__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3161:1: ( ( ( rule__Assignment__UnorderedGroup_4_1 ) ) )
            // InternalAssign.g:3162:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            {
            // InternalAssign.g:3162:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            // InternalAssign.g:3163:2: ( rule__Assignment__UnorderedGroup_4_1 )
            {
             before(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1()); 
            // InternalAssign.g:3164:2: ( rule__Assignment__UnorderedGroup_4_1 )
            // InternalAssign.g:3164:3: rule__Assignment__UnorderedGroup_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__UnorderedGroup_4_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__1__Impl"


    // $ANTLR start "rule__Assignment__Group_4__2"
    // InternalAssign.g:3172:1: rule__Assignment__Group_4__2 : rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 ;
    public final void rule__Assignment__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3176:1: ( rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 )
            // InternalAssign.g:3177:2: rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3
            {
            pushFollow(FOLLOW_21);
            rule__Assignment__Group_4__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__2"


    // $ANTLR start "rule__Assignment__Group_4__2__Impl"
    // InternalAssign.g:3184:1: rule__Assignment__Group_4__2__Impl : ( ( rule__Assignment__Alternatives_4_2 )* ) ;
    public final void rule__Assignment__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3188:1: ( ( ( rule__Assignment__Alternatives_4_2 )* ) )
            // InternalAssign.g:3189:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            {
            // InternalAssign.g:3189:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            // InternalAssign.g:3190:2: ( rule__Assignment__Alternatives_4_2 )*
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_4_2()); 
            // InternalAssign.g:3191:2: ( rule__Assignment__Alternatives_4_2 )*
            loop35:
            do {
                int alt35=2;
                int LA35_0 = input.LA(1);

                if ( ((LA35_0>=69 && LA35_0<=70)||LA35_0==73) ) {
                    alt35=1;
                }


                switch (alt35) {
            	case 1 :
            	    // InternalAssign.g:3191:3: rule__Assignment__Alternatives_4_2
            	    {
            	    pushFollow(FOLLOW_22);
            	    rule__Assignment__Alternatives_4_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop35;
                }
            } while (true);

             after(grammarAccess.getAssignmentAccess().getAlternatives_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__2__Impl"


    // $ANTLR start "rule__Assignment__Group_4__3"
    // InternalAssign.g:3199:1: rule__Assignment__Group_4__3 : rule__Assignment__Group_4__3__Impl ;
    public final void rule__Assignment__Group_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3203:1: ( rule__Assignment__Group_4__3__Impl )
            // InternalAssign.g:3204:2: rule__Assignment__Group_4__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__3"


    // $ANTLR start "rule__Assignment__Group_4__3__Impl"
    // InternalAssign.g:3210:1: rule__Assignment__Group_4__3__Impl : ( '}' ) ;
    public final void rule__Assignment__Group_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3214:1: ( ( '}' ) )
            // InternalAssign.g:3215:1: ( '}' )
            {
            // InternalAssign.g:3215:1: ( '}' )
            // InternalAssign.g:3216:2: '}'
            {
             before(grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4__3__Impl"


    // $ANTLR start "rule__Assignment__Group_4_1_0__0"
    // InternalAssign.g:3226:1: rule__Assignment__Group_4_1_0__0 : rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 ;
    public final void rule__Assignment__Group_4_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3230:1: ( rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 )
            // InternalAssign.g:3231:2: rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1
            {
            pushFollow(FOLLOW_23);
            rule__Assignment__Group_4_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_0__0"


    // $ANTLR start "rule__Assignment__Group_4_1_0__0__Impl"
    // InternalAssign.g:3238:1: rule__Assignment__Group_4_1_0__0__Impl : ( 'driver' ) ;
    public final void rule__Assignment__Group_4_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3242:1: ( ( 'driver' ) )
            // InternalAssign.g:3243:1: ( 'driver' )
            {
            // InternalAssign.g:3243:1: ( 'driver' )
            // InternalAssign.g:3244:2: 'driver'
            {
             before(grammarAccess.getAssignmentAccess().getDriverKeyword_4_1_0_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getDriverKeyword_4_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_0__0__Impl"


    // $ANTLR start "rule__Assignment__Group_4_1_0__1"
    // InternalAssign.g:3253:1: rule__Assignment__Group_4_1_0__1 : rule__Assignment__Group_4_1_0__1__Impl ;
    public final void rule__Assignment__Group_4_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3257:1: ( rule__Assignment__Group_4_1_0__1__Impl )
            // InternalAssign.g:3258:2: rule__Assignment__Group_4_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_0__1"


    // $ANTLR start "rule__Assignment__Group_4_1_0__1__Impl"
    // InternalAssign.g:3264:1: rule__Assignment__Group_4_1_0__1__Impl : ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) ;
    public final void rule__Assignment__Group_4_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3268:1: ( ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) )
            // InternalAssign.g:3269:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            {
            // InternalAssign.g:3269:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            // InternalAssign.g:3270:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            {
             before(grammarAccess.getAssignmentAccess().getDriverAssignment_4_1_0_1()); 
            // InternalAssign.g:3271:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            // InternalAssign.g:3271:3: rule__Assignment__DriverAssignment_4_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__DriverAssignment_4_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getDriverAssignment_4_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_0__1__Impl"


    // $ANTLR start "rule__Assignment__Group_4_1_1__0"
    // InternalAssign.g:3280:1: rule__Assignment__Group_4_1_1__0 : rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 ;
    public final void rule__Assignment__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3284:1: ( rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 )
            // InternalAssign.g:3285:2: rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1
            {
            pushFollow(FOLLOW_24);
            rule__Assignment__Group_4_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_1__0"


    // $ANTLR start "rule__Assignment__Group_4_1_1__0__Impl"
    // InternalAssign.g:3292:1: rule__Assignment__Group_4_1_1__0__Impl : ( 'open' ) ;
    public final void rule__Assignment__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3296:1: ( ( 'open' ) )
            // InternalAssign.g:3297:1: ( 'open' )
            {
            // InternalAssign.g:3297:1: ( 'open' )
            // InternalAssign.g:3298:2: 'open'
            {
             before(grammarAccess.getAssignmentAccess().getOpenKeyword_4_1_1_0()); 
            match(input,67,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getOpenKeyword_4_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_1__0__Impl"


    // $ANTLR start "rule__Assignment__Group_4_1_1__1"
    // InternalAssign.g:3307:1: rule__Assignment__Group_4_1_1__1 : rule__Assignment__Group_4_1_1__1__Impl ;
    public final void rule__Assignment__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3311:1: ( rule__Assignment__Group_4_1_1__1__Impl )
            // InternalAssign.g:3312:2: rule__Assignment__Group_4_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_1__1"


    // $ANTLR start "rule__Assignment__Group_4_1_1__1__Impl"
    // InternalAssign.g:3318:1: rule__Assignment__Group_4_1_1__1__Impl : ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) ;
    public final void rule__Assignment__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3322:1: ( ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) )
            // InternalAssign.g:3323:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            {
            // InternalAssign.g:3323:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            // InternalAssign.g:3324:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getOpenPathAssignment_4_1_1_1()); 
            // InternalAssign.g:3325:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            // InternalAssign.g:3325:3: rule__Assignment__OpenPathAssignment_4_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__OpenPathAssignment_4_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getOpenPathAssignment_4_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_1__1__Impl"


    // $ANTLR start "rule__Assignment__Group_4_1_2__0"
    // InternalAssign.g:3334:1: rule__Assignment__Group_4_1_2__0 : rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 ;
    public final void rule__Assignment__Group_4_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3338:1: ( rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 )
            // InternalAssign.g:3339:2: rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1
            {
            pushFollow(FOLLOW_25);
            rule__Assignment__Group_4_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_2__0"


    // $ANTLR start "rule__Assignment__Group_4_1_2__0__Impl"
    // InternalAssign.g:3346:1: rule__Assignment__Group_4_1_2__0__Impl : ( 'reset' ) ;
    public final void rule__Assignment__Group_4_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3350:1: ( ( 'reset' ) )
            // InternalAssign.g:3351:1: ( 'reset' )
            {
            // InternalAssign.g:3351:1: ( 'reset' )
            // InternalAssign.g:3352:2: 'reset'
            {
             before(grammarAccess.getAssignmentAccess().getResetKeyword_4_1_2_0()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getResetKeyword_4_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_2__0__Impl"


    // $ANTLR start "rule__Assignment__Group_4_1_2__1"
    // InternalAssign.g:3361:1: rule__Assignment__Group_4_1_2__1 : rule__Assignment__Group_4_1_2__1__Impl ;
    public final void rule__Assignment__Group_4_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3365:1: ( rule__Assignment__Group_4_1_2__1__Impl )
            // InternalAssign.g:3366:2: rule__Assignment__Group_4_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_4_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_2__1"


    // $ANTLR start "rule__Assignment__Group_4_1_2__1__Impl"
    // InternalAssign.g:3372:1: rule__Assignment__Group_4_1_2__1__Impl : ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) ;
    public final void rule__Assignment__Group_4_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3376:1: ( ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) )
            // InternalAssign.g:3377:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            {
            // InternalAssign.g:3377:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            // InternalAssign.g:3378:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            {
             before(grammarAccess.getAssignmentAccess().getResetPolicyAssignment_4_1_2_1()); 
            // InternalAssign.g:3379:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            // InternalAssign.g:3379:3: rule__Assignment__ResetPolicyAssignment_4_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__ResetPolicyAssignment_4_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getResetPolicyAssignment_4_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_4_1_2__1__Impl"


    // $ANTLR start "rule__RegionMapping__Group__0"
    // InternalAssign.g:3388:1: rule__RegionMapping__Group__0 : rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 ;
    public final void rule__RegionMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3392:1: ( rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 )
            // InternalAssign.g:3393:2: rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1
            {
            pushFollow(FOLLOW_26);
            rule__RegionMapping__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RegionMapping__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__Group__0"


    // $ANTLR start "rule__RegionMapping__Group__0__Impl"
    // InternalAssign.g:3400:1: rule__RegionMapping__Group__0__Impl : ( 'map' ) ;
    public final void rule__RegionMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3404:1: ( ( 'map' ) )
            // InternalAssign.g:3405:1: ( 'map' )
            {
            // InternalAssign.g:3405:1: ( 'map' )
            // InternalAssign.g:3406:2: 'map'
            {
             before(grammarAccess.getRegionMappingAccess().getMapKeyword_0()); 
            match(input,69,FOLLOW_2); 
             after(grammarAccess.getRegionMappingAccess().getMapKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__Group__0__Impl"


    // $ANTLR start "rule__RegionMapping__Group__1"
    // InternalAssign.g:3415:1: rule__RegionMapping__Group__1 : rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 ;
    public final void rule__RegionMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3419:1: ( rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 )
            // InternalAssign.g:3420:2: rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2
            {
            pushFollow(FOLLOW_27);
            rule__RegionMapping__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RegionMapping__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__Group__1"


    // $ANTLR start "rule__RegionMapping__Group__1__Impl"
    // InternalAssign.g:3427:1: rule__RegionMapping__Group__1__Impl : ( ( rule__RegionMapping__RegionAssignment_1 ) ) ;
    public final void rule__RegionMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3431:1: ( ( ( rule__RegionMapping__RegionAssignment_1 ) ) )
            // InternalAssign.g:3432:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            {
            // InternalAssign.g:3432:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            // InternalAssign.g:3433:2: ( rule__RegionMapping__RegionAssignment_1 )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionAssignment_1()); 
            // InternalAssign.g:3434:2: ( rule__RegionMapping__RegionAssignment_1 )
            // InternalAssign.g:3434:3: rule__RegionMapping__RegionAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__RegionMapping__RegionAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getRegionMappingAccess().getRegionAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__Group__1__Impl"


    // $ANTLR start "rule__RegionMapping__Group__2"
    // InternalAssign.g:3442:1: rule__RegionMapping__Group__2 : rule__RegionMapping__Group__2__Impl ;
    public final void rule__RegionMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3446:1: ( rule__RegionMapping__Group__2__Impl )
            // InternalAssign.g:3447:2: rule__RegionMapping__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__RegionMapping__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__Group__2"


    // $ANTLR start "rule__RegionMapping__Group__2__Impl"
    // InternalAssign.g:3453:1: rule__RegionMapping__Group__2__Impl : ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) ;
    public final void rule__RegionMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3457:1: ( ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) )
            // InternalAssign.g:3458:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            {
            // InternalAssign.g:3458:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            // InternalAssign.g:3459:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyAssignment_2()); 
            // InternalAssign.g:3460:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==12) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalAssign.g:3460:3: rule__RegionMapping__ReadOnlyAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__RegionMapping__ReadOnlyAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getRegionMappingAccess().getReadOnlyAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__Group__2__Impl"


    // $ANTLR start "rule__IrqBinding__Group__0"
    // InternalAssign.g:3469:1: rule__IrqBinding__Group__0 : rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 ;
    public final void rule__IrqBinding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3473:1: ( rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 )
            // InternalAssign.g:3474:2: rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1
            {
            pushFollow(FOLLOW_26);
            rule__IrqBinding__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__0"


    // $ANTLR start "rule__IrqBinding__Group__0__Impl"
    // InternalAssign.g:3481:1: rule__IrqBinding__Group__0__Impl : ( 'irq' ) ;
    public final void rule__IrqBinding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3485:1: ( ( 'irq' ) )
            // InternalAssign.g:3486:1: ( 'irq' )
            {
            // InternalAssign.g:3486:1: ( 'irq' )
            // InternalAssign.g:3487:2: 'irq'
            {
             before(grammarAccess.getIrqBindingAccess().getIrqKeyword_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getIrqBindingAccess().getIrqKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__0__Impl"


    // $ANTLR start "rule__IrqBinding__Group__1"
    // InternalAssign.g:3496:1: rule__IrqBinding__Group__1 : rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 ;
    public final void rule__IrqBinding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3500:1: ( rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 )
            // InternalAssign.g:3501:2: rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2
            {
            pushFollow(FOLLOW_28);
            rule__IrqBinding__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__1"


    // $ANTLR start "rule__IrqBinding__Group__1__Impl"
    // InternalAssign.g:3508:1: rule__IrqBinding__Group__1__Impl : ( ( rule__IrqBinding__InterruptAssignment_1 ) ) ;
    public final void rule__IrqBinding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3512:1: ( ( ( rule__IrqBinding__InterruptAssignment_1 ) ) )
            // InternalAssign.g:3513:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            {
            // InternalAssign.g:3513:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            // InternalAssign.g:3514:2: ( rule__IrqBinding__InterruptAssignment_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptAssignment_1()); 
            // InternalAssign.g:3515:2: ( rule__IrqBinding__InterruptAssignment_1 )
            // InternalAssign.g:3515:3: rule__IrqBinding__InterruptAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__InterruptAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getIrqBindingAccess().getInterruptAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__1__Impl"


    // $ANTLR start "rule__IrqBinding__Group__2"
    // InternalAssign.g:3523:1: rule__IrqBinding__Group__2 : rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 ;
    public final void rule__IrqBinding__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3527:1: ( rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 )
            // InternalAssign.g:3528:2: rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3
            {
            pushFollow(FOLLOW_28);
            rule__IrqBinding__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__2"


    // $ANTLR start "rule__IrqBinding__Group__2__Impl"
    // InternalAssign.g:3535:1: rule__IrqBinding__Group__2__Impl : ( ( rule__IrqBinding__Group_2__0 )? ) ;
    public final void rule__IrqBinding__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3539:1: ( ( ( rule__IrqBinding__Group_2__0 )? ) )
            // InternalAssign.g:3540:1: ( ( rule__IrqBinding__Group_2__0 )? )
            {
            // InternalAssign.g:3540:1: ( ( rule__IrqBinding__Group_2__0 )? )
            // InternalAssign.g:3541:2: ( rule__IrqBinding__Group_2__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_2()); 
            // InternalAssign.g:3542:2: ( rule__IrqBinding__Group_2__0 )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==71) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalAssign.g:3542:3: rule__IrqBinding__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__IrqBinding__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getIrqBindingAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__2__Impl"


    // $ANTLR start "rule__IrqBinding__Group__3"
    // InternalAssign.g:3550:1: rule__IrqBinding__Group__3 : rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 ;
    public final void rule__IrqBinding__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3554:1: ( rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 )
            // InternalAssign.g:3555:2: rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4
            {
            pushFollow(FOLLOW_28);
            rule__IrqBinding__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__3"


    // $ANTLR start "rule__IrqBinding__Group__3__Impl"
    // InternalAssign.g:3562:1: rule__IrqBinding__Group__3__Impl : ( ( rule__IrqBinding__Group_3__0 )? ) ;
    public final void rule__IrqBinding__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3566:1: ( ( ( rule__IrqBinding__Group_3__0 )? ) )
            // InternalAssign.g:3567:1: ( ( rule__IrqBinding__Group_3__0 )? )
            {
            // InternalAssign.g:3567:1: ( ( rule__IrqBinding__Group_3__0 )? )
            // InternalAssign.g:3568:2: ( rule__IrqBinding__Group_3__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_3()); 
            // InternalAssign.g:3569:2: ( rule__IrqBinding__Group_3__0 )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==72) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalAssign.g:3569:3: rule__IrqBinding__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__IrqBinding__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getIrqBindingAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__3__Impl"


    // $ANTLR start "rule__IrqBinding__Group__4"
    // InternalAssign.g:3577:1: rule__IrqBinding__Group__4 : rule__IrqBinding__Group__4__Impl ;
    public final void rule__IrqBinding__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3581:1: ( rule__IrqBinding__Group__4__Impl )
            // InternalAssign.g:3582:2: rule__IrqBinding__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__4"


    // $ANTLR start "rule__IrqBinding__Group__4__Impl"
    // InternalAssign.g:3588:1: rule__IrqBinding__Group__4__Impl : ( ( rule__IrqBinding__ModeAssignment_4 ) ) ;
    public final void rule__IrqBinding__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3592:1: ( ( ( rule__IrqBinding__ModeAssignment_4 ) ) )
            // InternalAssign.g:3593:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            {
            // InternalAssign.g:3593:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            // InternalAssign.g:3594:2: ( rule__IrqBinding__ModeAssignment_4 )
            {
             before(grammarAccess.getIrqBindingAccess().getModeAssignment_4()); 
            // InternalAssign.g:3595:2: ( rule__IrqBinding__ModeAssignment_4 )
            // InternalAssign.g:3595:3: rule__IrqBinding__ModeAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__ModeAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getIrqBindingAccess().getModeAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group__4__Impl"


    // $ANTLR start "rule__IrqBinding__Group_2__0"
    // InternalAssign.g:3604:1: rule__IrqBinding__Group_2__0 : rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 ;
    public final void rule__IrqBinding__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3608:1: ( rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 )
            // InternalAssign.g:3609:2: rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1
            {
            pushFollow(FOLLOW_14);
            rule__IrqBinding__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_2__0"


    // $ANTLR start "rule__IrqBinding__Group_2__0__Impl"
    // InternalAssign.g:3616:1: rule__IrqBinding__Group_2__0__Impl : ( 'start' ) ;
    public final void rule__IrqBinding__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3620:1: ( ( 'start' ) )
            // InternalAssign.g:3621:1: ( 'start' )
            {
            // InternalAssign.g:3621:1: ( 'start' )
            // InternalAssign.g:3622:2: 'start'
            {
             before(grammarAccess.getIrqBindingAccess().getStartKeyword_2_0()); 
            match(input,71,FOLLOW_2); 
             after(grammarAccess.getIrqBindingAccess().getStartKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_2__0__Impl"


    // $ANTLR start "rule__IrqBinding__Group_2__1"
    // InternalAssign.g:3631:1: rule__IrqBinding__Group_2__1 : rule__IrqBinding__Group_2__1__Impl ;
    public final void rule__IrqBinding__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3635:1: ( rule__IrqBinding__Group_2__1__Impl )
            // InternalAssign.g:3636:2: rule__IrqBinding__Group_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_2__1"


    // $ANTLR start "rule__IrqBinding__Group_2__1__Impl"
    // InternalAssign.g:3642:1: rule__IrqBinding__Group_2__1__Impl : ( ( rule__IrqBinding__StartAssignment_2_1 ) ) ;
    public final void rule__IrqBinding__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3646:1: ( ( ( rule__IrqBinding__StartAssignment_2_1 ) ) )
            // InternalAssign.g:3647:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            {
            // InternalAssign.g:3647:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            // InternalAssign.g:3648:2: ( rule__IrqBinding__StartAssignment_2_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getStartAssignment_2_1()); 
            // InternalAssign.g:3649:2: ( rule__IrqBinding__StartAssignment_2_1 )
            // InternalAssign.g:3649:3: rule__IrqBinding__StartAssignment_2_1
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__StartAssignment_2_1();

            state._fsp--;


            }

             after(grammarAccess.getIrqBindingAccess().getStartAssignment_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_2__1__Impl"


    // $ANTLR start "rule__IrqBinding__Group_3__0"
    // InternalAssign.g:3658:1: rule__IrqBinding__Group_3__0 : rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 ;
    public final void rule__IrqBinding__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3662:1: ( rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 )
            // InternalAssign.g:3663:2: rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1
            {
            pushFollow(FOLLOW_14);
            rule__IrqBinding__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_3__0"


    // $ANTLR start "rule__IrqBinding__Group_3__0__Impl"
    // InternalAssign.g:3670:1: rule__IrqBinding__Group_3__0__Impl : ( 'count' ) ;
    public final void rule__IrqBinding__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3674:1: ( ( 'count' ) )
            // InternalAssign.g:3675:1: ( 'count' )
            {
            // InternalAssign.g:3675:1: ( 'count' )
            // InternalAssign.g:3676:2: 'count'
            {
             before(grammarAccess.getIrqBindingAccess().getCountKeyword_3_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getIrqBindingAccess().getCountKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_3__0__Impl"


    // $ANTLR start "rule__IrqBinding__Group_3__1"
    // InternalAssign.g:3685:1: rule__IrqBinding__Group_3__1 : rule__IrqBinding__Group_3__1__Impl ;
    public final void rule__IrqBinding__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3689:1: ( rule__IrqBinding__Group_3__1__Impl )
            // InternalAssign.g:3690:2: rule__IrqBinding__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_3__1"


    // $ANTLR start "rule__IrqBinding__Group_3__1__Impl"
    // InternalAssign.g:3696:1: rule__IrqBinding__Group_3__1__Impl : ( ( rule__IrqBinding__CountAssignment_3_1 ) ) ;
    public final void rule__IrqBinding__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3700:1: ( ( ( rule__IrqBinding__CountAssignment_3_1 ) ) )
            // InternalAssign.g:3701:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            {
            // InternalAssign.g:3701:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            // InternalAssign.g:3702:2: ( rule__IrqBinding__CountAssignment_3_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getCountAssignment_3_1()); 
            // InternalAssign.g:3703:2: ( rule__IrqBinding__CountAssignment_3_1 )
            // InternalAssign.g:3703:3: rule__IrqBinding__CountAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__IrqBinding__CountAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getIrqBindingAccess().getCountAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__Group_3__1__Impl"


    // $ANTLR start "rule__DmaWindow__Group__0"
    // InternalAssign.g:3712:1: rule__DmaWindow__Group__0 : rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 ;
    public final void rule__DmaWindow__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3716:1: ( rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 )
            // InternalAssign.g:3717:2: rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1
            {
            pushFollow(FOLLOW_29);
            rule__DmaWindow__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__0"


    // $ANTLR start "rule__DmaWindow__Group__0__Impl"
    // InternalAssign.g:3724:1: rule__DmaWindow__Group__0__Impl : ( 'dma' ) ;
    public final void rule__DmaWindow__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3728:1: ( ( 'dma' ) )
            // InternalAssign.g:3729:1: ( 'dma' )
            {
            // InternalAssign.g:3729:1: ( 'dma' )
            // InternalAssign.g:3730:2: 'dma'
            {
             before(grammarAccess.getDmaWindowAccess().getDmaKeyword_0()); 
            match(input,73,FOLLOW_2); 
             after(grammarAccess.getDmaWindowAccess().getDmaKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__0__Impl"


    // $ANTLR start "rule__DmaWindow__Group__1"
    // InternalAssign.g:3739:1: rule__DmaWindow__Group__1 : rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 ;
    public final void rule__DmaWindow__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3743:1: ( rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 )
            // InternalAssign.g:3744:2: rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2
            {
            pushFollow(FOLLOW_29);
            rule__DmaWindow__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__1"


    // $ANTLR start "rule__DmaWindow__Group__1__Impl"
    // InternalAssign.g:3751:1: rule__DmaWindow__Group__1__Impl : ( ( rule__DmaWindow__NameAssignment_1 )? ) ;
    public final void rule__DmaWindow__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3755:1: ( ( ( rule__DmaWindow__NameAssignment_1 )? ) )
            // InternalAssign.g:3756:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            {
            // InternalAssign.g:3756:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            // InternalAssign.g:3757:2: ( rule__DmaWindow__NameAssignment_1 )?
            {
             before(grammarAccess.getDmaWindowAccess().getNameAssignment_1()); 
            // InternalAssign.g:3758:2: ( rule__DmaWindow__NameAssignment_1 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==RULE_ID) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalAssign.g:3758:3: rule__DmaWindow__NameAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__DmaWindow__NameAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDmaWindowAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__1__Impl"


    // $ANTLR start "rule__DmaWindow__Group__2"
    // InternalAssign.g:3766:1: rule__DmaWindow__Group__2 : rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 ;
    public final void rule__DmaWindow__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3770:1: ( rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 )
            // InternalAssign.g:3771:2: rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3
            {
            pushFollow(FOLLOW_13);
            rule__DmaWindow__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__2"


    // $ANTLR start "rule__DmaWindow__Group__2__Impl"
    // InternalAssign.g:3778:1: rule__DmaWindow__Group__2__Impl : ( 'at' ) ;
    public final void rule__DmaWindow__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3782:1: ( ( 'at' ) )
            // InternalAssign.g:3783:1: ( 'at' )
            {
            // InternalAssign.g:3783:1: ( 'at' )
            // InternalAssign.g:3784:2: 'at'
            {
             before(grammarAccess.getDmaWindowAccess().getAtKeyword_2()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getDmaWindowAccess().getAtKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__2__Impl"


    // $ANTLR start "rule__DmaWindow__Group__3"
    // InternalAssign.g:3793:1: rule__DmaWindow__Group__3 : rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 ;
    public final void rule__DmaWindow__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3797:1: ( rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 )
            // InternalAssign.g:3798:2: rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4
            {
            pushFollow(FOLLOW_30);
            rule__DmaWindow__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__3"


    // $ANTLR start "rule__DmaWindow__Group__3__Impl"
    // InternalAssign.g:3805:1: rule__DmaWindow__Group__3__Impl : ( ( rule__DmaWindow__IovaAssignment_3 ) ) ;
    public final void rule__DmaWindow__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3809:1: ( ( ( rule__DmaWindow__IovaAssignment_3 ) ) )
            // InternalAssign.g:3810:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            {
            // InternalAssign.g:3810:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            // InternalAssign.g:3811:2: ( rule__DmaWindow__IovaAssignment_3 )
            {
             before(grammarAccess.getDmaWindowAccess().getIovaAssignment_3()); 
            // InternalAssign.g:3812:2: ( rule__DmaWindow__IovaAssignment_3 )
            // InternalAssign.g:3812:3: rule__DmaWindow__IovaAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__DmaWindow__IovaAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getDmaWindowAccess().getIovaAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__3__Impl"


    // $ANTLR start "rule__DmaWindow__Group__4"
    // InternalAssign.g:3820:1: rule__DmaWindow__Group__4 : rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 ;
    public final void rule__DmaWindow__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3824:1: ( rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 )
            // InternalAssign.g:3825:2: rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5
            {
            pushFollow(FOLLOW_13);
            rule__DmaWindow__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__4"


    // $ANTLR start "rule__DmaWindow__Group__4__Impl"
    // InternalAssign.g:3832:1: rule__DmaWindow__Group__4__Impl : ( 'size' ) ;
    public final void rule__DmaWindow__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3836:1: ( ( 'size' ) )
            // InternalAssign.g:3837:1: ( 'size' )
            {
            // InternalAssign.g:3837:1: ( 'size' )
            // InternalAssign.g:3838:2: 'size'
            {
             before(grammarAccess.getDmaWindowAccess().getSizeKeyword_4()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getDmaWindowAccess().getSizeKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__4__Impl"


    // $ANTLR start "rule__DmaWindow__Group__5"
    // InternalAssign.g:3847:1: rule__DmaWindow__Group__5 : rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 ;
    public final void rule__DmaWindow__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3851:1: ( rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 )
            // InternalAssign.g:3852:2: rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6
            {
            pushFollow(FOLLOW_31);
            rule__DmaWindow__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__5"


    // $ANTLR start "rule__DmaWindow__Group__5__Impl"
    // InternalAssign.g:3859:1: rule__DmaWindow__Group__5__Impl : ( ( rule__DmaWindow__SizeAssignment_5 ) ) ;
    public final void rule__DmaWindow__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3863:1: ( ( ( rule__DmaWindow__SizeAssignment_5 ) ) )
            // InternalAssign.g:3864:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            {
            // InternalAssign.g:3864:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            // InternalAssign.g:3865:2: ( rule__DmaWindow__SizeAssignment_5 )
            {
             before(grammarAccess.getDmaWindowAccess().getSizeAssignment_5()); 
            // InternalAssign.g:3866:2: ( rule__DmaWindow__SizeAssignment_5 )
            // InternalAssign.g:3866:3: rule__DmaWindow__SizeAssignment_5
            {
            pushFollow(FOLLOW_2);
            rule__DmaWindow__SizeAssignment_5();

            state._fsp--;


            }

             after(grammarAccess.getDmaWindowAccess().getSizeAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__5__Impl"


    // $ANTLR start "rule__DmaWindow__Group__6"
    // InternalAssign.g:3874:1: rule__DmaWindow__Group__6 : rule__DmaWindow__Group__6__Impl ;
    public final void rule__DmaWindow__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3878:1: ( rule__DmaWindow__Group__6__Impl )
            // InternalAssign.g:3879:2: rule__DmaWindow__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DmaWindow__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__6"


    // $ANTLR start "rule__DmaWindow__Group__6__Impl"
    // InternalAssign.g:3885:1: rule__DmaWindow__Group__6__Impl : ( ( rule__DmaWindow__Alternatives_6 )? ) ;
    public final void rule__DmaWindow__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3889:1: ( ( ( rule__DmaWindow__Alternatives_6 )? ) )
            // InternalAssign.g:3890:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            {
            // InternalAssign.g:3890:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            // InternalAssign.g:3891:2: ( rule__DmaWindow__Alternatives_6 )?
            {
             before(grammarAccess.getDmaWindowAccess().getAlternatives_6()); 
            // InternalAssign.g:3892:2: ( rule__DmaWindow__Alternatives_6 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( ((LA40_0>=12 && LA40_0<=13)) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalAssign.g:3892:3: rule__DmaWindow__Alternatives_6
                    {
                    pushFollow(FOLLOW_2);
                    rule__DmaWindow__Alternatives_6();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDmaWindowAccess().getAlternatives_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__Group__6__Impl"


    // $ANTLR start "rule__InlineBoard__Group__0"
    // InternalAssign.g:3901:1: rule__InlineBoard__Group__0 : rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 ;
    public final void rule__InlineBoard__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3905:1: ( rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 )
            // InternalAssign.g:3906:2: rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__InlineBoard__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__0"


    // $ANTLR start "rule__InlineBoard__Group__0__Impl"
    // InternalAssign.g:3913:1: rule__InlineBoard__Group__0__Impl : ( ( rule__InlineBoard__NameAssignment_0 ) ) ;
    public final void rule__InlineBoard__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3917:1: ( ( ( rule__InlineBoard__NameAssignment_0 ) ) )
            // InternalAssign.g:3918:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            {
            // InternalAssign.g:3918:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            // InternalAssign.g:3919:2: ( rule__InlineBoard__NameAssignment_0 )
            {
             before(grammarAccess.getInlineBoardAccess().getNameAssignment_0()); 
            // InternalAssign.g:3920:2: ( rule__InlineBoard__NameAssignment_0 )
            // InternalAssign.g:3920:3: rule__InlineBoard__NameAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__NameAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getNameAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__0__Impl"


    // $ANTLR start "rule__InlineBoard__Group__1"
    // InternalAssign.g:3928:1: rule__InlineBoard__Group__1 : rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 ;
    public final void rule__InlineBoard__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3932:1: ( rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 )
            // InternalAssign.g:3933:2: rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__InlineBoard__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__1"


    // $ANTLR start "rule__InlineBoard__Group__1__Impl"
    // InternalAssign.g:3940:1: rule__InlineBoard__Group__1__Impl : ( '{' ) ;
    public final void rule__InlineBoard__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3944:1: ( ( '{' ) )
            // InternalAssign.g:3945:1: ( '{' )
            {
            // InternalAssign.g:3945:1: ( '{' )
            // InternalAssign.g:3946:2: '{'
            {
             before(grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__1__Impl"


    // $ANTLR start "rule__InlineBoard__Group__2"
    // InternalAssign.g:3955:1: rule__InlineBoard__Group__2 : rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 ;
    public final void rule__InlineBoard__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3959:1: ( rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 )
            // InternalAssign.g:3960:2: rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3
            {
            pushFollow(FOLLOW_33);
            rule__InlineBoard__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__2"


    // $ANTLR start "rule__InlineBoard__Group__2__Impl"
    // InternalAssign.g:3967:1: rule__InlineBoard__Group__2__Impl : ( ( rule__InlineBoard__UnorderedGroup_2 ) ) ;
    public final void rule__InlineBoard__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3971:1: ( ( ( rule__InlineBoard__UnorderedGroup_2 ) ) )
            // InternalAssign.g:3972:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            {
            // InternalAssign.g:3972:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            // InternalAssign.g:3973:2: ( rule__InlineBoard__UnorderedGroup_2 )
            {
             before(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2()); 
            // InternalAssign.g:3974:2: ( rule__InlineBoard__UnorderedGroup_2 )
            // InternalAssign.g:3974:3: rule__InlineBoard__UnorderedGroup_2
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__UnorderedGroup_2();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__2__Impl"


    // $ANTLR start "rule__InlineBoard__Group__3"
    // InternalAssign.g:3982:1: rule__InlineBoard__Group__3 : rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 ;
    public final void rule__InlineBoard__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3986:1: ( rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 )
            // InternalAssign.g:3987:2: rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4
            {
            pushFollow(FOLLOW_33);
            rule__InlineBoard__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__3"


    // $ANTLR start "rule__InlineBoard__Group__3__Impl"
    // InternalAssign.g:3994:1: rule__InlineBoard__Group__3__Impl : ( ( rule__InlineBoard__Alternatives_3 )* ) ;
    public final void rule__InlineBoard__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3998:1: ( ( ( rule__InlineBoard__Alternatives_3 )* ) )
            // InternalAssign.g:3999:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            {
            // InternalAssign.g:3999:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            // InternalAssign.g:4000:2: ( rule__InlineBoard__Alternatives_3 )*
            {
             before(grammarAccess.getInlineBoardAccess().getAlternatives_3()); 
            // InternalAssign.g:4001:2: ( rule__InlineBoard__Alternatives_3 )*
            loop41:
            do {
                int alt41=2;
                int LA41_0 = input.LA(1);

                if ( (LA41_0==19||LA41_0==30||LA41_0==80) ) {
                    alt41=1;
                }


                switch (alt41) {
            	case 1 :
            	    // InternalAssign.g:4001:3: rule__InlineBoard__Alternatives_3
            	    {
            	    pushFollow(FOLLOW_34);
            	    rule__InlineBoard__Alternatives_3();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop41;
                }
            } while (true);

             after(grammarAccess.getInlineBoardAccess().getAlternatives_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__3__Impl"


    // $ANTLR start "rule__InlineBoard__Group__4"
    // InternalAssign.g:4009:1: rule__InlineBoard__Group__4 : rule__InlineBoard__Group__4__Impl ;
    public final void rule__InlineBoard__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4013:1: ( rule__InlineBoard__Group__4__Impl )
            // InternalAssign.g:4014:2: rule__InlineBoard__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__4"


    // $ANTLR start "rule__InlineBoard__Group__4__Impl"
    // InternalAssign.g:4020:1: rule__InlineBoard__Group__4__Impl : ( '}' ) ;
    public final void rule__InlineBoard__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4024:1: ( ( '}' ) )
            // InternalAssign.g:4025:1: ( '}' )
            {
            // InternalAssign.g:4025:1: ( '}' )
            // InternalAssign.g:4026:2: '}'
            {
             before(grammarAccess.getInlineBoardAccess().getRightCurlyBracketKeyword_4()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getInlineBoardAccess().getRightCurlyBracketKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group__4__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_0__0"
    // InternalAssign.g:4036:1: rule__InlineBoard__Group_2_0__0 : rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 ;
    public final void rule__InlineBoard__Group_2_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4040:1: ( rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 )
            // InternalAssign.g:4041:2: rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1
            {
            pushFollow(FOLLOW_5);
            rule__InlineBoard__Group_2_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_0__0"


    // $ANTLR start "rule__InlineBoard__Group_2_0__0__Impl"
    // InternalAssign.g:4048:1: rule__InlineBoard__Group_2_0__0__Impl : ( 'arch' ) ;
    public final void rule__InlineBoard__Group_2_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4052:1: ( ( 'arch' ) )
            // InternalAssign.g:4053:1: ( 'arch' )
            {
            // InternalAssign.g:4053:1: ( 'arch' )
            // InternalAssign.g:4054:2: 'arch'
            {
             before(grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0()); 
            match(input,76,FOLLOW_2); 
             after(grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_0__0__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_0__1"
    // InternalAssign.g:4063:1: rule__InlineBoard__Group_2_0__1 : rule__InlineBoard__Group_2_0__1__Impl ;
    public final void rule__InlineBoard__Group_2_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4067:1: ( rule__InlineBoard__Group_2_0__1__Impl )
            // InternalAssign.g:4068:2: rule__InlineBoard__Group_2_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_0__1"


    // $ANTLR start "rule__InlineBoard__Group_2_0__1__Impl"
    // InternalAssign.g:4074:1: rule__InlineBoard__Group_2_0__1__Impl : ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) ;
    public final void rule__InlineBoard__Group_2_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4078:1: ( ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) )
            // InternalAssign.g:4079:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            {
            // InternalAssign.g:4079:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            // InternalAssign.g:4080:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getArchitectureAssignment_2_0_1()); 
            // InternalAssign.g:4081:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            // InternalAssign.g:4081:3: rule__InlineBoard__ArchitectureAssignment_2_0_1
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__ArchitectureAssignment_2_0_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getArchitectureAssignment_2_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_0__1__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_1__0"
    // InternalAssign.g:4090:1: rule__InlineBoard__Group_2_1__0 : rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 ;
    public final void rule__InlineBoard__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4094:1: ( rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 )
            // InternalAssign.g:4095:2: rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1
            {
            pushFollow(FOLLOW_13);
            rule__InlineBoard__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_1__0"


    // $ANTLR start "rule__InlineBoard__Group_2_1__0__Impl"
    // InternalAssign.g:4102:1: rule__InlineBoard__Group_2_1__0__Impl : ( 'page' ) ;
    public final void rule__InlineBoard__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4106:1: ( ( 'page' ) )
            // InternalAssign.g:4107:1: ( 'page' )
            {
            // InternalAssign.g:4107:1: ( 'page' )
            // InternalAssign.g:4108:2: 'page'
            {
             before(grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0()); 
            match(input,77,FOLLOW_2); 
             after(grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_1__0__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_1__1"
    // InternalAssign.g:4117:1: rule__InlineBoard__Group_2_1__1 : rule__InlineBoard__Group_2_1__1__Impl ;
    public final void rule__InlineBoard__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4121:1: ( rule__InlineBoard__Group_2_1__1__Impl )
            // InternalAssign.g:4122:2: rule__InlineBoard__Group_2_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_1__1"


    // $ANTLR start "rule__InlineBoard__Group_2_1__1__Impl"
    // InternalAssign.g:4128:1: rule__InlineBoard__Group_2_1__1__Impl : ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) ;
    public final void rule__InlineBoard__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4132:1: ( ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) )
            // InternalAssign.g:4133:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            {
            // InternalAssign.g:4133:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            // InternalAssign.g:4134:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getPageSizeAssignment_2_1_1()); 
            // InternalAssign.g:4135:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            // InternalAssign.g:4135:3: rule__InlineBoard__PageSizeAssignment_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__PageSizeAssignment_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getPageSizeAssignment_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_1__1__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_2__0"
    // InternalAssign.g:4144:1: rule__InlineBoard__Group_2_2__0 : rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 ;
    public final void rule__InlineBoard__Group_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4148:1: ( rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 )
            // InternalAssign.g:4149:2: rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1
            {
            pushFollow(FOLLOW_9);
            rule__InlineBoard__Group_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_2__0"


    // $ANTLR start "rule__InlineBoard__Group_2_2__0__Impl"
    // InternalAssign.g:4156:1: rule__InlineBoard__Group_2_2__0__Impl : ( 'kernel' ) ;
    public final void rule__InlineBoard__Group_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4160:1: ( ( 'kernel' ) )
            // InternalAssign.g:4161:1: ( 'kernel' )
            {
            // InternalAssign.g:4161:1: ( 'kernel' )
            // InternalAssign.g:4162:2: 'kernel'
            {
             before(grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0()); 
            match(input,78,FOLLOW_2); 
             after(grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_2__0__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_2__1"
    // InternalAssign.g:4171:1: rule__InlineBoard__Group_2_2__1 : rule__InlineBoard__Group_2_2__1__Impl ;
    public final void rule__InlineBoard__Group_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4175:1: ( rule__InlineBoard__Group_2_2__1__Impl )
            // InternalAssign.g:4176:2: rule__InlineBoard__Group_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_2__1"


    // $ANTLR start "rule__InlineBoard__Group_2_2__1__Impl"
    // InternalAssign.g:4182:1: rule__InlineBoard__Group_2_2__1__Impl : ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) ;
    public final void rule__InlineBoard__Group_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4186:1: ( ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) )
            // InternalAssign.g:4187:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            {
            // InternalAssign.g:4187:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            // InternalAssign.g:4188:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelVersionAssignment_2_2_1()); 
            // InternalAssign.g:4189:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            // InternalAssign.g:4189:3: rule__InlineBoard__KernelVersionAssignment_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__KernelVersionAssignment_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getKernelVersionAssignment_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_2__1__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_3__0"
    // InternalAssign.g:4198:1: rule__InlineBoard__Group_2_3__0 : rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 ;
    public final void rule__InlineBoard__Group_2_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4202:1: ( rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 )
            // InternalAssign.g:4203:2: rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1
            {
            pushFollow(FOLLOW_35);
            rule__InlineBoard__Group_2_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_3__0"


    // $ANTLR start "rule__InlineBoard__Group_2_3__0__Impl"
    // InternalAssign.g:4210:1: rule__InlineBoard__Group_2_3__0__Impl : ( 'capabilities' ) ;
    public final void rule__InlineBoard__Group_2_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4214:1: ( ( 'capabilities' ) )
            // InternalAssign.g:4215:1: ( 'capabilities' )
            {
            // InternalAssign.g:4215:1: ( 'capabilities' )
            // InternalAssign.g:4216:2: 'capabilities'
            {
             before(grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0()); 
            match(input,79,FOLLOW_2); 
             after(grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_3__0__Impl"


    // $ANTLR start "rule__InlineBoard__Group_2_3__1"
    // InternalAssign.g:4225:1: rule__InlineBoard__Group_2_3__1 : rule__InlineBoard__Group_2_3__1__Impl ;
    public final void rule__InlineBoard__Group_2_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4229:1: ( rule__InlineBoard__Group_2_3__1__Impl )
            // InternalAssign.g:4230:2: rule__InlineBoard__Group_2_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__Group_2_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_3__1"


    // $ANTLR start "rule__InlineBoard__Group_2_3__1__Impl"
    // InternalAssign.g:4236:1: rule__InlineBoard__Group_2_3__1__Impl : ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) ;
    public final void rule__InlineBoard__Group_2_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4240:1: ( ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) )
            // InternalAssign.g:4241:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            {
            // InternalAssign.g:4241:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            // InternalAssign.g:4242:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            {
            // InternalAssign.g:4242:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) )
            // InternalAssign.g:4243:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:4244:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            // InternalAssign.g:4244:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            {
            pushFollow(FOLLOW_36);
            rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 

            }

            // InternalAssign.g:4247:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            // InternalAssign.g:4248:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:4249:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            loop42:
            do {
                int alt42=2;
                int LA42_0 = input.LA(1);

                if ( ((LA42_0>=27 && LA42_0<=29)||(LA42_0>=37 && LA42_0<=40)) ) {
                    alt42=1;
                }


                switch (alt42) {
            	case 1 :
            	    // InternalAssign.g:4249:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            	    {
            	    pushFollow(FOLLOW_36);
            	    rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop42;
                }
            } while (true);

             after(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 

            }


            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__Group_2_3__1__Impl"


    // $ANTLR start "rule__PciDevice__Group__0"
    // InternalAssign.g:4259:1: rule__PciDevice__Group__0 : rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 ;
    public final void rule__PciDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4263:1: ( rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 )
            // InternalAssign.g:4264:2: rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1
            {
            pushFollow(FOLLOW_5);
            rule__PciDevice__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PciDevice__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__0"


    // $ANTLR start "rule__PciDevice__Group__0__Impl"
    // InternalAssign.g:4271:1: rule__PciDevice__Group__0__Impl : ( 'pci' ) ;
    public final void rule__PciDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4275:1: ( ( 'pci' ) )
            // InternalAssign.g:4276:1: ( 'pci' )
            {
            // InternalAssign.g:4276:1: ( 'pci' )
            // InternalAssign.g:4277:2: 'pci'
            {
             before(grammarAccess.getPciDeviceAccess().getPciKeyword_0()); 
            match(input,80,FOLLOW_2); 
             after(grammarAccess.getPciDeviceAccess().getPciKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__0__Impl"


    // $ANTLR start "rule__PciDevice__Group__1"
    // InternalAssign.g:4286:1: rule__PciDevice__Group__1 : rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 ;
    public final void rule__PciDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4290:1: ( rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 )
            // InternalAssign.g:4291:2: rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2
            {
            pushFollow(FOLLOW_9);
            rule__PciDevice__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PciDevice__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__1"


    // $ANTLR start "rule__PciDevice__Group__1__Impl"
    // InternalAssign.g:4298:1: rule__PciDevice__Group__1__Impl : ( ( rule__PciDevice__NameAssignment_1 ) ) ;
    public final void rule__PciDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4302:1: ( ( ( rule__PciDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:4303:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:4303:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            // InternalAssign.g:4304:2: ( rule__PciDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:4305:2: ( rule__PciDevice__NameAssignment_1 )
            // InternalAssign.g:4305:3: rule__PciDevice__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPciDeviceAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__1__Impl"


    // $ANTLR start "rule__PciDevice__Group__2"
    // InternalAssign.g:4313:1: rule__PciDevice__Group__2 : rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 ;
    public final void rule__PciDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4317:1: ( rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 )
            // InternalAssign.g:4318:2: rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3
            {
            pushFollow(FOLLOW_37);
            rule__PciDevice__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PciDevice__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__2"


    // $ANTLR start "rule__PciDevice__Group__2__Impl"
    // InternalAssign.g:4325:1: rule__PciDevice__Group__2__Impl : ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PciDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4329:1: ( ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:4330:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:4330:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:4331:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPciDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:4332:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:4332:3: rule__PciDevice__SysfsNameAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__SysfsNameAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getPciDeviceAccess().getSysfsNameAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__2__Impl"


    // $ANTLR start "rule__PciDevice__Group__3"
    // InternalAssign.g:4340:1: rule__PciDevice__Group__3 : rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 ;
    public final void rule__PciDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4344:1: ( rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 )
            // InternalAssign.g:4345:2: rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4
            {
            pushFollow(FOLLOW_38);
            rule__PciDevice__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PciDevice__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__3"


    // $ANTLR start "rule__PciDevice__Group__3__Impl"
    // InternalAssign.g:4352:1: rule__PciDevice__Group__3__Impl : ( ( rule__PciDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PciDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4356:1: ( ( ( rule__PciDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:4357:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:4357:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:4358:2: ( rule__PciDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:4359:2: ( rule__PciDevice__UnorderedGroup_3 )
            // InternalAssign.g:4359:3: rule__PciDevice__UnorderedGroup_3
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__UnorderedGroup_3();

            state._fsp--;


            }

             after(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__3__Impl"


    // $ANTLR start "rule__PciDevice__Group__4"
    // InternalAssign.g:4367:1: rule__PciDevice__Group__4 : rule__PciDevice__Group__4__Impl ;
    public final void rule__PciDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4371:1: ( rule__PciDevice__Group__4__Impl )
            // InternalAssign.g:4372:2: rule__PciDevice__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__4"


    // $ANTLR start "rule__PciDevice__Group__4__Impl"
    // InternalAssign.g:4378:1: rule__PciDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PciDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4382:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:4383:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:4383:1: ( ruleDeviceFacts )
            // InternalAssign.g:4384:2: ruleDeviceFacts
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceFactsParserRuleCall_4()); 
            pushFollow(FOLLOW_2);
            ruleDeviceFacts();

            state._fsp--;

             after(grammarAccess.getPciDeviceAccess().getDeviceFactsParserRuleCall_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group__4__Impl"


    // $ANTLR start "rule__PciDevice__Group_3_0__0"
    // InternalAssign.g:4394:1: rule__PciDevice__Group_3_0__0 : rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 ;
    public final void rule__PciDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4398:1: ( rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 )
            // InternalAssign.g:4399:2: rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1
            {
            pushFollow(FOLLOW_13);
            rule__PciDevice__Group_3_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PciDevice__Group_3_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_0__0"


    // $ANTLR start "rule__PciDevice__Group_3_0__0__Impl"
    // InternalAssign.g:4406:1: rule__PciDevice__Group_3_0__0__Impl : ( 'vendor' ) ;
    public final void rule__PciDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4410:1: ( ( 'vendor' ) )
            // InternalAssign.g:4411:1: ( 'vendor' )
            {
            // InternalAssign.g:4411:1: ( 'vendor' )
            // InternalAssign.g:4412:2: 'vendor'
            {
             before(grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0()); 
            match(input,81,FOLLOW_2); 
             after(grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_0__0__Impl"


    // $ANTLR start "rule__PciDevice__Group_3_0__1"
    // InternalAssign.g:4421:1: rule__PciDevice__Group_3_0__1 : rule__PciDevice__Group_3_0__1__Impl ;
    public final void rule__PciDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4425:1: ( rule__PciDevice__Group_3_0__1__Impl )
            // InternalAssign.g:4426:2: rule__PciDevice__Group_3_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__Group_3_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_0__1"


    // $ANTLR start "rule__PciDevice__Group_3_0__1__Impl"
    // InternalAssign.g:4432:1: rule__PciDevice__Group_3_0__1__Impl : ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) ;
    public final void rule__PciDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4436:1: ( ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) )
            // InternalAssign.g:4437:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            {
            // InternalAssign.g:4437:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            // InternalAssign.g:4438:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getVendorIdAssignment_3_0_1()); 
            // InternalAssign.g:4439:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            // InternalAssign.g:4439:3: rule__PciDevice__VendorIdAssignment_3_0_1
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__VendorIdAssignment_3_0_1();

            state._fsp--;


            }

             after(grammarAccess.getPciDeviceAccess().getVendorIdAssignment_3_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_0__1__Impl"


    // $ANTLR start "rule__PciDevice__Group_3_1__0"
    // InternalAssign.g:4448:1: rule__PciDevice__Group_3_1__0 : rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 ;
    public final void rule__PciDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4452:1: ( rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 )
            // InternalAssign.g:4453:2: rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1
            {
            pushFollow(FOLLOW_13);
            rule__PciDevice__Group_3_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PciDevice__Group_3_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_1__0"


    // $ANTLR start "rule__PciDevice__Group_3_1__0__Impl"
    // InternalAssign.g:4460:1: rule__PciDevice__Group_3_1__0__Impl : ( 'device' ) ;
    public final void rule__PciDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4464:1: ( ( 'device' ) )
            // InternalAssign.g:4465:1: ( 'device' )
            {
            // InternalAssign.g:4465:1: ( 'device' )
            // InternalAssign.g:4466:2: 'device'
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_1__0__Impl"


    // $ANTLR start "rule__PciDevice__Group_3_1__1"
    // InternalAssign.g:4475:1: rule__PciDevice__Group_3_1__1 : rule__PciDevice__Group_3_1__1__Impl ;
    public final void rule__PciDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4479:1: ( rule__PciDevice__Group_3_1__1__Impl )
            // InternalAssign.g:4480:2: rule__PciDevice__Group_3_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__Group_3_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_1__1"


    // $ANTLR start "rule__PciDevice__Group_3_1__1__Impl"
    // InternalAssign.g:4486:1: rule__PciDevice__Group_3_1__1__Impl : ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) ;
    public final void rule__PciDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4490:1: ( ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) )
            // InternalAssign.g:4491:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            {
            // InternalAssign.g:4491:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            // InternalAssign.g:4492:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceIdAssignment_3_1_1()); 
            // InternalAssign.g:4493:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            // InternalAssign.g:4493:3: rule__PciDevice__DeviceIdAssignment_3_1_1
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__DeviceIdAssignment_3_1_1();

            state._fsp--;


            }

             after(grammarAccess.getPciDeviceAccess().getDeviceIdAssignment_3_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_1__1__Impl"


    // $ANTLR start "rule__PciDevice__Group_3_2__0"
    // InternalAssign.g:4502:1: rule__PciDevice__Group_3_2__0 : rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 ;
    public final void rule__PciDevice__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4506:1: ( rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 )
            // InternalAssign.g:4507:2: rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1
            {
            pushFollow(FOLLOW_13);
            rule__PciDevice__Group_3_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PciDevice__Group_3_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_2__0"


    // $ANTLR start "rule__PciDevice__Group_3_2__0__Impl"
    // InternalAssign.g:4514:1: rule__PciDevice__Group_3_2__0__Impl : ( 'class' ) ;
    public final void rule__PciDevice__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4518:1: ( ( 'class' ) )
            // InternalAssign.g:4519:1: ( 'class' )
            {
            // InternalAssign.g:4519:1: ( 'class' )
            // InternalAssign.g:4520:2: 'class'
            {
             before(grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0()); 
            match(input,83,FOLLOW_2); 
             after(grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_2__0__Impl"


    // $ANTLR start "rule__PciDevice__Group_3_2__1"
    // InternalAssign.g:4529:1: rule__PciDevice__Group_3_2__1 : rule__PciDevice__Group_3_2__1__Impl ;
    public final void rule__PciDevice__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4533:1: ( rule__PciDevice__Group_3_2__1__Impl )
            // InternalAssign.g:4534:2: rule__PciDevice__Group_3_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__Group_3_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_2__1"


    // $ANTLR start "rule__PciDevice__Group_3_2__1__Impl"
    // InternalAssign.g:4540:1: rule__PciDevice__Group_3_2__1__Impl : ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) ;
    public final void rule__PciDevice__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4544:1: ( ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) )
            // InternalAssign.g:4545:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            {
            // InternalAssign.g:4545:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            // InternalAssign.g:4546:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getClassCodeAssignment_3_2_1()); 
            // InternalAssign.g:4547:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            // InternalAssign.g:4547:3: rule__PciDevice__ClassCodeAssignment_3_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__ClassCodeAssignment_3_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPciDeviceAccess().getClassCodeAssignment_3_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__Group_3_2__1__Impl"


    // $ANTLR start "rule__PlatformDevice__Group__0"
    // InternalAssign.g:4556:1: rule__PlatformDevice__Group__0 : rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 ;
    public final void rule__PlatformDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4560:1: ( rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 )
            // InternalAssign.g:4561:2: rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1
            {
            pushFollow(FOLLOW_5);
            rule__PlatformDevice__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__0"


    // $ANTLR start "rule__PlatformDevice__Group__0__Impl"
    // InternalAssign.g:4568:1: rule__PlatformDevice__Group__0__Impl : ( 'platform' ) ;
    public final void rule__PlatformDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4572:1: ( ( 'platform' ) )
            // InternalAssign.g:4573:1: ( 'platform' )
            {
            // InternalAssign.g:4573:1: ( 'platform' )
            // InternalAssign.g:4574:2: 'platform'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0()); 
            match(input,19,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__0__Impl"


    // $ANTLR start "rule__PlatformDevice__Group__1"
    // InternalAssign.g:4583:1: rule__PlatformDevice__Group__1 : rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 ;
    public final void rule__PlatformDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4587:1: ( rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 )
            // InternalAssign.g:4588:2: rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2
            {
            pushFollow(FOLLOW_9);
            rule__PlatformDevice__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__1"


    // $ANTLR start "rule__PlatformDevice__Group__1__Impl"
    // InternalAssign.g:4595:1: rule__PlatformDevice__Group__1__Impl : ( ( rule__PlatformDevice__NameAssignment_1 ) ) ;
    public final void rule__PlatformDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4599:1: ( ( ( rule__PlatformDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:4600:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:4600:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            // InternalAssign.g:4601:2: ( rule__PlatformDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:4602:2: ( rule__PlatformDevice__NameAssignment_1 )
            // InternalAssign.g:4602:3: rule__PlatformDevice__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPlatformDeviceAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__1__Impl"


    // $ANTLR start "rule__PlatformDevice__Group__2"
    // InternalAssign.g:4610:1: rule__PlatformDevice__Group__2 : rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 ;
    public final void rule__PlatformDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4614:1: ( rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 )
            // InternalAssign.g:4615:2: rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3
            {
            pushFollow(FOLLOW_39);
            rule__PlatformDevice__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__2"


    // $ANTLR start "rule__PlatformDevice__Group__2__Impl"
    // InternalAssign.g:4622:1: rule__PlatformDevice__Group__2__Impl : ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PlatformDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4626:1: ( ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:4627:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:4627:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:4628:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:4629:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:4629:3: rule__PlatformDevice__SysfsNameAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__SysfsNameAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getPlatformDeviceAccess().getSysfsNameAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__2__Impl"


    // $ANTLR start "rule__PlatformDevice__Group__3"
    // InternalAssign.g:4637:1: rule__PlatformDevice__Group__3 : rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 ;
    public final void rule__PlatformDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4641:1: ( rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 )
            // InternalAssign.g:4642:2: rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4
            {
            pushFollow(FOLLOW_38);
            rule__PlatformDevice__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__3"


    // $ANTLR start "rule__PlatformDevice__Group__3__Impl"
    // InternalAssign.g:4649:1: rule__PlatformDevice__Group__3__Impl : ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PlatformDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4653:1: ( ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:4654:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:4654:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:4655:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:4656:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            // InternalAssign.g:4656:3: rule__PlatformDevice__UnorderedGroup_3
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__UnorderedGroup_3();

            state._fsp--;


            }

             after(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__3__Impl"


    // $ANTLR start "rule__PlatformDevice__Group__4"
    // InternalAssign.g:4664:1: rule__PlatformDevice__Group__4 : rule__PlatformDevice__Group__4__Impl ;
    public final void rule__PlatformDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4668:1: ( rule__PlatformDevice__Group__4__Impl )
            // InternalAssign.g:4669:2: rule__PlatformDevice__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__4"


    // $ANTLR start "rule__PlatformDevice__Group__4__Impl"
    // InternalAssign.g:4675:1: rule__PlatformDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PlatformDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4679:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:4680:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:4680:1: ( ruleDeviceFacts )
            // InternalAssign.g:4681:2: ruleDeviceFacts
            {
             before(grammarAccess.getPlatformDeviceAccess().getDeviceFactsParserRuleCall_4()); 
            pushFollow(FOLLOW_2);
            ruleDeviceFacts();

            state._fsp--;

             after(grammarAccess.getPlatformDeviceAccess().getDeviceFactsParserRuleCall_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group__4__Impl"


    // $ANTLR start "rule__PlatformDevice__Group_3_0__0"
    // InternalAssign.g:4691:1: rule__PlatformDevice__Group_3_0__0 : rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 ;
    public final void rule__PlatformDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4695:1: ( rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 )
            // InternalAssign.g:4696:2: rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1
            {
            pushFollow(FOLLOW_9);
            rule__PlatformDevice__Group_3_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group_3_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_0__0"


    // $ANTLR start "rule__PlatformDevice__Group_3_0__0__Impl"
    // InternalAssign.g:4703:1: rule__PlatformDevice__Group_3_0__0__Impl : ( 'path' ) ;
    public final void rule__PlatformDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4707:1: ( ( 'path' ) )
            // InternalAssign.g:4708:1: ( 'path' )
            {
            // InternalAssign.g:4708:1: ( 'path' )
            // InternalAssign.g:4709:2: 'path'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0()); 
            match(input,84,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_0__0__Impl"


    // $ANTLR start "rule__PlatformDevice__Group_3_0__1"
    // InternalAssign.g:4718:1: rule__PlatformDevice__Group_3_0__1 : rule__PlatformDevice__Group_3_0__1__Impl ;
    public final void rule__PlatformDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4722:1: ( rule__PlatformDevice__Group_3_0__1__Impl )
            // InternalAssign.g:4723:2: rule__PlatformDevice__Group_3_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group_3_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_0__1"


    // $ANTLR start "rule__PlatformDevice__Group_3_0__1__Impl"
    // InternalAssign.g:4729:1: rule__PlatformDevice__Group_3_0__1__Impl : ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4733:1: ( ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) )
            // InternalAssign.g:4734:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            {
            // InternalAssign.g:4734:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            // InternalAssign.g:4735:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getDtPathAssignment_3_0_1()); 
            // InternalAssign.g:4736:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            // InternalAssign.g:4736:3: rule__PlatformDevice__DtPathAssignment_3_0_1
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__DtPathAssignment_3_0_1();

            state._fsp--;


            }

             after(grammarAccess.getPlatformDeviceAccess().getDtPathAssignment_3_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_0__1__Impl"


    // $ANTLR start "rule__PlatformDevice__Group_3_1__0"
    // InternalAssign.g:4745:1: rule__PlatformDevice__Group_3_1__0 : rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 ;
    public final void rule__PlatformDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4749:1: ( rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 )
            // InternalAssign.g:4750:2: rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1
            {
            pushFollow(FOLLOW_9);
            rule__PlatformDevice__Group_3_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group_3_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1__0"


    // $ANTLR start "rule__PlatformDevice__Group_3_1__0__Impl"
    // InternalAssign.g:4757:1: rule__PlatformDevice__Group_3_1__0__Impl : ( 'compatible' ) ;
    public final void rule__PlatformDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4761:1: ( ( 'compatible' ) )
            // InternalAssign.g:4762:1: ( 'compatible' )
            {
            // InternalAssign.g:4762:1: ( 'compatible' )
            // InternalAssign.g:4763:2: 'compatible'
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0()); 
            match(input,85,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1__0__Impl"


    // $ANTLR start "rule__PlatformDevice__Group_3_1__1"
    // InternalAssign.g:4772:1: rule__PlatformDevice__Group_3_1__1 : rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 ;
    public final void rule__PlatformDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4776:1: ( rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 )
            // InternalAssign.g:4777:2: rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2
            {
            pushFollow(FOLLOW_40);
            rule__PlatformDevice__Group_3_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group_3_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1__1"


    // $ANTLR start "rule__PlatformDevice__Group_3_1__1__Impl"
    // InternalAssign.g:4784:1: rule__PlatformDevice__Group_3_1__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4788:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) )
            // InternalAssign.g:4789:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            {
            // InternalAssign.g:4789:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            // InternalAssign.g:4790:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_1()); 
            // InternalAssign.g:4791:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            // InternalAssign.g:4791:3: rule__PlatformDevice__CompatibleAssignment_3_1_1
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__CompatibleAssignment_3_1_1();

            state._fsp--;


            }

             after(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1__1__Impl"


    // $ANTLR start "rule__PlatformDevice__Group_3_1__2"
    // InternalAssign.g:4799:1: rule__PlatformDevice__Group_3_1__2 : rule__PlatformDevice__Group_3_1__2__Impl ;
    public final void rule__PlatformDevice__Group_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4803:1: ( rule__PlatformDevice__Group_3_1__2__Impl )
            // InternalAssign.g:4804:2: rule__PlatformDevice__Group_3_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group_3_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1__2"


    // $ANTLR start "rule__PlatformDevice__Group_3_1__2__Impl"
    // InternalAssign.g:4810:1: rule__PlatformDevice__Group_3_1__2__Impl : ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) ;
    public final void rule__PlatformDevice__Group_3_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4814:1: ( ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) )
            // InternalAssign.g:4815:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            {
            // InternalAssign.g:4815:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            // InternalAssign.g:4816:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            {
             before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1_2()); 
            // InternalAssign.g:4817:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            loop43:
            do {
                int alt43=2;
                int LA43_0 = input.LA(1);

                if ( (LA43_0==86) ) {
                    alt43=1;
                }


                switch (alt43) {
            	case 1 :
            	    // InternalAssign.g:4817:3: rule__PlatformDevice__Group_3_1_2__0
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__PlatformDevice__Group_3_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop43;
                }
            } while (true);

             after(grammarAccess.getPlatformDeviceAccess().getGroup_3_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1__2__Impl"


    // $ANTLR start "rule__PlatformDevice__Group_3_1_2__0"
    // InternalAssign.g:4826:1: rule__PlatformDevice__Group_3_1_2__0 : rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 ;
    public final void rule__PlatformDevice__Group_3_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4830:1: ( rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 )
            // InternalAssign.g:4831:2: rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1
            {
            pushFollow(FOLLOW_9);
            rule__PlatformDevice__Group_3_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group_3_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1_2__0"


    // $ANTLR start "rule__PlatformDevice__Group_3_1_2__0__Impl"
    // InternalAssign.g:4838:1: rule__PlatformDevice__Group_3_1_2__0__Impl : ( ',' ) ;
    public final void rule__PlatformDevice__Group_3_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4842:1: ( ( ',' ) )
            // InternalAssign.g:4843:1: ( ',' )
            {
            // InternalAssign.g:4843:1: ( ',' )
            // InternalAssign.g:4844:2: ','
            {
             before(grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0()); 
            match(input,86,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1_2__0__Impl"


    // $ANTLR start "rule__PlatformDevice__Group_3_1_2__1"
    // InternalAssign.g:4853:1: rule__PlatformDevice__Group_3_1_2__1 : rule__PlatformDevice__Group_3_1_2__1__Impl ;
    public final void rule__PlatformDevice__Group_3_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4857:1: ( rule__PlatformDevice__Group_3_1_2__1__Impl )
            // InternalAssign.g:4858:2: rule__PlatformDevice__Group_3_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__Group_3_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1_2__1"


    // $ANTLR start "rule__PlatformDevice__Group_3_1_2__1__Impl"
    // InternalAssign.g:4864:1: rule__PlatformDevice__Group_3_1_2__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4868:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) )
            // InternalAssign.g:4869:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            {
            // InternalAssign.g:4869:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            // InternalAssign.g:4870:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_2_1()); 
            // InternalAssign.g:4871:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            // InternalAssign.g:4871:3: rule__PlatformDevice__CompatibleAssignment_3_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__CompatibleAssignment_3_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__Group_3_1_2__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group__0"
    // InternalAssign.g:4880:1: rule__DeviceFacts__Group__0 : rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 ;
    public final void rule__DeviceFacts__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4884:1: ( rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 )
            // InternalAssign.g:4885:2: rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__DeviceFacts__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group__0"


    // $ANTLR start "rule__DeviceFacts__Group__0__Impl"
    // InternalAssign.g:4892:1: rule__DeviceFacts__Group__0__Impl : ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) ;
    public final void rule__DeviceFacts__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4896:1: ( ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) )
            // InternalAssign.g:4897:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            {
            // InternalAssign.g:4897:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            // InternalAssign.g:4898:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0()); 
            // InternalAssign.g:4899:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            // InternalAssign.g:4899:3: rule__DeviceFacts__UnorderedGroup_0
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__UnorderedGroup_0();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group__0__Impl"


    // $ANTLR start "rule__DeviceFacts__Group__1"
    // InternalAssign.g:4907:1: rule__DeviceFacts__Group__1 : rule__DeviceFacts__Group__1__Impl ;
    public final void rule__DeviceFacts__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4911:1: ( rule__DeviceFacts__Group__1__Impl )
            // InternalAssign.g:4912:2: rule__DeviceFacts__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group__1"


    // $ANTLR start "rule__DeviceFacts__Group__1__Impl"
    // InternalAssign.g:4918:1: rule__DeviceFacts__Group__1__Impl : ( ( rule__DeviceFacts__Group_1__0 )? ) ;
    public final void rule__DeviceFacts__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4922:1: ( ( ( rule__DeviceFacts__Group_1__0 )? ) )
            // InternalAssign.g:4923:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            {
            // InternalAssign.g:4923:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            // InternalAssign.g:4924:2: ( rule__DeviceFacts__Group_1__0 )?
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_1()); 
            // InternalAssign.g:4925:2: ( rule__DeviceFacts__Group_1__0 )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==53) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalAssign.g:4925:3: rule__DeviceFacts__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDeviceFactsAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_0__0"
    // InternalAssign.g:4934:1: rule__DeviceFacts__Group_0_0__0 : rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 ;
    public final void rule__DeviceFacts__Group_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4938:1: ( rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 )
            // InternalAssign.g:4939:2: rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1
            {
            pushFollow(FOLLOW_15);
            rule__DeviceFacts__Group_0_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_0__0"


    // $ANTLR start "rule__DeviceFacts__Group_0_0__0__Impl"
    // InternalAssign.g:4946:1: rule__DeviceFacts__Group_0_0__0__Impl : ( 'driver' ) ;
    public final void rule__DeviceFacts__Group_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4950:1: ( ( 'driver' ) )
            // InternalAssign.g:4951:1: ( 'driver' )
            {
            // InternalAssign.g:4951:1: ( 'driver' )
            // InternalAssign.g:4952:2: 'driver'
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverKeyword_0_0_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getDriverKeyword_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_0__0__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_0__1"
    // InternalAssign.g:4961:1: rule__DeviceFacts__Group_0_0__1 : rule__DeviceFacts__Group_0_0__1__Impl ;
    public final void rule__DeviceFacts__Group_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4965:1: ( rule__DeviceFacts__Group_0_0__1__Impl )
            // InternalAssign.g:4966:2: rule__DeviceFacts__Group_0_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_0__1"


    // $ANTLR start "rule__DeviceFacts__Group_0_0__1__Impl"
    // InternalAssign.g:4972:1: rule__DeviceFacts__Group_0_0__1__Impl : ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4976:1: ( ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) )
            // InternalAssign.g:4977:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            {
            // InternalAssign.g:4977:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            // InternalAssign.g:4978:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAssignment_0_0_1()); 
            // InternalAssign.g:4979:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            // InternalAssign.g:4979:3: rule__DeviceFacts__DriverAssignment_0_0_1
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__DriverAssignment_0_0_1();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getDriverAssignment_0_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_0__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_1__0"
    // InternalAssign.g:4988:1: rule__DeviceFacts__Group_0_1__0 : rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 ;
    public final void rule__DeviceFacts__Group_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4992:1: ( rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 )
            // InternalAssign.g:4993:2: rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1
            {
            pushFollow(FOLLOW_42);
            rule__DeviceFacts__Group_0_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_1__0"


    // $ANTLR start "rule__DeviceFacts__Group_0_1__0__Impl"
    // InternalAssign.g:5000:1: rule__DeviceFacts__Group_0_1__0__Impl : ( 'protected' ) ;
    public final void rule__DeviceFacts__Group_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5004:1: ( ( 'protected' ) )
            // InternalAssign.g:5005:1: ( 'protected' )
            {
            // InternalAssign.g:5005:1: ( 'protected' )
            // InternalAssign.g:5006:2: 'protected'
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0()); 
            match(input,87,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_1__0__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_1__1"
    // InternalAssign.g:5015:1: rule__DeviceFacts__Group_0_1__1 : rule__DeviceFacts__Group_0_1__1__Impl ;
    public final void rule__DeviceFacts__Group_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5019:1: ( rule__DeviceFacts__Group_0_1__1__Impl )
            // InternalAssign.g:5020:2: rule__DeviceFacts__Group_0_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_1__1"


    // $ANTLR start "rule__DeviceFacts__Group_0_1__1__Impl"
    // InternalAssign.g:5026:1: rule__DeviceFacts__Group_0_1__1__Impl : ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5030:1: ( ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) )
            // InternalAssign.g:5031:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            {
            // InternalAssign.g:5031:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            // InternalAssign.g:5032:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectionAssignment_0_1_1()); 
            // InternalAssign.g:5033:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            // InternalAssign.g:5033:3: rule__DeviceFacts__ProtectionAssignment_0_1_1
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__ProtectionAssignment_0_1_1();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getProtectionAssignment_0_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_1__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_2__0"
    // InternalAssign.g:5042:1: rule__DeviceFacts__Group_0_2__0 : rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 ;
    public final void rule__DeviceFacts__Group_0_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5046:1: ( rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 )
            // InternalAssign.g:5047:2: rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1
            {
            pushFollow(FOLLOW_5);
            rule__DeviceFacts__Group_0_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2__0"


    // $ANTLR start "rule__DeviceFacts__Group_0_2__0__Impl"
    // InternalAssign.g:5054:1: rule__DeviceFacts__Group_0_2__0__Impl : ( 'reset' ) ;
    public final void rule__DeviceFacts__Group_0_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5058:1: ( ( 'reset' ) )
            // InternalAssign.g:5059:1: ( 'reset' )
            {
            // InternalAssign.g:5059:1: ( 'reset' )
            // InternalAssign.g:5060:2: 'reset'
            {
             before(grammarAccess.getDeviceFactsAccess().getResetKeyword_0_2_0()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getResetKeyword_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2__0__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_2__1"
    // InternalAssign.g:5069:1: rule__DeviceFacts__Group_0_2__1 : rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 ;
    public final void rule__DeviceFacts__Group_0_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5073:1: ( rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 )
            // InternalAssign.g:5074:2: rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2
            {
            pushFollow(FOLLOW_40);
            rule__DeviceFacts__Group_0_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2__1"


    // $ANTLR start "rule__DeviceFacts__Group_0_2__1__Impl"
    // InternalAssign.g:5081:1: rule__DeviceFacts__Group_0_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5085:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) )
            // InternalAssign.g:5086:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            {
            // InternalAssign.g:5086:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            // InternalAssign.g:5087:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_1()); 
            // InternalAssign.g:5088:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            // InternalAssign.g:5088:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_1
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__ResetMethodsAssignment_0_2_1();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_2__2"
    // InternalAssign.g:5096:1: rule__DeviceFacts__Group_0_2__2 : rule__DeviceFacts__Group_0_2__2__Impl ;
    public final void rule__DeviceFacts__Group_0_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5100:1: ( rule__DeviceFacts__Group_0_2__2__Impl )
            // InternalAssign.g:5101:2: rule__DeviceFacts__Group_0_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2__2"


    // $ANTLR start "rule__DeviceFacts__Group_0_2__2__Impl"
    // InternalAssign.g:5107:1: rule__DeviceFacts__Group_0_2__2__Impl : ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) ;
    public final void rule__DeviceFacts__Group_0_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5111:1: ( ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) )
            // InternalAssign.g:5112:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            {
            // InternalAssign.g:5112:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            // InternalAssign.g:5113:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_0_2_2()); 
            // InternalAssign.g:5114:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            loop45:
            do {
                int alt45=2;
                int LA45_0 = input.LA(1);

                if ( (LA45_0==86) ) {
                    alt45=1;
                }


                switch (alt45) {
            	case 1 :
            	    // InternalAssign.g:5114:3: rule__DeviceFacts__Group_0_2_2__0
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__DeviceFacts__Group_0_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop45;
                }
            } while (true);

             after(grammarAccess.getDeviceFactsAccess().getGroup_0_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2__2__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_2_2__0"
    // InternalAssign.g:5123:1: rule__DeviceFacts__Group_0_2_2__0 : rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 ;
    public final void rule__DeviceFacts__Group_0_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5127:1: ( rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 )
            // InternalAssign.g:5128:2: rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1
            {
            pushFollow(FOLLOW_5);
            rule__DeviceFacts__Group_0_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2_2__0"


    // $ANTLR start "rule__DeviceFacts__Group_0_2_2__0__Impl"
    // InternalAssign.g:5135:1: rule__DeviceFacts__Group_0_2_2__0__Impl : ( ',' ) ;
    public final void rule__DeviceFacts__Group_0_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5139:1: ( ( ',' ) )
            // InternalAssign.g:5140:1: ( ',' )
            {
            // InternalAssign.g:5140:1: ( ',' )
            // InternalAssign.g:5141:2: ','
            {
             before(grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0()); 
            match(input,86,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2_2__0__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_2_2__1"
    // InternalAssign.g:5150:1: rule__DeviceFacts__Group_0_2_2__1 : rule__DeviceFacts__Group_0_2_2__1__Impl ;
    public final void rule__DeviceFacts__Group_0_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5154:1: ( rule__DeviceFacts__Group_0_2_2__1__Impl )
            // InternalAssign.g:5155:2: rule__DeviceFacts__Group_0_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2_2__1"


    // $ANTLR start "rule__DeviceFacts__Group_0_2_2__1__Impl"
    // InternalAssign.g:5161:1: rule__DeviceFacts__Group_0_2_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5165:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) )
            // InternalAssign.g:5166:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            {
            // InternalAssign.g:5166:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            // InternalAssign.g:5167:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_2_1()); 
            // InternalAssign.g:5168:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            // InternalAssign.g:5168:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_2_2__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_1__0"
    // InternalAssign.g:5177:1: rule__DeviceFacts__Group_1__0 : rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 ;
    public final void rule__DeviceFacts__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5181:1: ( rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 )
            // InternalAssign.g:5182:2: rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1
            {
            pushFollow(FOLLOW_43);
            rule__DeviceFacts__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_1__0"


    // $ANTLR start "rule__DeviceFacts__Group_1__0__Impl"
    // InternalAssign.g:5189:1: rule__DeviceFacts__Group_1__0__Impl : ( '{' ) ;
    public final void rule__DeviceFacts__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5193:1: ( ( '{' ) )
            // InternalAssign.g:5194:1: ( '{' )
            {
            // InternalAssign.g:5194:1: ( '{' )
            // InternalAssign.g:5195:2: '{'
            {
             before(grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_1__0__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_1__1"
    // InternalAssign.g:5204:1: rule__DeviceFacts__Group_1__1 : rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 ;
    public final void rule__DeviceFacts__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5208:1: ( rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 )
            // InternalAssign.g:5209:2: rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2
            {
            pushFollow(FOLLOW_43);
            rule__DeviceFacts__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_1__1"


    // $ANTLR start "rule__DeviceFacts__Group_1__1__Impl"
    // InternalAssign.g:5216:1: rule__DeviceFacts__Group_1__1__Impl : ( ( rule__DeviceFacts__Alternatives_1_1 )* ) ;
    public final void rule__DeviceFacts__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5220:1: ( ( ( rule__DeviceFacts__Alternatives_1_1 )* ) )
            // InternalAssign.g:5221:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            {
            // InternalAssign.g:5221:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            // InternalAssign.g:5222:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getAlternatives_1_1()); 
            // InternalAssign.g:5223:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==70||LA46_0==88) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalAssign.g:5223:3: rule__DeviceFacts__Alternatives_1_1
            	    {
            	    pushFollow(FOLLOW_44);
            	    rule__DeviceFacts__Alternatives_1_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop46;
                }
            } while (true);

             after(grammarAccess.getDeviceFactsAccess().getAlternatives_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_1__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_1__2"
    // InternalAssign.g:5231:1: rule__DeviceFacts__Group_1__2 : rule__DeviceFacts__Group_1__2__Impl ;
    public final void rule__DeviceFacts__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5235:1: ( rule__DeviceFacts__Group_1__2__Impl )
            // InternalAssign.g:5236:2: rule__DeviceFacts__Group_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_1__2"


    // $ANTLR start "rule__DeviceFacts__Group_1__2__Impl"
    // InternalAssign.g:5242:1: rule__DeviceFacts__Group_1__2__Impl : ( '}' ) ;
    public final void rule__DeviceFacts__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5246:1: ( ( '}' ) )
            // InternalAssign.g:5247:1: ( '}' )
            {
            // InternalAssign.g:5247:1: ( '}' )
            // InternalAssign.g:5248:2: '}'
            {
             before(grammarAccess.getDeviceFactsAccess().getRightCurlyBracketKeyword_1_2()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getRightCurlyBracketKeyword_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_1__2__Impl"


    // $ANTLR start "rule__Region__Group__0"
    // InternalAssign.g:5258:1: rule__Region__Group__0 : rule__Region__Group__0__Impl rule__Region__Group__1 ;
    public final void rule__Region__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5262:1: ( rule__Region__Group__0__Impl rule__Region__Group__1 )
            // InternalAssign.g:5263:2: rule__Region__Group__0__Impl rule__Region__Group__1
            {
            pushFollow(FOLLOW_15);
            rule__Region__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__0"


    // $ANTLR start "rule__Region__Group__0__Impl"
    // InternalAssign.g:5270:1: rule__Region__Group__0__Impl : ( 'region' ) ;
    public final void rule__Region__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5274:1: ( ( 'region' ) )
            // InternalAssign.g:5275:1: ( 'region' )
            {
            // InternalAssign.g:5275:1: ( 'region' )
            // InternalAssign.g:5276:2: 'region'
            {
             before(grammarAccess.getRegionAccess().getRegionKeyword_0()); 
            match(input,88,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getRegionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__0__Impl"


    // $ANTLR start "rule__Region__Group__1"
    // InternalAssign.g:5285:1: rule__Region__Group__1 : rule__Region__Group__1__Impl rule__Region__Group__2 ;
    public final void rule__Region__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5289:1: ( rule__Region__Group__1__Impl rule__Region__Group__2 )
            // InternalAssign.g:5290:2: rule__Region__Group__1__Impl rule__Region__Group__2
            {
            pushFollow(FOLLOW_45);
            rule__Region__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__1"


    // $ANTLR start "rule__Region__Group__1__Impl"
    // InternalAssign.g:5297:1: rule__Region__Group__1__Impl : ( ( rule__Region__NameAssignment_1 ) ) ;
    public final void rule__Region__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5301:1: ( ( ( rule__Region__NameAssignment_1 ) ) )
            // InternalAssign.g:5302:1: ( ( rule__Region__NameAssignment_1 ) )
            {
            // InternalAssign.g:5302:1: ( ( rule__Region__NameAssignment_1 ) )
            // InternalAssign.g:5303:2: ( rule__Region__NameAssignment_1 )
            {
             before(grammarAccess.getRegionAccess().getNameAssignment_1()); 
            // InternalAssign.g:5304:2: ( rule__Region__NameAssignment_1 )
            // InternalAssign.g:5304:3: rule__Region__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Region__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getRegionAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__1__Impl"


    // $ANTLR start "rule__Region__Group__2"
    // InternalAssign.g:5312:1: rule__Region__Group__2 : rule__Region__Group__2__Impl rule__Region__Group__3 ;
    public final void rule__Region__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5316:1: ( rule__Region__Group__2__Impl rule__Region__Group__3 )
            // InternalAssign.g:5317:2: rule__Region__Group__2__Impl rule__Region__Group__3
            {
            pushFollow(FOLLOW_14);
            rule__Region__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__2"


    // $ANTLR start "rule__Region__Group__2__Impl"
    // InternalAssign.g:5324:1: rule__Region__Group__2__Impl : ( 'index' ) ;
    public final void rule__Region__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5328:1: ( ( 'index' ) )
            // InternalAssign.g:5329:1: ( 'index' )
            {
            // InternalAssign.g:5329:1: ( 'index' )
            // InternalAssign.g:5330:2: 'index'
            {
             before(grammarAccess.getRegionAccess().getIndexKeyword_2()); 
            match(input,89,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getIndexKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__2__Impl"


    // $ANTLR start "rule__Region__Group__3"
    // InternalAssign.g:5339:1: rule__Region__Group__3 : rule__Region__Group__3__Impl rule__Region__Group__4 ;
    public final void rule__Region__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5343:1: ( rule__Region__Group__3__Impl rule__Region__Group__4 )
            // InternalAssign.g:5344:2: rule__Region__Group__3__Impl rule__Region__Group__4
            {
            pushFollow(FOLLOW_46);
            rule__Region__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__3"


    // $ANTLR start "rule__Region__Group__3__Impl"
    // InternalAssign.g:5351:1: rule__Region__Group__3__Impl : ( ( rule__Region__IndexAssignment_3 ) ) ;
    public final void rule__Region__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5355:1: ( ( ( rule__Region__IndexAssignment_3 ) ) )
            // InternalAssign.g:5356:1: ( ( rule__Region__IndexAssignment_3 ) )
            {
            // InternalAssign.g:5356:1: ( ( rule__Region__IndexAssignment_3 ) )
            // InternalAssign.g:5357:2: ( rule__Region__IndexAssignment_3 )
            {
             before(grammarAccess.getRegionAccess().getIndexAssignment_3()); 
            // InternalAssign.g:5358:2: ( rule__Region__IndexAssignment_3 )
            // InternalAssign.g:5358:3: rule__Region__IndexAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__Region__IndexAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getRegionAccess().getIndexAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__3__Impl"


    // $ANTLR start "rule__Region__Group__4"
    // InternalAssign.g:5366:1: rule__Region__Group__4 : rule__Region__Group__4__Impl rule__Region__Group__5 ;
    public final void rule__Region__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5370:1: ( rule__Region__Group__4__Impl rule__Region__Group__5 )
            // InternalAssign.g:5371:2: rule__Region__Group__4__Impl rule__Region__Group__5
            {
            pushFollow(FOLLOW_46);
            rule__Region__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__4"


    // $ANTLR start "rule__Region__Group__4__Impl"
    // InternalAssign.g:5378:1: rule__Region__Group__4__Impl : ( ( rule__Region__KindAssignment_4 )? ) ;
    public final void rule__Region__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5382:1: ( ( ( rule__Region__KindAssignment_4 )? ) )
            // InternalAssign.g:5383:1: ( ( rule__Region__KindAssignment_4 )? )
            {
            // InternalAssign.g:5383:1: ( ( rule__Region__KindAssignment_4 )? )
            // InternalAssign.g:5384:2: ( rule__Region__KindAssignment_4 )?
            {
             before(grammarAccess.getRegionAccess().getKindAssignment_4()); 
            // InternalAssign.g:5385:2: ( rule__Region__KindAssignment_4 )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( ((LA47_0>=20 && LA47_0<=21)||(LA47_0>=46 && LA47_0<=48)) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalAssign.g:5385:3: rule__Region__KindAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Region__KindAssignment_4();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getRegionAccess().getKindAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__4__Impl"


    // $ANTLR start "rule__Region__Group__5"
    // InternalAssign.g:5393:1: rule__Region__Group__5 : rule__Region__Group__5__Impl rule__Region__Group__6 ;
    public final void rule__Region__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5397:1: ( rule__Region__Group__5__Impl rule__Region__Group__6 )
            // InternalAssign.g:5398:2: rule__Region__Group__5__Impl rule__Region__Group__6
            {
            pushFollow(FOLLOW_46);
            rule__Region__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__5"


    // $ANTLR start "rule__Region__Group__5__Impl"
    // InternalAssign.g:5405:1: rule__Region__Group__5__Impl : ( ( rule__Region__Group_5__0 )? ) ;
    public final void rule__Region__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5409:1: ( ( ( rule__Region__Group_5__0 )? ) )
            // InternalAssign.g:5410:1: ( ( rule__Region__Group_5__0 )? )
            {
            // InternalAssign.g:5410:1: ( ( rule__Region__Group_5__0 )? )
            // InternalAssign.g:5411:2: ( rule__Region__Group_5__0 )?
            {
             before(grammarAccess.getRegionAccess().getGroup_5()); 
            // InternalAssign.g:5412:2: ( rule__Region__Group_5__0 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==74) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalAssign.g:5412:3: rule__Region__Group_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Region__Group_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getRegionAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__5__Impl"


    // $ANTLR start "rule__Region__Group__6"
    // InternalAssign.g:5420:1: rule__Region__Group__6 : rule__Region__Group__6__Impl rule__Region__Group__7 ;
    public final void rule__Region__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5424:1: ( rule__Region__Group__6__Impl rule__Region__Group__7 )
            // InternalAssign.g:5425:2: rule__Region__Group__6__Impl rule__Region__Group__7
            {
            pushFollow(FOLLOW_13);
            rule__Region__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__6"


    // $ANTLR start "rule__Region__Group__6__Impl"
    // InternalAssign.g:5432:1: rule__Region__Group__6__Impl : ( 'size' ) ;
    public final void rule__Region__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5436:1: ( ( 'size' ) )
            // InternalAssign.g:5437:1: ( 'size' )
            {
            // InternalAssign.g:5437:1: ( 'size' )
            // InternalAssign.g:5438:2: 'size'
            {
             before(grammarAccess.getRegionAccess().getSizeKeyword_6()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getSizeKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__6__Impl"


    // $ANTLR start "rule__Region__Group__7"
    // InternalAssign.g:5447:1: rule__Region__Group__7 : rule__Region__Group__7__Impl rule__Region__Group__8 ;
    public final void rule__Region__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5451:1: ( rule__Region__Group__7__Impl rule__Region__Group__8 )
            // InternalAssign.g:5452:2: rule__Region__Group__7__Impl rule__Region__Group__8
            {
            pushFollow(FOLLOW_47);
            rule__Region__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__7"


    // $ANTLR start "rule__Region__Group__7__Impl"
    // InternalAssign.g:5459:1: rule__Region__Group__7__Impl : ( ( rule__Region__SizeAssignment_7 ) ) ;
    public final void rule__Region__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5463:1: ( ( ( rule__Region__SizeAssignment_7 ) ) )
            // InternalAssign.g:5464:1: ( ( rule__Region__SizeAssignment_7 ) )
            {
            // InternalAssign.g:5464:1: ( ( rule__Region__SizeAssignment_7 ) )
            // InternalAssign.g:5465:2: ( rule__Region__SizeAssignment_7 )
            {
             before(grammarAccess.getRegionAccess().getSizeAssignment_7()); 
            // InternalAssign.g:5466:2: ( rule__Region__SizeAssignment_7 )
            // InternalAssign.g:5466:3: rule__Region__SizeAssignment_7
            {
            pushFollow(FOLLOW_2);
            rule__Region__SizeAssignment_7();

            state._fsp--;


            }

             after(grammarAccess.getRegionAccess().getSizeAssignment_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__7__Impl"


    // $ANTLR start "rule__Region__Group__8"
    // InternalAssign.g:5474:1: rule__Region__Group__8 : rule__Region__Group__8__Impl rule__Region__Group__9 ;
    public final void rule__Region__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5478:1: ( rule__Region__Group__8__Impl rule__Region__Group__9 )
            // InternalAssign.g:5479:2: rule__Region__Group__8__Impl rule__Region__Group__9
            {
            pushFollow(FOLLOW_47);
            rule__Region__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__8"


    // $ANTLR start "rule__Region__Group__8__Impl"
    // InternalAssign.g:5486:1: rule__Region__Group__8__Impl : ( ( rule__Region__ReadableAssignment_8 )? ) ;
    public final void rule__Region__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5490:1: ( ( ( rule__Region__ReadableAssignment_8 )? ) )
            // InternalAssign.g:5491:1: ( ( rule__Region__ReadableAssignment_8 )? )
            {
            // InternalAssign.g:5491:1: ( ( rule__Region__ReadableAssignment_8 )? )
            // InternalAssign.g:5492:2: ( rule__Region__ReadableAssignment_8 )?
            {
             before(grammarAccess.getRegionAccess().getReadableAssignment_8()); 
            // InternalAssign.g:5493:2: ( rule__Region__ReadableAssignment_8 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==93) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalAssign.g:5493:3: rule__Region__ReadableAssignment_8
                    {
                    pushFollow(FOLLOW_2);
                    rule__Region__ReadableAssignment_8();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getRegionAccess().getReadableAssignment_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__8__Impl"


    // $ANTLR start "rule__Region__Group__9"
    // InternalAssign.g:5501:1: rule__Region__Group__9 : rule__Region__Group__9__Impl rule__Region__Group__10 ;
    public final void rule__Region__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5505:1: ( rule__Region__Group__9__Impl rule__Region__Group__10 )
            // InternalAssign.g:5506:2: rule__Region__Group__9__Impl rule__Region__Group__10
            {
            pushFollow(FOLLOW_47);
            rule__Region__Group__9__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group__10();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__9"


    // $ANTLR start "rule__Region__Group__9__Impl"
    // InternalAssign.g:5513:1: rule__Region__Group__9__Impl : ( ( rule__Region__WritableAssignment_9 )? ) ;
    public final void rule__Region__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5517:1: ( ( ( rule__Region__WritableAssignment_9 )? ) )
            // InternalAssign.g:5518:1: ( ( rule__Region__WritableAssignment_9 )? )
            {
            // InternalAssign.g:5518:1: ( ( rule__Region__WritableAssignment_9 )? )
            // InternalAssign.g:5519:2: ( rule__Region__WritableAssignment_9 )?
            {
             before(grammarAccess.getRegionAccess().getWritableAssignment_9()); 
            // InternalAssign.g:5520:2: ( rule__Region__WritableAssignment_9 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==94) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalAssign.g:5520:3: rule__Region__WritableAssignment_9
                    {
                    pushFollow(FOLLOW_2);
                    rule__Region__WritableAssignment_9();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getRegionAccess().getWritableAssignment_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__9__Impl"


    // $ANTLR start "rule__Region__Group__10"
    // InternalAssign.g:5528:1: rule__Region__Group__10 : rule__Region__Group__10__Impl ;
    public final void rule__Region__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5532:1: ( rule__Region__Group__10__Impl )
            // InternalAssign.g:5533:2: rule__Region__Group__10__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Region__Group__10__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__10"


    // $ANTLR start "rule__Region__Group__10__Impl"
    // InternalAssign.g:5539:1: rule__Region__Group__10__Impl : ( ( rule__Region__MmappableAssignment_10 )? ) ;
    public final void rule__Region__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5543:1: ( ( ( rule__Region__MmappableAssignment_10 )? ) )
            // InternalAssign.g:5544:1: ( ( rule__Region__MmappableAssignment_10 )? )
            {
            // InternalAssign.g:5544:1: ( ( rule__Region__MmappableAssignment_10 )? )
            // InternalAssign.g:5545:2: ( rule__Region__MmappableAssignment_10 )?
            {
             before(grammarAccess.getRegionAccess().getMmappableAssignment_10()); 
            // InternalAssign.g:5546:2: ( rule__Region__MmappableAssignment_10 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==95) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalAssign.g:5546:3: rule__Region__MmappableAssignment_10
                    {
                    pushFollow(FOLLOW_2);
                    rule__Region__MmappableAssignment_10();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getRegionAccess().getMmappableAssignment_10()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group__10__Impl"


    // $ANTLR start "rule__Region__Group_5__0"
    // InternalAssign.g:5555:1: rule__Region__Group_5__0 : rule__Region__Group_5__0__Impl rule__Region__Group_5__1 ;
    public final void rule__Region__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5559:1: ( rule__Region__Group_5__0__Impl rule__Region__Group_5__1 )
            // InternalAssign.g:5560:2: rule__Region__Group_5__0__Impl rule__Region__Group_5__1
            {
            pushFollow(FOLLOW_13);
            rule__Region__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Region__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group_5__0"


    // $ANTLR start "rule__Region__Group_5__0__Impl"
    // InternalAssign.g:5567:1: rule__Region__Group_5__0__Impl : ( 'at' ) ;
    public final void rule__Region__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5571:1: ( ( 'at' ) )
            // InternalAssign.g:5572:1: ( 'at' )
            {
            // InternalAssign.g:5572:1: ( 'at' )
            // InternalAssign.g:5573:2: 'at'
            {
             before(grammarAccess.getRegionAccess().getAtKeyword_5_0()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getAtKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group_5__0__Impl"


    // $ANTLR start "rule__Region__Group_5__1"
    // InternalAssign.g:5582:1: rule__Region__Group_5__1 : rule__Region__Group_5__1__Impl ;
    public final void rule__Region__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5586:1: ( rule__Region__Group_5__1__Impl )
            // InternalAssign.g:5587:2: rule__Region__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Region__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group_5__1"


    // $ANTLR start "rule__Region__Group_5__1__Impl"
    // InternalAssign.g:5593:1: rule__Region__Group_5__1__Impl : ( ( rule__Region__BaseAssignment_5_1 ) ) ;
    public final void rule__Region__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5597:1: ( ( ( rule__Region__BaseAssignment_5_1 ) ) )
            // InternalAssign.g:5598:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            {
            // InternalAssign.g:5598:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            // InternalAssign.g:5599:2: ( rule__Region__BaseAssignment_5_1 )
            {
             before(grammarAccess.getRegionAccess().getBaseAssignment_5_1()); 
            // InternalAssign.g:5600:2: ( rule__Region__BaseAssignment_5_1 )
            // InternalAssign.g:5600:3: rule__Region__BaseAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__Region__BaseAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getRegionAccess().getBaseAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__Group_5__1__Impl"


    // $ANTLR start "rule__Interrupt__Group__0"
    // InternalAssign.g:5609:1: rule__Interrupt__Group__0 : rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 ;
    public final void rule__Interrupt__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5613:1: ( rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 )
            // InternalAssign.g:5614:2: rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1
            {
            pushFollow(FOLLOW_48);
            rule__Interrupt__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__0"


    // $ANTLR start "rule__Interrupt__Group__0__Impl"
    // InternalAssign.g:5621:1: rule__Interrupt__Group__0__Impl : ( 'irq' ) ;
    public final void rule__Interrupt__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5625:1: ( ( 'irq' ) )
            // InternalAssign.g:5626:1: ( 'irq' )
            {
            // InternalAssign.g:5626:1: ( 'irq' )
            // InternalAssign.g:5627:2: 'irq'
            {
             before(grammarAccess.getInterruptAccess().getIrqKeyword_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getIrqKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__0__Impl"


    // $ANTLR start "rule__Interrupt__Group__1"
    // InternalAssign.g:5636:1: rule__Interrupt__Group__1 : rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 ;
    public final void rule__Interrupt__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5640:1: ( rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 )
            // InternalAssign.g:5641:2: rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2
            {
            pushFollow(FOLLOW_45);
            rule__Interrupt__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__1"


    // $ANTLR start "rule__Interrupt__Group__1__Impl"
    // InternalAssign.g:5648:1: rule__Interrupt__Group__1__Impl : ( ( rule__Interrupt__KindAssignment_1 ) ) ;
    public final void rule__Interrupt__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5652:1: ( ( ( rule__Interrupt__KindAssignment_1 ) ) )
            // InternalAssign.g:5653:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            {
            // InternalAssign.g:5653:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            // InternalAssign.g:5654:2: ( rule__Interrupt__KindAssignment_1 )
            {
             before(grammarAccess.getInterruptAccess().getKindAssignment_1()); 
            // InternalAssign.g:5655:2: ( rule__Interrupt__KindAssignment_1 )
            // InternalAssign.g:5655:3: rule__Interrupt__KindAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Interrupt__KindAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getInterruptAccess().getKindAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__1__Impl"


    // $ANTLR start "rule__Interrupt__Group__2"
    // InternalAssign.g:5663:1: rule__Interrupt__Group__2 : rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 ;
    public final void rule__Interrupt__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5667:1: ( rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 )
            // InternalAssign.g:5668:2: rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3
            {
            pushFollow(FOLLOW_14);
            rule__Interrupt__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__2"


    // $ANTLR start "rule__Interrupt__Group__2__Impl"
    // InternalAssign.g:5675:1: rule__Interrupt__Group__2__Impl : ( 'index' ) ;
    public final void rule__Interrupt__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5679:1: ( ( 'index' ) )
            // InternalAssign.g:5680:1: ( 'index' )
            {
            // InternalAssign.g:5680:1: ( 'index' )
            // InternalAssign.g:5681:2: 'index'
            {
             before(grammarAccess.getInterruptAccess().getIndexKeyword_2()); 
            match(input,89,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getIndexKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__2__Impl"


    // $ANTLR start "rule__Interrupt__Group__3"
    // InternalAssign.g:5690:1: rule__Interrupt__Group__3 : rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 ;
    public final void rule__Interrupt__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5694:1: ( rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 )
            // InternalAssign.g:5695:2: rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4
            {
            pushFollow(FOLLOW_49);
            rule__Interrupt__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__3"


    // $ANTLR start "rule__Interrupt__Group__3__Impl"
    // InternalAssign.g:5702:1: rule__Interrupt__Group__3__Impl : ( ( rule__Interrupt__IndexAssignment_3 ) ) ;
    public final void rule__Interrupt__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5706:1: ( ( ( rule__Interrupt__IndexAssignment_3 ) ) )
            // InternalAssign.g:5707:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            {
            // InternalAssign.g:5707:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            // InternalAssign.g:5708:2: ( rule__Interrupt__IndexAssignment_3 )
            {
             before(grammarAccess.getInterruptAccess().getIndexAssignment_3()); 
            // InternalAssign.g:5709:2: ( rule__Interrupt__IndexAssignment_3 )
            // InternalAssign.g:5709:3: rule__Interrupt__IndexAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__Interrupt__IndexAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getInterruptAccess().getIndexAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__3__Impl"


    // $ANTLR start "rule__Interrupt__Group__4"
    // InternalAssign.g:5717:1: rule__Interrupt__Group__4 : rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 ;
    public final void rule__Interrupt__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5721:1: ( rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 )
            // InternalAssign.g:5722:2: rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5
            {
            pushFollow(FOLLOW_49);
            rule__Interrupt__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__4"


    // $ANTLR start "rule__Interrupt__Group__4__Impl"
    // InternalAssign.g:5729:1: rule__Interrupt__Group__4__Impl : ( ( rule__Interrupt__Group_4__0 )? ) ;
    public final void rule__Interrupt__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5733:1: ( ( ( rule__Interrupt__Group_4__0 )? ) )
            // InternalAssign.g:5734:1: ( ( rule__Interrupt__Group_4__0 )? )
            {
            // InternalAssign.g:5734:1: ( ( rule__Interrupt__Group_4__0 )? )
            // InternalAssign.g:5735:2: ( rule__Interrupt__Group_4__0 )?
            {
             before(grammarAccess.getInterruptAccess().getGroup_4()); 
            // InternalAssign.g:5736:2: ( rule__Interrupt__Group_4__0 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==72) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalAssign.g:5736:3: rule__Interrupt__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Interrupt__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getInterruptAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__4__Impl"


    // $ANTLR start "rule__Interrupt__Group__5"
    // InternalAssign.g:5744:1: rule__Interrupt__Group__5 : rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 ;
    public final void rule__Interrupt__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5748:1: ( rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 )
            // InternalAssign.g:5749:2: rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6
            {
            pushFollow(FOLLOW_49);
            rule__Interrupt__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__5"


    // $ANTLR start "rule__Interrupt__Group__5__Impl"
    // InternalAssign.g:5756:1: rule__Interrupt__Group__5__Impl : ( ( rule__Interrupt__EventfdAssignment_5 )? ) ;
    public final void rule__Interrupt__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5760:1: ( ( ( rule__Interrupt__EventfdAssignment_5 )? ) )
            // InternalAssign.g:5761:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            {
            // InternalAssign.g:5761:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            // InternalAssign.g:5762:2: ( rule__Interrupt__EventfdAssignment_5 )?
            {
             before(grammarAccess.getInterruptAccess().getEventfdAssignment_5()); 
            // InternalAssign.g:5763:2: ( rule__Interrupt__EventfdAssignment_5 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==35) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalAssign.g:5763:3: rule__Interrupt__EventfdAssignment_5
                    {
                    pushFollow(FOLLOW_2);
                    rule__Interrupt__EventfdAssignment_5();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getInterruptAccess().getEventfdAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__5__Impl"


    // $ANTLR start "rule__Interrupt__Group__6"
    // InternalAssign.g:5771:1: rule__Interrupt__Group__6 : rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 ;
    public final void rule__Interrupt__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5775:1: ( rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 )
            // InternalAssign.g:5776:2: rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7
            {
            pushFollow(FOLLOW_49);
            rule__Interrupt__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__6"


    // $ANTLR start "rule__Interrupt__Group__6__Impl"
    // InternalAssign.g:5783:1: rule__Interrupt__Group__6__Impl : ( ( rule__Interrupt__MaskableAssignment_6 )? ) ;
    public final void rule__Interrupt__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5787:1: ( ( ( rule__Interrupt__MaskableAssignment_6 )? ) )
            // InternalAssign.g:5788:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            {
            // InternalAssign.g:5788:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            // InternalAssign.g:5789:2: ( rule__Interrupt__MaskableAssignment_6 )?
            {
             before(grammarAccess.getInterruptAccess().getMaskableAssignment_6()); 
            // InternalAssign.g:5790:2: ( rule__Interrupt__MaskableAssignment_6 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==96) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalAssign.g:5790:3: rule__Interrupt__MaskableAssignment_6
                    {
                    pushFollow(FOLLOW_2);
                    rule__Interrupt__MaskableAssignment_6();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getInterruptAccess().getMaskableAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__6__Impl"


    // $ANTLR start "rule__Interrupt__Group__7"
    // InternalAssign.g:5798:1: rule__Interrupt__Group__7 : rule__Interrupt__Group__7__Impl ;
    public final void rule__Interrupt__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5802:1: ( rule__Interrupt__Group__7__Impl )
            // InternalAssign.g:5803:2: rule__Interrupt__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Interrupt__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__7"


    // $ANTLR start "rule__Interrupt__Group__7__Impl"
    // InternalAssign.g:5809:1: rule__Interrupt__Group__7__Impl : ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) ;
    public final void rule__Interrupt__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5813:1: ( ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) )
            // InternalAssign.g:5814:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            {
            // InternalAssign.g:5814:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            // InternalAssign.g:5815:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAssignment_7()); 
            // InternalAssign.g:5816:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==97) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalAssign.g:5816:3: rule__Interrupt__AutomaskedAssignment_7
                    {
                    pushFollow(FOLLOW_2);
                    rule__Interrupt__AutomaskedAssignment_7();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getInterruptAccess().getAutomaskedAssignment_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group__7__Impl"


    // $ANTLR start "rule__Interrupt__Group_4__0"
    // InternalAssign.g:5825:1: rule__Interrupt__Group_4__0 : rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 ;
    public final void rule__Interrupt__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5829:1: ( rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 )
            // InternalAssign.g:5830:2: rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1
            {
            pushFollow(FOLLOW_14);
            rule__Interrupt__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Interrupt__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group_4__0"


    // $ANTLR start "rule__Interrupt__Group_4__0__Impl"
    // InternalAssign.g:5837:1: rule__Interrupt__Group_4__0__Impl : ( 'count' ) ;
    public final void rule__Interrupt__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5841:1: ( ( 'count' ) )
            // InternalAssign.g:5842:1: ( 'count' )
            {
            // InternalAssign.g:5842:1: ( 'count' )
            // InternalAssign.g:5843:2: 'count'
            {
             before(grammarAccess.getInterruptAccess().getCountKeyword_4_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getCountKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group_4__0__Impl"


    // $ANTLR start "rule__Interrupt__Group_4__1"
    // InternalAssign.g:5852:1: rule__Interrupt__Group_4__1 : rule__Interrupt__Group_4__1__Impl ;
    public final void rule__Interrupt__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5856:1: ( rule__Interrupt__Group_4__1__Impl )
            // InternalAssign.g:5857:2: rule__Interrupt__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Interrupt__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group_4__1"


    // $ANTLR start "rule__Interrupt__Group_4__1__Impl"
    // InternalAssign.g:5863:1: rule__Interrupt__Group_4__1__Impl : ( ( rule__Interrupt__CountAssignment_4_1 ) ) ;
    public final void rule__Interrupt__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5867:1: ( ( ( rule__Interrupt__CountAssignment_4_1 ) ) )
            // InternalAssign.g:5868:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            {
            // InternalAssign.g:5868:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            // InternalAssign.g:5869:2: ( rule__Interrupt__CountAssignment_4_1 )
            {
             before(grammarAccess.getInterruptAccess().getCountAssignment_4_1()); 
            // InternalAssign.g:5870:2: ( rule__Interrupt__CountAssignment_4_1 )
            // InternalAssign.g:5870:3: rule__Interrupt__CountAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Interrupt__CountAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getInterruptAccess().getCountAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__Group_4__1__Impl"


    // $ANTLR start "rule__IommuGroup__Group__0"
    // InternalAssign.g:5879:1: rule__IommuGroup__Group__0 : rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 ;
    public final void rule__IommuGroup__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5883:1: ( rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 )
            // InternalAssign.g:5884:2: rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1
            {
            pushFollow(FOLLOW_14);
            rule__IommuGroup__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__0"


    // $ANTLR start "rule__IommuGroup__Group__0__Impl"
    // InternalAssign.g:5891:1: rule__IommuGroup__Group__0__Impl : ( 'group' ) ;
    public final void rule__IommuGroup__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5895:1: ( ( 'group' ) )
            // InternalAssign.g:5896:1: ( 'group' )
            {
            // InternalAssign.g:5896:1: ( 'group' )
            // InternalAssign.g:5897:2: 'group'
            {
             before(grammarAccess.getIommuGroupAccess().getGroupKeyword_0()); 
            match(input,30,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getGroupKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__0__Impl"


    // $ANTLR start "rule__IommuGroup__Group__1"
    // InternalAssign.g:5906:1: rule__IommuGroup__Group__1 : rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 ;
    public final void rule__IommuGroup__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5910:1: ( rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 )
            // InternalAssign.g:5911:2: rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2
            {
            pushFollow(FOLLOW_50);
            rule__IommuGroup__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__1"


    // $ANTLR start "rule__IommuGroup__Group__1__Impl"
    // InternalAssign.g:5918:1: rule__IommuGroup__Group__1__Impl : ( ( rule__IommuGroup__IdAssignment_1 ) ) ;
    public final void rule__IommuGroup__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5922:1: ( ( ( rule__IommuGroup__IdAssignment_1 ) ) )
            // InternalAssign.g:5923:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            {
            // InternalAssign.g:5923:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            // InternalAssign.g:5924:2: ( rule__IommuGroup__IdAssignment_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIdAssignment_1()); 
            // InternalAssign.g:5925:2: ( rule__IommuGroup__IdAssignment_1 )
            // InternalAssign.g:5925:3: rule__IommuGroup__IdAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__IdAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getIommuGroupAccess().getIdAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__1__Impl"


    // $ANTLR start "rule__IommuGroup__Group__2"
    // InternalAssign.g:5933:1: rule__IommuGroup__Group__2 : rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 ;
    public final void rule__IommuGroup__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5937:1: ( rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 )
            // InternalAssign.g:5938:2: rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3
            {
            pushFollow(FOLLOW_50);
            rule__IommuGroup__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__2"


    // $ANTLR start "rule__IommuGroup__Group__2__Impl"
    // InternalAssign.g:5945:1: rule__IommuGroup__Group__2__Impl : ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) ;
    public final void rule__IommuGroup__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5949:1: ( ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) )
            // InternalAssign.g:5950:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            {
            // InternalAssign.g:5950:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            // InternalAssign.g:5951:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuAssignment_2()); 
            // InternalAssign.g:5952:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==39) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalAssign.g:5952:3: rule__IommuGroup__NoIommuAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__IommuGroup__NoIommuAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getIommuGroupAccess().getNoIommuAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__2__Impl"


    // $ANTLR start "rule__IommuGroup__Group__3"
    // InternalAssign.g:5960:1: rule__IommuGroup__Group__3 : rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 ;
    public final void rule__IommuGroup__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5964:1: ( rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 )
            // InternalAssign.g:5965:2: rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4
            {
            pushFollow(FOLLOW_51);
            rule__IommuGroup__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__3"


    // $ANTLR start "rule__IommuGroup__Group__3__Impl"
    // InternalAssign.g:5972:1: rule__IommuGroup__Group__3__Impl : ( '{' ) ;
    public final void rule__IommuGroup__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5976:1: ( ( '{' ) )
            // InternalAssign.g:5977:1: ( '{' )
            {
            // InternalAssign.g:5977:1: ( '{' )
            // InternalAssign.g:5978:2: '{'
            {
             before(grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__3__Impl"


    // $ANTLR start "rule__IommuGroup__Group__4"
    // InternalAssign.g:5987:1: rule__IommuGroup__Group__4 : rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 ;
    public final void rule__IommuGroup__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5991:1: ( rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 )
            // InternalAssign.g:5992:2: rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5
            {
            pushFollow(FOLLOW_51);
            rule__IommuGroup__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__4"


    // $ANTLR start "rule__IommuGroup__Group__4__Impl"
    // InternalAssign.g:5999:1: rule__IommuGroup__Group__4__Impl : ( ( rule__IommuGroup__DevicesAssignment_4 )* ) ;
    public final void rule__IommuGroup__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6003:1: ( ( ( rule__IommuGroup__DevicesAssignment_4 )* ) )
            // InternalAssign.g:6004:1: ( ( rule__IommuGroup__DevicesAssignment_4 )* )
            {
            // InternalAssign.g:6004:1: ( ( rule__IommuGroup__DevicesAssignment_4 )* )
            // InternalAssign.g:6005:2: ( rule__IommuGroup__DevicesAssignment_4 )*
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesAssignment_4()); 
            // InternalAssign.g:6006:2: ( rule__IommuGroup__DevicesAssignment_4 )*
            loop57:
            do {
                int alt57=2;
                int LA57_0 = input.LA(1);

                if ( (LA57_0==RULE_ID||LA57_0==RULE_STRING) ) {
                    alt57=1;
                }


                switch (alt57) {
            	case 1 :
            	    // InternalAssign.g:6006:3: rule__IommuGroup__DevicesAssignment_4
            	    {
            	    pushFollow(FOLLOW_52);
            	    rule__IommuGroup__DevicesAssignment_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop57;
                }
            } while (true);

             after(grammarAccess.getIommuGroupAccess().getDevicesAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__4__Impl"


    // $ANTLR start "rule__IommuGroup__Group__5"
    // InternalAssign.g:6014:1: rule__IommuGroup__Group__5 : rule__IommuGroup__Group__5__Impl ;
    public final void rule__IommuGroup__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6018:1: ( rule__IommuGroup__Group__5__Impl )
            // InternalAssign.g:6019:2: rule__IommuGroup__Group__5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__5"


    // $ANTLR start "rule__IommuGroup__Group__5__Impl"
    // InternalAssign.g:6025:1: rule__IommuGroup__Group__5__Impl : ( '}' ) ;
    public final void rule__IommuGroup__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6029:1: ( ( '}' ) )
            // InternalAssign.g:6030:1: ( '}' )
            {
            // InternalAssign.g:6030:1: ( '}' )
            // InternalAssign.g:6031:2: '}'
            {
             before(grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_5()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__5__Impl"


    // $ANTLR start "rule__MemberRef__Group__0"
    // InternalAssign.g:6041:1: rule__MemberRef__Group__0 : rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 ;
    public final void rule__MemberRef__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6045:1: ( rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 )
            // InternalAssign.g:6046:2: rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1
            {
            pushFollow(FOLLOW_53);
            rule__MemberRef__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MemberRef__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group__0"


    // $ANTLR start "rule__MemberRef__Group__0__Impl"
    // InternalAssign.g:6053:1: rule__MemberRef__Group__0__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6057:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:6058:1: ( ruleMemberPart )
            {
            // InternalAssign.g:6058:1: ( ruleMemberPart )
            // InternalAssign.g:6059:2: ruleMemberPart
            {
             before(grammarAccess.getMemberRefAccess().getMemberPartParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleMemberPart();

            state._fsp--;

             after(grammarAccess.getMemberRefAccess().getMemberPartParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group__0__Impl"


    // $ANTLR start "rule__MemberRef__Group__1"
    // InternalAssign.g:6068:1: rule__MemberRef__Group__1 : rule__MemberRef__Group__1__Impl ;
    public final void rule__MemberRef__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6072:1: ( rule__MemberRef__Group__1__Impl )
            // InternalAssign.g:6073:2: rule__MemberRef__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MemberRef__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group__1"


    // $ANTLR start "rule__MemberRef__Group__1__Impl"
    // InternalAssign.g:6079:1: rule__MemberRef__Group__1__Impl : ( ( rule__MemberRef__Group_1__0 )? ) ;
    public final void rule__MemberRef__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6083:1: ( ( ( rule__MemberRef__Group_1__0 )? ) )
            // InternalAssign.g:6084:1: ( ( rule__MemberRef__Group_1__0 )? )
            {
            // InternalAssign.g:6084:1: ( ( rule__MemberRef__Group_1__0 )? )
            // InternalAssign.g:6085:2: ( rule__MemberRef__Group_1__0 )?
            {
             before(grammarAccess.getMemberRefAccess().getGroup_1()); 
            // InternalAssign.g:6086:2: ( rule__MemberRef__Group_1__0 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==90) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalAssign.g:6086:3: rule__MemberRef__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__MemberRef__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMemberRefAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group__1__Impl"


    // $ANTLR start "rule__MemberRef__Group_1__0"
    // InternalAssign.g:6095:1: rule__MemberRef__Group_1__0 : rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 ;
    public final void rule__MemberRef__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6099:1: ( rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 )
            // InternalAssign.g:6100:2: rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1
            {
            pushFollow(FOLLOW_26);
            rule__MemberRef__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MemberRef__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group_1__0"


    // $ANTLR start "rule__MemberRef__Group_1__0__Impl"
    // InternalAssign.g:6107:1: rule__MemberRef__Group_1__0__Impl : ( '.' ) ;
    public final void rule__MemberRef__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6111:1: ( ( '.' ) )
            // InternalAssign.g:6112:1: ( '.' )
            {
            // InternalAssign.g:6112:1: ( '.' )
            // InternalAssign.g:6113:2: '.'
            {
             before(grammarAccess.getMemberRefAccess().getFullStopKeyword_1_0()); 
            match(input,90,FOLLOW_2); 
             after(grammarAccess.getMemberRefAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group_1__0__Impl"


    // $ANTLR start "rule__MemberRef__Group_1__1"
    // InternalAssign.g:6122:1: rule__MemberRef__Group_1__1 : rule__MemberRef__Group_1__1__Impl ;
    public final void rule__MemberRef__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6126:1: ( rule__MemberRef__Group_1__1__Impl )
            // InternalAssign.g:6127:2: rule__MemberRef__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MemberRef__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group_1__1"


    // $ANTLR start "rule__MemberRef__Group_1__1__Impl"
    // InternalAssign.g:6133:1: rule__MemberRef__Group_1__1__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6137:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:6138:1: ( ruleMemberPart )
            {
            // InternalAssign.g:6138:1: ( ruleMemberPart )
            // InternalAssign.g:6139:2: ruleMemberPart
            {
             before(grammarAccess.getMemberRefAccess().getMemberPartParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleMemberPart();

            state._fsp--;

             after(grammarAccess.getMemberRefAccess().getMemberPartParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MemberRef__Group_1__1__Impl"


    // $ANTLR start "rule__Size__Group__0"
    // InternalAssign.g:6149:1: rule__Size__Group__0 : rule__Size__Group__0__Impl rule__Size__Group__1 ;
    public final void rule__Size__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6153:1: ( rule__Size__Group__0__Impl rule__Size__Group__1 )
            // InternalAssign.g:6154:2: rule__Size__Group__0__Impl rule__Size__Group__1
            {
            pushFollow(FOLLOW_54);
            rule__Size__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Size__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Size__Group__0"


    // $ANTLR start "rule__Size__Group__0__Impl"
    // InternalAssign.g:6161:1: rule__Size__Group__0__Impl : ( ruleNumber ) ;
    public final void rule__Size__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6165:1: ( ( ruleNumber ) )
            // InternalAssign.g:6166:1: ( ruleNumber )
            {
            // InternalAssign.g:6166:1: ( ruleNumber )
            // InternalAssign.g:6167:2: ruleNumber
            {
             before(grammarAccess.getSizeAccess().getNumberParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getSizeAccess().getNumberParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Size__Group__0__Impl"


    // $ANTLR start "rule__Size__Group__1"
    // InternalAssign.g:6176:1: rule__Size__Group__1 : rule__Size__Group__1__Impl ;
    public final void rule__Size__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6180:1: ( rule__Size__Group__1__Impl )
            // InternalAssign.g:6181:2: rule__Size__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Size__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Size__Group__1"


    // $ANTLR start "rule__Size__Group__1__Impl"
    // InternalAssign.g:6187:1: rule__Size__Group__1__Impl : ( ( rule__Size__Alternatives_1 )? ) ;
    public final void rule__Size__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6191:1: ( ( ( rule__Size__Alternatives_1 )? ) )
            // InternalAssign.g:6192:1: ( ( rule__Size__Alternatives_1 )? )
            {
            // InternalAssign.g:6192:1: ( ( rule__Size__Alternatives_1 )? )
            // InternalAssign.g:6193:2: ( rule__Size__Alternatives_1 )?
            {
             before(grammarAccess.getSizeAccess().getAlternatives_1()); 
            // InternalAssign.g:6194:2: ( rule__Size__Alternatives_1 )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( ((LA59_0>=22 && LA59_0<=25)) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalAssign.g:6194:3: rule__Size__Alternatives_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Size__Alternatives_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSizeAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Size__Group__1__Impl"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1"
    // InternalAssign.g:6203:1: rule__VmGuest__UnorderedGroup_2_1 : ( rule__VmGuest__UnorderedGroup_2_1__0 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:6208:1: ( ( rule__VmGuest__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:6209:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:6209:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( LA60_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt60=1;
            }
            else if ( LA60_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt60=1;
            }
            else if ( LA60_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt60=1;
            }
            else if ( LA60_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalAssign.g:6209:2: rule__VmGuest__UnorderedGroup_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__UnorderedGroup_2_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1__Impl"
    // InternalAssign.g:6217:1: rule__VmGuest__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__VmGuest__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:6222:1: ( ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) ) )
            // InternalAssign.g:6223:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalAssign.g:6223:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) )
            int alt61=4;
            int LA61_0 = input.LA(1);

            if ( LA61_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt61=1;
            }
            else if ( LA61_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt61=2;
            }
            else if ( LA61_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt61=3;
            }
            else if ( LA61_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt61=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 61, 0, input);

                throw nvae;
            }
            switch (alt61) {
                case 1 :
                    // InternalAssign.g:6224:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:6224:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:6225:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:6225:105: ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:6226:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6232:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    // InternalAssign.g:6233:6: ( rule__VmGuest__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:6234:6: ( rule__VmGuest__Group_2_1_0__0 )
                    // InternalAssign.g:6234:7: rule__VmGuest__Group_2_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__Group_2_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getVmGuestAccess().getGroup_2_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:6239:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:6239:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:6240:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:6240:105: ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:6241:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6247:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    // InternalAssign.g:6248:6: ( rule__VmGuest__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:6249:6: ( rule__VmGuest__Group_2_1_1__0 )
                    // InternalAssign.g:6249:7: rule__VmGuest__Group_2_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__Group_2_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getVmGuestAccess().getGroup_2_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:6254:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:6254:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:6255:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:6255:105: ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:6256:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6262:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    // InternalAssign.g:6263:6: ( rule__VmGuest__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:6264:6: ( rule__VmGuest__Group_2_1_2__0 )
                    // InternalAssign.g:6264:7: rule__VmGuest__Group_2_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__Group_2_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getVmGuestAccess().getGroup_2_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:6269:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:6269:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:6270:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:6270:105: ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:6271:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6277:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    // InternalAssign.g:6278:6: ( rule__VmGuest__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:6279:6: ( rule__VmGuest__Group_2_1_3__0 )
                    // InternalAssign.g:6279:7: rule__VmGuest__Group_2_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__Group_2_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getVmGuestAccess().getGroup_2_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__Impl"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1__0"
    // InternalAssign.g:6292:1: rule__VmGuest__UnorderedGroup_2_1__0 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6296:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:6297:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_55);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:6298:2: ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( LA62_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt62=1;
            }
            else if ( LA62_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt62=1;
            }
            else if ( LA62_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt62=1;
            }
            else if ( LA62_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalAssign.g:6298:2: rule__VmGuest__UnorderedGroup_2_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__UnorderedGroup_2_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__0"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1__1"
    // InternalAssign.g:6304:1: rule__VmGuest__UnorderedGroup_2_1__1 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6308:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:6309:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_55);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:6310:2: ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( LA63_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt63=1;
            }
            else if ( LA63_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt63=1;
            }
            else if ( LA63_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt63=1;
            }
            else if ( LA63_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalAssign.g:6310:2: rule__VmGuest__UnorderedGroup_2_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__UnorderedGroup_2_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__1"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1__2"
    // InternalAssign.g:6316:1: rule__VmGuest__UnorderedGroup_2_1__2 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6320:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:6321:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_55);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:6322:2: ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( LA64_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt64=1;
            }
            else if ( LA64_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt64=1;
            }
            else if ( LA64_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt64=1;
            }
            else if ( LA64_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt64=1;
            }
            switch (alt64) {
                case 1 :
                    // InternalAssign.g:6322:2: rule__VmGuest__UnorderedGroup_2_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__UnorderedGroup_2_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__2"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1__3"
    // InternalAssign.g:6328:1: rule__VmGuest__UnorderedGroup_2_1__3 : rule__VmGuest__UnorderedGroup_2_1__Impl ;
    public final void rule__VmGuest__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6332:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:6333:2: rule__VmGuest__UnorderedGroup_2_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__3"


    // $ANTLR start "rule__UserspaceDriver__UnorderedGroup_2_1"
    // InternalAssign.g:6340:1: rule__UserspaceDriver__UnorderedGroup_2_1 : ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:6345:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:6346:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:6346:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( LA65_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt65=1;
            }
            else if ( LA65_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt65=1;
            }
            else if ( LA65_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt65=1;
            }
            else if ( LA65_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalAssign.g:6346:2: rule__UserspaceDriver__UnorderedGroup_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__UnorderedGroup_2_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__UnorderedGroup_2_1"


    // $ANTLR start "rule__UserspaceDriver__UnorderedGroup_2_1__Impl"
    // InternalAssign.g:6354:1: rule__UserspaceDriver__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:6359:1: ( ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) )
            // InternalAssign.g:6360:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalAssign.g:6360:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            int alt66=4;
            int LA66_0 = input.LA(1);

            if ( LA66_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt66=1;
            }
            else if ( LA66_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt66=2;
            }
            else if ( LA66_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt66=3;
            }
            else if ( LA66_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt66=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 66, 0, input);

                throw nvae;
            }
            switch (alt66) {
                case 1 :
                    // InternalAssign.g:6361:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:6361:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:6362:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:6362:113: ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:6363:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6369:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    // InternalAssign.g:6370:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:6371:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    // InternalAssign.g:6371:7: rule__UserspaceDriver__Group_2_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__Group_2_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:6376:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:6376:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:6377:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:6377:113: ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:6378:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6384:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    // InternalAssign.g:6385:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:6386:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    // InternalAssign.g:6386:7: rule__UserspaceDriver__Group_2_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__Group_2_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:6391:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:6391:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:6392:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:6392:113: ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:6393:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6399:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    // InternalAssign.g:6400:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:6401:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    // InternalAssign.g:6401:7: rule__UserspaceDriver__Group_2_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__Group_2_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:6406:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:6406:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:6407:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:6407:113: ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:6408:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6414:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    // InternalAssign.g:6415:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:6416:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    // InternalAssign.g:6416:7: rule__UserspaceDriver__Group_2_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__Group_2_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__UnorderedGroup_2_1__Impl"


    // $ANTLR start "rule__UserspaceDriver__UnorderedGroup_2_1__0"
    // InternalAssign.g:6429:1: rule__UserspaceDriver__UnorderedGroup_2_1__0 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6433:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:6434:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_56);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:6435:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( LA67_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt67=1;
            }
            else if ( LA67_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt67=1;
            }
            else if ( LA67_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt67=1;
            }
            else if ( LA67_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt67=1;
            }
            switch (alt67) {
                case 1 :
                    // InternalAssign.g:6435:2: rule__UserspaceDriver__UnorderedGroup_2_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__UnorderedGroup_2_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__UnorderedGroup_2_1__0"


    // $ANTLR start "rule__UserspaceDriver__UnorderedGroup_2_1__1"
    // InternalAssign.g:6441:1: rule__UserspaceDriver__UnorderedGroup_2_1__1 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6445:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:6446:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_56);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:6447:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( LA68_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt68=1;
            }
            else if ( LA68_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt68=1;
            }
            else if ( LA68_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt68=1;
            }
            else if ( LA68_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalAssign.g:6447:2: rule__UserspaceDriver__UnorderedGroup_2_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__UnorderedGroup_2_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__UnorderedGroup_2_1__1"


    // $ANTLR start "rule__UserspaceDriver__UnorderedGroup_2_1__2"
    // InternalAssign.g:6453:1: rule__UserspaceDriver__UnorderedGroup_2_1__2 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6457:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:6458:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_56);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:6459:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( LA69_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt69=1;
            }
            else if ( LA69_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt69=1;
            }
            else if ( LA69_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt69=1;
            }
            else if ( LA69_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalAssign.g:6459:2: rule__UserspaceDriver__UnorderedGroup_2_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__UserspaceDriver__UnorderedGroup_2_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__UnorderedGroup_2_1__2"


    // $ANTLR start "rule__UserspaceDriver__UnorderedGroup_2_1__3"
    // InternalAssign.g:6465:1: rule__UserspaceDriver__UnorderedGroup_2_1__3 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6469:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:6470:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__UnorderedGroup_2_1__3"


    // $ANTLR start "rule__Assignment__UnorderedGroup_4_1"
    // InternalAssign.g:6477:1: rule__Assignment__UnorderedGroup_4_1 : ( rule__Assignment__UnorderedGroup_4_1__0 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
        	
        try {
            // InternalAssign.g:6482:1: ( ( rule__Assignment__UnorderedGroup_4_1__0 )? )
            // InternalAssign.g:6483:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            {
            // InternalAssign.g:6483:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( LA70_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt70=1;
            }
            else if ( LA70_0 == 67 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt70=1;
            }
            else if ( LA70_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt70=1;
            }
            else if ( LA70_0 == 91 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalAssign.g:6483:2: rule__Assignment__UnorderedGroup_4_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__UnorderedGroup_4_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1"


    // $ANTLR start "rule__Assignment__UnorderedGroup_4_1__Impl"
    // InternalAssign.g:6491:1: rule__Assignment__UnorderedGroup_4_1__Impl : ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) ) ;
    public final void rule__Assignment__UnorderedGroup_4_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:6496:1: ( ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) ) )
            // InternalAssign.g:6497:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) )
            {
            // InternalAssign.g:6497:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) )
            int alt71=4;
            int LA71_0 = input.LA(1);

            if ( LA71_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt71=1;
            }
            else if ( LA71_0 == 67 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt71=2;
            }
            else if ( LA71_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt71=3;
            }
            else if ( LA71_0 == 91 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt71=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 71, 0, input);

                throw nvae;
            }
            switch (alt71) {
                case 1 :
                    // InternalAssign.g:6498:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:6498:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    // InternalAssign.g:6499:4: {...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0)");
                    }
                    // InternalAssign.g:6499:108: ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    // InternalAssign.g:6500:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6506:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    // InternalAssign.g:6507:6: ( rule__Assignment__Group_4_1_0__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_0()); 
                    // InternalAssign.g:6508:6: ( rule__Assignment__Group_4_1_0__0 )
                    // InternalAssign.g:6508:7: rule__Assignment__Group_4_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_4_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getGroup_4_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:6513:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:6513:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    // InternalAssign.g:6514:4: {...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1)");
                    }
                    // InternalAssign.g:6514:108: ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    // InternalAssign.g:6515:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6521:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    // InternalAssign.g:6522:6: ( rule__Assignment__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_1()); 
                    // InternalAssign.g:6523:6: ( rule__Assignment__Group_4_1_1__0 )
                    // InternalAssign.g:6523:7: rule__Assignment__Group_4_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_4_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getGroup_4_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:6528:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:6528:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    // InternalAssign.g:6529:4: {...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2)");
                    }
                    // InternalAssign.g:6529:108: ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    // InternalAssign.g:6530:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6536:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    // InternalAssign.g:6537:6: ( rule__Assignment__Group_4_1_2__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_2()); 
                    // InternalAssign.g:6538:6: ( rule__Assignment__Group_4_1_2__0 )
                    // InternalAssign.g:6538:7: rule__Assignment__Group_4_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_4_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getGroup_4_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:6543:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    {
                    // InternalAssign.g:6543:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    // InternalAssign.g:6544:4: {...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3)");
                    }
                    // InternalAssign.g:6544:108: ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    // InternalAssign.g:6545:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6551:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    // InternalAssign.g:6552:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    {
                     before(grammarAccess.getAssignmentAccess().getPersistentAssignment_4_1_3()); 
                    // InternalAssign.g:6553:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    // InternalAssign.g:6553:7: rule__Assignment__PersistentAssignment_4_1_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__PersistentAssignment_4_1_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getPersistentAssignment_4_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1__Impl"


    // $ANTLR start "rule__Assignment__UnorderedGroup_4_1__0"
    // InternalAssign.g:6566:1: rule__Assignment__UnorderedGroup_4_1__0 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6570:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? )
            // InternalAssign.g:6571:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )?
            {
            pushFollow(FOLLOW_57);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:6572:2: ( rule__Assignment__UnorderedGroup_4_1__1 )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( LA72_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt72=1;
            }
            else if ( LA72_0 == 67 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt72=1;
            }
            else if ( LA72_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt72=1;
            }
            else if ( LA72_0 == 91 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalAssign.g:6572:2: rule__Assignment__UnorderedGroup_4_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__UnorderedGroup_4_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1__0"


    // $ANTLR start "rule__Assignment__UnorderedGroup_4_1__1"
    // InternalAssign.g:6578:1: rule__Assignment__UnorderedGroup_4_1__1 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6582:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? )
            // InternalAssign.g:6583:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )?
            {
            pushFollow(FOLLOW_57);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:6584:2: ( rule__Assignment__UnorderedGroup_4_1__2 )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( LA73_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt73=1;
            }
            else if ( LA73_0 == 67 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt73=1;
            }
            else if ( LA73_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt73=1;
            }
            else if ( LA73_0 == 91 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalAssign.g:6584:2: rule__Assignment__UnorderedGroup_4_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__UnorderedGroup_4_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1__1"


    // $ANTLR start "rule__Assignment__UnorderedGroup_4_1__2"
    // InternalAssign.g:6590:1: rule__Assignment__UnorderedGroup_4_1__2 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6594:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? )
            // InternalAssign.g:6595:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )?
            {
            pushFollow(FOLLOW_57);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:6596:2: ( rule__Assignment__UnorderedGroup_4_1__3 )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( LA74_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt74=1;
            }
            else if ( LA74_0 == 67 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt74=1;
            }
            else if ( LA74_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt74=1;
            }
            else if ( LA74_0 == 91 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalAssign.g:6596:2: rule__Assignment__UnorderedGroup_4_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__UnorderedGroup_4_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1__2"


    // $ANTLR start "rule__Assignment__UnorderedGroup_4_1__3"
    // InternalAssign.g:6602:1: rule__Assignment__UnorderedGroup_4_1__3 : rule__Assignment__UnorderedGroup_4_1__Impl ;
    public final void rule__Assignment__UnorderedGroup_4_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6606:1: ( rule__Assignment__UnorderedGroup_4_1__Impl )
            // InternalAssign.g:6607:2: rule__Assignment__UnorderedGroup_4_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1__3"


    // $ANTLR start "rule__InlineBoard__UnorderedGroup_2"
    // InternalAssign.g:6614:1: rule__InlineBoard__UnorderedGroup_2 : ( rule__InlineBoard__UnorderedGroup_2__0 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
        	
        try {
            // InternalAssign.g:6619:1: ( ( rule__InlineBoard__UnorderedGroup_2__0 )? )
            // InternalAssign.g:6620:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            {
            // InternalAssign.g:6620:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( LA75_0 == 76 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt75=1;
            }
            else if ( LA75_0 == 77 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt75=1;
            }
            else if ( LA75_0 == 78 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt75=1;
            }
            else if ( LA75_0 == 79 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalAssign.g:6620:2: rule__InlineBoard__UnorderedGroup_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__UnorderedGroup_2__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__UnorderedGroup_2"


    // $ANTLR start "rule__InlineBoard__UnorderedGroup_2__Impl"
    // InternalAssign.g:6628:1: rule__InlineBoard__UnorderedGroup_2__Impl : ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) ;
    public final void rule__InlineBoard__UnorderedGroup_2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:6633:1: ( ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) )
            // InternalAssign.g:6634:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            {
            // InternalAssign.g:6634:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            int alt76=4;
            int LA76_0 = input.LA(1);

            if ( LA76_0 == 76 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt76=1;
            }
            else if ( LA76_0 == 77 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt76=2;
            }
            else if ( LA76_0 == 78 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt76=3;
            }
            else if ( LA76_0 == 79 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt76=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 76, 0, input);

                throw nvae;
            }
            switch (alt76) {
                case 1 :
                    // InternalAssign.g:6635:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    {
                    // InternalAssign.g:6635:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    // InternalAssign.g:6636:4: {...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0)");
                    }
                    // InternalAssign.g:6636:107: ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    // InternalAssign.g:6637:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6643:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    // InternalAssign.g:6644:6: ( rule__InlineBoard__Group_2_0__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_0()); 
                    // InternalAssign.g:6645:6: ( rule__InlineBoard__Group_2_0__0 )
                    // InternalAssign.g:6645:7: rule__InlineBoard__Group_2_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__Group_2_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getInlineBoardAccess().getGroup_2_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:6650:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    {
                    // InternalAssign.g:6650:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    // InternalAssign.g:6651:4: {...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1)");
                    }
                    // InternalAssign.g:6651:107: ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    // InternalAssign.g:6652:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6658:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    // InternalAssign.g:6659:6: ( rule__InlineBoard__Group_2_1__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_1()); 
                    // InternalAssign.g:6660:6: ( rule__InlineBoard__Group_2_1__0 )
                    // InternalAssign.g:6660:7: rule__InlineBoard__Group_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__Group_2_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getInlineBoardAccess().getGroup_2_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:6665:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    {
                    // InternalAssign.g:6665:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    // InternalAssign.g:6666:4: {...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2)");
                    }
                    // InternalAssign.g:6666:107: ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    // InternalAssign.g:6667:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6673:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    // InternalAssign.g:6674:6: ( rule__InlineBoard__Group_2_2__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_2()); 
                    // InternalAssign.g:6675:6: ( rule__InlineBoard__Group_2_2__0 )
                    // InternalAssign.g:6675:7: rule__InlineBoard__Group_2_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__Group_2_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getInlineBoardAccess().getGroup_2_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:6680:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    {
                    // InternalAssign.g:6680:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    // InternalAssign.g:6681:4: {...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3)");
                    }
                    // InternalAssign.g:6681:107: ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    // InternalAssign.g:6682:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6688:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    // InternalAssign.g:6689:6: ( rule__InlineBoard__Group_2_3__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_3()); 
                    // InternalAssign.g:6690:6: ( rule__InlineBoard__Group_2_3__0 )
                    // InternalAssign.g:6690:7: rule__InlineBoard__Group_2_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__Group_2_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getInlineBoardAccess().getGroup_2_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__UnorderedGroup_2__Impl"


    // $ANTLR start "rule__InlineBoard__UnorderedGroup_2__0"
    // InternalAssign.g:6703:1: rule__InlineBoard__UnorderedGroup_2__0 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6707:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? )
            // InternalAssign.g:6708:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )?
            {
            pushFollow(FOLLOW_58);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:6709:2: ( rule__InlineBoard__UnorderedGroup_2__1 )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( LA77_0 == 76 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt77=1;
            }
            else if ( LA77_0 == 77 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt77=1;
            }
            else if ( LA77_0 == 78 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt77=1;
            }
            else if ( LA77_0 == 79 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalAssign.g:6709:2: rule__InlineBoard__UnorderedGroup_2__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__UnorderedGroup_2__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__UnorderedGroup_2__0"


    // $ANTLR start "rule__InlineBoard__UnorderedGroup_2__1"
    // InternalAssign.g:6715:1: rule__InlineBoard__UnorderedGroup_2__1 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6719:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? )
            // InternalAssign.g:6720:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )?
            {
            pushFollow(FOLLOW_58);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:6721:2: ( rule__InlineBoard__UnorderedGroup_2__2 )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( LA78_0 == 76 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt78=1;
            }
            else if ( LA78_0 == 77 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt78=1;
            }
            else if ( LA78_0 == 78 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt78=1;
            }
            else if ( LA78_0 == 79 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalAssign.g:6721:2: rule__InlineBoard__UnorderedGroup_2__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__UnorderedGroup_2__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__UnorderedGroup_2__1"


    // $ANTLR start "rule__InlineBoard__UnorderedGroup_2__2"
    // InternalAssign.g:6727:1: rule__InlineBoard__UnorderedGroup_2__2 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6731:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? )
            // InternalAssign.g:6732:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )?
            {
            pushFollow(FOLLOW_58);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:6733:2: ( rule__InlineBoard__UnorderedGroup_2__3 )?
            int alt79=2;
            int LA79_0 = input.LA(1);

            if ( LA79_0 == 76 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt79=1;
            }
            else if ( LA79_0 == 77 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt79=1;
            }
            else if ( LA79_0 == 78 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt79=1;
            }
            else if ( LA79_0 == 79 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt79=1;
            }
            switch (alt79) {
                case 1 :
                    // InternalAssign.g:6733:2: rule__InlineBoard__UnorderedGroup_2__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__InlineBoard__UnorderedGroup_2__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__UnorderedGroup_2__2"


    // $ANTLR start "rule__InlineBoard__UnorderedGroup_2__3"
    // InternalAssign.g:6739:1: rule__InlineBoard__UnorderedGroup_2__3 : rule__InlineBoard__UnorderedGroup_2__Impl ;
    public final void rule__InlineBoard__UnorderedGroup_2__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6743:1: ( rule__InlineBoard__UnorderedGroup_2__Impl )
            // InternalAssign.g:6744:2: rule__InlineBoard__UnorderedGroup_2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__UnorderedGroup_2__3"


    // $ANTLR start "rule__PciDevice__UnorderedGroup_3"
    // InternalAssign.g:6751:1: rule__PciDevice__UnorderedGroup_3 : ( rule__PciDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PciDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:6756:1: ( ( rule__PciDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:6757:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:6757:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( LA80_0 == 81 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt80=1;
            }
            else if ( LA80_0 == 82 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt80=1;
            }
            else if ( LA80_0 == 83 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt80=1;
            }
            else if ( LA80_0 == 92 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalAssign.g:6757:2: rule__PciDevice__UnorderedGroup_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__UnorderedGroup_3__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__UnorderedGroup_3"


    // $ANTLR start "rule__PciDevice__UnorderedGroup_3__Impl"
    // InternalAssign.g:6765:1: rule__PciDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) ;
    public final void rule__PciDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:6770:1: ( ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) )
            // InternalAssign.g:6771:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            {
            // InternalAssign.g:6771:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            int alt81=4;
            int LA81_0 = input.LA(1);

            if ( LA81_0 == 81 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt81=1;
            }
            else if ( LA81_0 == 82 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt81=2;
            }
            else if ( LA81_0 == 83 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt81=3;
            }
            else if ( LA81_0 == 92 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt81=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 81, 0, input);

                throw nvae;
            }
            switch (alt81) {
                case 1 :
                    // InternalAssign.g:6772:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:6772:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:6773:4: {...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:6773:105: ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:6774:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6780:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    // InternalAssign.g:6781:6: ( rule__PciDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:6782:6: ( rule__PciDevice__Group_3_0__0 )
                    // InternalAssign.g:6782:7: rule__PciDevice__Group_3_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__Group_3_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPciDeviceAccess().getGroup_3_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:6787:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:6787:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:6788:4: {...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:6788:105: ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:6789:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6795:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    // InternalAssign.g:6796:6: ( rule__PciDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:6797:6: ( rule__PciDevice__Group_3_1__0 )
                    // InternalAssign.g:6797:7: rule__PciDevice__Group_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__Group_3_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPciDeviceAccess().getGroup_3_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:6802:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    {
                    // InternalAssign.g:6802:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    // InternalAssign.g:6803:4: {...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2)");
                    }
                    // InternalAssign.g:6803:105: ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    // InternalAssign.g:6804:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6810:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    // InternalAssign.g:6811:6: ( rule__PciDevice__Group_3_2__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_2()); 
                    // InternalAssign.g:6812:6: ( rule__PciDevice__Group_3_2__0 )
                    // InternalAssign.g:6812:7: rule__PciDevice__Group_3_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__Group_3_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPciDeviceAccess().getGroup_3_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:6817:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    {
                    // InternalAssign.g:6817:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    // InternalAssign.g:6818:4: {...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3)");
                    }
                    // InternalAssign.g:6818:105: ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    // InternalAssign.g:6819:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6825:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    // InternalAssign.g:6826:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getBridgeAssignment_3_3()); 
                    // InternalAssign.g:6827:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    // InternalAssign.g:6827:7: rule__PciDevice__BridgeAssignment_3_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__BridgeAssignment_3_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getPciDeviceAccess().getBridgeAssignment_3_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__UnorderedGroup_3__Impl"


    // $ANTLR start "rule__PciDevice__UnorderedGroup_3__0"
    // InternalAssign.g:6840:1: rule__PciDevice__UnorderedGroup_3__0 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6844:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:6845:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_59);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:6846:2: ( rule__PciDevice__UnorderedGroup_3__1 )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( LA82_0 == 81 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt82=1;
            }
            else if ( LA82_0 == 82 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt82=1;
            }
            else if ( LA82_0 == 83 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt82=1;
            }
            else if ( LA82_0 == 92 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalAssign.g:6846:2: rule__PciDevice__UnorderedGroup_3__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__UnorderedGroup_3__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__UnorderedGroup_3__0"


    // $ANTLR start "rule__PciDevice__UnorderedGroup_3__1"
    // InternalAssign.g:6852:1: rule__PciDevice__UnorderedGroup_3__1 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6856:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? )
            // InternalAssign.g:6857:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )?
            {
            pushFollow(FOLLOW_59);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:6858:2: ( rule__PciDevice__UnorderedGroup_3__2 )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( LA83_0 == 81 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt83=1;
            }
            else if ( LA83_0 == 82 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt83=1;
            }
            else if ( LA83_0 == 83 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt83=1;
            }
            else if ( LA83_0 == 92 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalAssign.g:6858:2: rule__PciDevice__UnorderedGroup_3__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__UnorderedGroup_3__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__UnorderedGroup_3__1"


    // $ANTLR start "rule__PciDevice__UnorderedGroup_3__2"
    // InternalAssign.g:6864:1: rule__PciDevice__UnorderedGroup_3__2 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6868:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? )
            // InternalAssign.g:6869:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )?
            {
            pushFollow(FOLLOW_59);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:6870:2: ( rule__PciDevice__UnorderedGroup_3__3 )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( LA84_0 == 81 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt84=1;
            }
            else if ( LA84_0 == 82 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt84=1;
            }
            else if ( LA84_0 == 83 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt84=1;
            }
            else if ( LA84_0 == 92 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalAssign.g:6870:2: rule__PciDevice__UnorderedGroup_3__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__PciDevice__UnorderedGroup_3__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__UnorderedGroup_3__2"


    // $ANTLR start "rule__PciDevice__UnorderedGroup_3__3"
    // InternalAssign.g:6876:1: rule__PciDevice__UnorderedGroup_3__3 : rule__PciDevice__UnorderedGroup_3__Impl ;
    public final void rule__PciDevice__UnorderedGroup_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6880:1: ( rule__PciDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:6881:2: rule__PciDevice__UnorderedGroup_3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__UnorderedGroup_3__3"


    // $ANTLR start "rule__PlatformDevice__UnorderedGroup_3"
    // InternalAssign.g:6888:1: rule__PlatformDevice__UnorderedGroup_3 : ( rule__PlatformDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:6893:1: ( ( rule__PlatformDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:6894:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:6894:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( LA85_0 == 84 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt85=1;
            }
            else if ( LA85_0 == 85 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalAssign.g:6894:2: rule__PlatformDevice__UnorderedGroup_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PlatformDevice__UnorderedGroup_3__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__UnorderedGroup_3"


    // $ANTLR start "rule__PlatformDevice__UnorderedGroup_3__Impl"
    // InternalAssign.g:6902:1: rule__PlatformDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) ;
    public final void rule__PlatformDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:6907:1: ( ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) )
            // InternalAssign.g:6908:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            {
            // InternalAssign.g:6908:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            int alt86=2;
            int LA86_0 = input.LA(1);

            if ( LA86_0 == 84 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt86=1;
            }
            else if ( LA86_0 == 85 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt86=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 86, 0, input);

                throw nvae;
            }
            switch (alt86) {
                case 1 :
                    // InternalAssign.g:6909:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:6909:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:6910:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:6910:110: ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:6911:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6917:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    // InternalAssign.g:6918:6: ( rule__PlatformDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:6919:6: ( rule__PlatformDevice__Group_3_0__0 )
                    // InternalAssign.g:6919:7: rule__PlatformDevice__Group_3_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PlatformDevice__Group_3_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlatformDeviceAccess().getGroup_3_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:6924:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:6924:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:6925:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:6925:110: ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:6926:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:6932:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    // InternalAssign.g:6933:6: ( rule__PlatformDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:6934:6: ( rule__PlatformDevice__Group_3_1__0 )
                    // InternalAssign.g:6934:7: rule__PlatformDevice__Group_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PlatformDevice__Group_3_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlatformDeviceAccess().getGroup_3_1()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__UnorderedGroup_3__Impl"


    // $ANTLR start "rule__PlatformDevice__UnorderedGroup_3__0"
    // InternalAssign.g:6947:1: rule__PlatformDevice__UnorderedGroup_3__0 : rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6951:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:6952:2: rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_60);
            rule__PlatformDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:6953:2: ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( LA87_0 == 84 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt87=1;
            }
            else if ( LA87_0 == 85 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt87=1;
            }
            switch (alt87) {
                case 1 :
                    // InternalAssign.g:6953:2: rule__PlatformDevice__UnorderedGroup_3__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PlatformDevice__UnorderedGroup_3__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__UnorderedGroup_3__0"


    // $ANTLR start "rule__PlatformDevice__UnorderedGroup_3__1"
    // InternalAssign.g:6959:1: rule__PlatformDevice__UnorderedGroup_3__1 : rule__PlatformDevice__UnorderedGroup_3__Impl ;
    public final void rule__PlatformDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6963:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:6964:2: rule__PlatformDevice__UnorderedGroup_3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlatformDevice__UnorderedGroup_3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__UnorderedGroup_3__1"


    // $ANTLR start "rule__DeviceFacts__UnorderedGroup_0"
    // InternalAssign.g:6971:1: rule__DeviceFacts__UnorderedGroup_0 : ( rule__DeviceFacts__UnorderedGroup_0__0 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
        	
        try {
            // InternalAssign.g:6976:1: ( ( rule__DeviceFacts__UnorderedGroup_0__0 )? )
            // InternalAssign.g:6977:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            {
            // InternalAssign.g:6977:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( LA88_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt88=1;
            }
            else if ( LA88_0 == 87 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt88=1;
            }
            else if ( LA88_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalAssign.g:6977:2: rule__DeviceFacts__UnorderedGroup_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__UnorderedGroup_0__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__UnorderedGroup_0"


    // $ANTLR start "rule__DeviceFacts__UnorderedGroup_0__Impl"
    // InternalAssign.g:6985:1: rule__DeviceFacts__UnorderedGroup_0__Impl : ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) ) ;
    public final void rule__DeviceFacts__UnorderedGroup_0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:6990:1: ( ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) ) )
            // InternalAssign.g:6991:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) )
            {
            // InternalAssign.g:6991:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) )
            int alt89=3;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt89=1;
            }
            else if ( LA89_0 == 87 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt89=2;
            }
            else if ( LA89_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt89=3;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 89, 0, input);

                throw nvae;
            }
            switch (alt89) {
                case 1 :
                    // InternalAssign.g:6992:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    {
                    // InternalAssign.g:6992:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    // InternalAssign.g:6993:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0)");
                    }
                    // InternalAssign.g:6993:107: ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    // InternalAssign.g:6994:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7000:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    // InternalAssign.g:7001:6: ( rule__DeviceFacts__Group_0_0__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_0()); 
                    // InternalAssign.g:7002:6: ( rule__DeviceFacts__Group_0_0__0 )
                    // InternalAssign.g:7002:7: rule__DeviceFacts__Group_0_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__Group_0_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDeviceFactsAccess().getGroup_0_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:7007:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7007:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    // InternalAssign.g:7008:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1)");
                    }
                    // InternalAssign.g:7008:107: ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    // InternalAssign.g:7009:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7015:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    // InternalAssign.g:7016:6: ( rule__DeviceFacts__Group_0_1__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_1()); 
                    // InternalAssign.g:7017:6: ( rule__DeviceFacts__Group_0_1__0 )
                    // InternalAssign.g:7017:7: rule__DeviceFacts__Group_0_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__Group_0_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDeviceFactsAccess().getGroup_0_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:7022:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7022:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    // InternalAssign.g:7023:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2)");
                    }
                    // InternalAssign.g:7023:107: ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    // InternalAssign.g:7024:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7030:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    // InternalAssign.g:7031:6: ( rule__DeviceFacts__Group_0_2__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_2()); 
                    // InternalAssign.g:7032:6: ( rule__DeviceFacts__Group_0_2__0 )
                    // InternalAssign.g:7032:7: rule__DeviceFacts__Group_0_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__Group_0_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDeviceFactsAccess().getGroup_0_2()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__UnorderedGroup_0__Impl"


    // $ANTLR start "rule__DeviceFacts__UnorderedGroup_0__0"
    // InternalAssign.g:7045:1: rule__DeviceFacts__UnorderedGroup_0__0 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7049:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? )
            // InternalAssign.g:7050:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            {
            pushFollow(FOLLOW_61);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:7051:2: ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( LA90_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt90=1;
            }
            else if ( LA90_0 == 87 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt90=1;
            }
            else if ( LA90_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalAssign.g:7051:2: rule__DeviceFacts__UnorderedGroup_0__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__UnorderedGroup_0__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__UnorderedGroup_0__0"


    // $ANTLR start "rule__DeviceFacts__UnorderedGroup_0__1"
    // InternalAssign.g:7057:1: rule__DeviceFacts__UnorderedGroup_0__1 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7061:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? )
            // InternalAssign.g:7062:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            {
            pushFollow(FOLLOW_61);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:7063:2: ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( LA91_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt91=1;
            }
            else if ( LA91_0 == 87 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt91=1;
            }
            else if ( LA91_0 == 68 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalAssign.g:7063:2: rule__DeviceFacts__UnorderedGroup_0__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__UnorderedGroup_0__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__UnorderedGroup_0__1"


    // $ANTLR start "rule__DeviceFacts__UnorderedGroup_0__2"
    // InternalAssign.g:7069:1: rule__DeviceFacts__UnorderedGroup_0__2 : rule__DeviceFacts__UnorderedGroup_0__Impl ;
    public final void rule__DeviceFacts__UnorderedGroup_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7073:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl )
            // InternalAssign.g:7074:2: rule__DeviceFacts__UnorderedGroup_0__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__UnorderedGroup_0__2"


    // $ANTLR start "rule__AssignmentConfig__ImportsAssignment_0"
    // InternalAssign.g:7081:1: rule__AssignmentConfig__ImportsAssignment_0 : ( ruleImport ) ;
    public final void rule__AssignmentConfig__ImportsAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7085:1: ( ( ruleImport ) )
            // InternalAssign.g:7086:2: ( ruleImport )
            {
            // InternalAssign.g:7086:2: ( ruleImport )
            // InternalAssign.g:7087:3: ruleImport
            {
             before(grammarAccess.getAssignmentConfigAccess().getImportsImportParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigAccess().getImportsImportParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__ImportsAssignment_0"


    // $ANTLR start "rule__AssignmentConfig__NameAssignment_2"
    // InternalAssign.g:7096:1: rule__AssignmentConfig__NameAssignment_2 : ( ruleName ) ;
    public final void rule__AssignmentConfig__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7100:1: ( ( ruleName ) )
            // InternalAssign.g:7101:2: ( ruleName )
            {
            // InternalAssign.g:7101:2: ( ruleName )
            // InternalAssign.g:7102:3: ruleName
            {
             before(grammarAccess.getAssignmentConfigAccess().getNameNameParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigAccess().getNameNameParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__NameAssignment_2"


    // $ANTLR start "rule__AssignmentConfig__BoardAssignment_3_1_0"
    // InternalAssign.g:7111:1: rule__AssignmentConfig__BoardAssignment_3_1_0 : ( ( ruleBoardRef ) ) ;
    public final void rule__AssignmentConfig__BoardAssignment_3_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7115:1: ( ( ( ruleBoardRef ) ) )
            // InternalAssign.g:7116:2: ( ( ruleBoardRef ) )
            {
            // InternalAssign.g:7116:2: ( ( ruleBoardRef ) )
            // InternalAssign.g:7117:3: ( ruleBoardRef )
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardBoardCrossReference_3_1_0_0()); 
            // InternalAssign.g:7118:3: ( ruleBoardRef )
            // InternalAssign.g:7119:4: ruleBoardRef
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardBoardBoardRefParserRuleCall_3_1_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleBoardRef();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigAccess().getBoardBoardBoardRefParserRuleCall_3_1_0_0_1()); 

            }

             after(grammarAccess.getAssignmentConfigAccess().getBoardBoardCrossReference_3_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__BoardAssignment_3_1_0"


    // $ANTLR start "rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1"
    // InternalAssign.g:7130:1: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 : ( ruleInlineBoard ) ;
    public final void rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7134:1: ( ( ruleInlineBoard ) )
            // InternalAssign.g:7135:2: ( ruleInlineBoard )
            {
            // InternalAssign.g:7135:2: ( ruleInlineBoard )
            // InternalAssign.g:7136:3: ruleInlineBoard
            {
             before(grammarAccess.getAssignmentConfigAccess().getInlineBoardInlineBoardParserRuleCall_3_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleInlineBoard();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigAccess().getInlineBoardInlineBoardParserRuleCall_3_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1"


    // $ANTLR start "rule__AssignmentConfig__ConsumersAssignment_4_0"
    // InternalAssign.g:7145:1: rule__AssignmentConfig__ConsumersAssignment_4_0 : ( ruleConsumer ) ;
    public final void rule__AssignmentConfig__ConsumersAssignment_4_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7149:1: ( ( ruleConsumer ) )
            // InternalAssign.g:7150:2: ( ruleConsumer )
            {
            // InternalAssign.g:7150:2: ( ruleConsumer )
            // InternalAssign.g:7151:3: ruleConsumer
            {
             before(grammarAccess.getAssignmentConfigAccess().getConsumersConsumerParserRuleCall_4_0_0()); 
            pushFollow(FOLLOW_2);
            ruleConsumer();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigAccess().getConsumersConsumerParserRuleCall_4_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__ConsumersAssignment_4_0"


    // $ANTLR start "rule__AssignmentConfig__AssignmentsAssignment_4_1"
    // InternalAssign.g:7160:1: rule__AssignmentConfig__AssignmentsAssignment_4_1 : ( ruleAssignment ) ;
    public final void rule__AssignmentConfig__AssignmentsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7164:1: ( ( ruleAssignment ) )
            // InternalAssign.g:7165:2: ( ruleAssignment )
            {
            // InternalAssign.g:7165:2: ( ruleAssignment )
            // InternalAssign.g:7166:3: ruleAssignment
            {
             before(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignmentParserRuleCall_4_1_0()); 
            pushFollow(FOLLOW_2);
            ruleAssignment();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignmentParserRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__AssignmentsAssignment_4_1"


    // $ANTLR start "rule__Import__ImportURIAssignment_1"
    // InternalAssign.g:7175:1: rule__Import__ImportURIAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Import__ImportURIAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7179:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7180:2: ( RULE_STRING )
            {
            // InternalAssign.g:7180:2: ( RULE_STRING )
            // InternalAssign.g:7181:3: RULE_STRING
            {
             before(grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__ImportURIAssignment_1"


    // $ANTLR start "rule__VmGuest__NameAssignment_1"
    // InternalAssign.g:7190:1: rule__VmGuest__NameAssignment_1 : ( ruleName ) ;
    public final void rule__VmGuest__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7194:1: ( ( ruleName ) )
            // InternalAssign.g:7195:2: ( ruleName )
            {
            // InternalAssign.g:7195:2: ( ruleName )
            // InternalAssign.g:7196:3: ruleName
            {
             before(grammarAccess.getVmGuestAccess().getNameNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getVmGuestAccess().getNameNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__NameAssignment_1"


    // $ANTLR start "rule__VmGuest__MemorySizeAssignment_2_1_0_1"
    // InternalAssign.g:7205:1: rule__VmGuest__MemorySizeAssignment_2_1_0_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemorySizeAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7209:1: ( ( ruleSize ) )
            // InternalAssign.g:7210:2: ( ruleSize )
            {
            // InternalAssign.g:7210:2: ( ruleSize )
            // InternalAssign.g:7211:3: ruleSize
            {
             before(grammarAccess.getVmGuestAccess().getMemorySizeSizeParserRuleCall_2_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getVmGuestAccess().getMemorySizeSizeParserRuleCall_2_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__MemorySizeAssignment_2_1_0_1"


    // $ANTLR start "rule__VmGuest__VcpusAssignment_2_1_1_1"
    // InternalAssign.g:7220:1: rule__VmGuest__VcpusAssignment_2_1_1_1 : ( RULE_INT ) ;
    public final void rule__VmGuest__VcpusAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7224:1: ( ( RULE_INT ) )
            // InternalAssign.g:7225:2: ( RULE_INT )
            {
            // InternalAssign.g:7225:2: ( RULE_INT )
            // InternalAssign.g:7226:3: RULE_INT
            {
             before(grammarAccess.getVmGuestAccess().getVcpusINTTerminalRuleCall_2_1_1_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getVcpusINTTerminalRuleCall_2_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__VcpusAssignment_2_1_1_1"


    // $ANTLR start "rule__VmGuest__MachineAssignment_2_1_2_1"
    // InternalAssign.g:7235:1: rule__VmGuest__MachineAssignment_2_1_2_1 : ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) ;
    public final void rule__VmGuest__MachineAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7239:1: ( ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) )
            // InternalAssign.g:7240:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            {
            // InternalAssign.g:7240:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            // InternalAssign.g:7241:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAlternatives_2_1_2_1_0()); 
            // InternalAssign.g:7242:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            // InternalAssign.g:7242:4: rule__VmGuest__MachineAlternatives_2_1_2_1_0
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__MachineAlternatives_2_1_2_1_0();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getMachineAlternatives_2_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__MachineAssignment_2_1_2_1"


    // $ANTLR start "rule__VmGuest__MemlockLimitAssignment_2_1_3_1"
    // InternalAssign.g:7250:1: rule__VmGuest__MemlockLimitAssignment_2_1_3_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemlockLimitAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7254:1: ( ( ruleSize ) )
            // InternalAssign.g:7255:2: ( ruleSize )
            {
            // InternalAssign.g:7255:2: ( ruleSize )
            // InternalAssign.g:7256:3: ruleSize
            {
             before(grammarAccess.getVmGuestAccess().getMemlockLimitSizeParserRuleCall_2_1_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getVmGuestAccess().getMemlockLimitSizeParserRuleCall_2_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__MemlockLimitAssignment_2_1_3_1"


    // $ANTLR start "rule__UserspaceDriver__NameAssignment_1"
    // InternalAssign.g:7265:1: rule__UserspaceDriver__NameAssignment_1 : ( ruleName ) ;
    public final void rule__UserspaceDriver__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7269:1: ( ( ruleName ) )
            // InternalAssign.g:7270:2: ( ruleName )
            {
            // InternalAssign.g:7270:2: ( ruleName )
            // InternalAssign.g:7271:3: ruleName
            {
             before(grammarAccess.getUserspaceDriverAccess().getNameNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getUserspaceDriverAccess().getNameNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__NameAssignment_1"


    // $ANTLR start "rule__UserspaceDriver__UidAssignment_2_1_0_1"
    // InternalAssign.g:7280:1: rule__UserspaceDriver__UidAssignment_2_1_0_1 : ( RULE_INT ) ;
    public final void rule__UserspaceDriver__UidAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7284:1: ( ( RULE_INT ) )
            // InternalAssign.g:7285:2: ( RULE_INT )
            {
            // InternalAssign.g:7285:2: ( RULE_INT )
            // InternalAssign.g:7286:3: RULE_INT
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidINTTerminalRuleCall_2_1_0_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getUidINTTerminalRuleCall_2_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__UidAssignment_2_1_0_1"


    // $ANTLR start "rule__UserspaceDriver__GidAssignment_2_1_1_1"
    // InternalAssign.g:7295:1: rule__UserspaceDriver__GidAssignment_2_1_1_1 : ( RULE_INT ) ;
    public final void rule__UserspaceDriver__GidAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7299:1: ( ( RULE_INT ) )
            // InternalAssign.g:7300:2: ( RULE_INT )
            {
            // InternalAssign.g:7300:2: ( RULE_INT )
            // InternalAssign.g:7301:3: RULE_INT
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidINTTerminalRuleCall_2_1_1_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getGidINTTerminalRuleCall_2_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__GidAssignment_2_1_1_1"


    // $ANTLR start "rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1"
    // InternalAssign.g:7310:1: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 : ( ruleSize ) ;
    public final void rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7314:1: ( ( ruleSize ) )
            // InternalAssign.g:7315:2: ( ruleSize )
            {
            // InternalAssign.g:7315:2: ( ruleSize )
            // InternalAssign.g:7316:3: ruleSize
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockLimitSizeParserRuleCall_2_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getUserspaceDriverAccess().getMemlockLimitSizeParserRuleCall_2_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1"


    // $ANTLR start "rule__UserspaceDriver__SocketPathAssignment_2_1_3_1"
    // InternalAssign.g:7325:1: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 : ( RULE_STRING ) ;
    public final void rule__UserspaceDriver__SocketPathAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7329:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7330:2: ( RULE_STRING )
            {
            // InternalAssign.g:7330:2: ( RULE_STRING )
            // InternalAssign.g:7331:3: RULE_STRING
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketPathSTRINGTerminalRuleCall_2_1_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getUserspaceDriverAccess().getSocketPathSTRINGTerminalRuleCall_2_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UserspaceDriver__SocketPathAssignment_2_1_3_1"


    // $ANTLR start "rule__Probe__NameAssignment_1"
    // InternalAssign.g:7340:1: rule__Probe__NameAssignment_1 : ( ruleName ) ;
    public final void rule__Probe__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7344:1: ( ( ruleName ) )
            // InternalAssign.g:7345:2: ( ruleName )
            {
            // InternalAssign.g:7345:2: ( ruleName )
            // InternalAssign.g:7346:3: ruleName
            {
             before(grammarAccess.getProbeAccess().getNameNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getProbeAccess().getNameNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__NameAssignment_1"


    // $ANTLR start "rule__Probe__MemlockLimitAssignment_2_1_1"
    // InternalAssign.g:7355:1: rule__Probe__MemlockLimitAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__Probe__MemlockLimitAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7359:1: ( ( ruleSize ) )
            // InternalAssign.g:7360:2: ( ruleSize )
            {
            // InternalAssign.g:7360:2: ( ruleSize )
            // InternalAssign.g:7361:3: ruleSize
            {
             before(grammarAccess.getProbeAccess().getMemlockLimitSizeParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getProbeAccess().getMemlockLimitSizeParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Probe__MemlockLimitAssignment_2_1_1"


    // $ANTLR start "rule__Assignment__DeviceAssignment_1_0"
    // InternalAssign.g:7370:1: rule__Assignment__DeviceAssignment_1_0 : ( ( ruleDeviceRef ) ) ;
    public final void rule__Assignment__DeviceAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7374:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:7375:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:7375:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:7376:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_0_0()); 
            // InternalAssign.g:7377:3: ( ruleDeviceRef )
            // InternalAssign.g:7378:4: ruleDeviceRef
            {
             before(grammarAccess.getAssignmentAccess().getDeviceDeviceDeviceRefParserRuleCall_1_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleDeviceRef();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getDeviceDeviceDeviceRefParserRuleCall_1_0_0_1()); 

            }

             after(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__DeviceAssignment_1_0"


    // $ANTLR start "rule__Assignment__GroupAssignment_1_1_1"
    // InternalAssign.g:7389:1: rule__Assignment__GroupAssignment_1_1_1 : ( ( ruleGroupId ) ) ;
    public final void rule__Assignment__GroupAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7393:1: ( ( ( ruleGroupId ) ) )
            // InternalAssign.g:7394:2: ( ( ruleGroupId ) )
            {
            // InternalAssign.g:7394:2: ( ( ruleGroupId ) )
            // InternalAssign.g:7395:3: ( ruleGroupId )
            {
             before(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_1_1_0()); 
            // InternalAssign.g:7396:3: ( ruleGroupId )
            // InternalAssign.g:7397:4: ruleGroupId
            {
             before(grammarAccess.getAssignmentAccess().getGroupIommuGroupGroupIdParserRuleCall_1_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleGroupId();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getGroupIommuGroupGroupIdParserRuleCall_1_1_1_0_1()); 

            }

             after(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__GroupAssignment_1_1_1"


    // $ANTLR start "rule__Assignment__ConsumerAssignment_3"
    // InternalAssign.g:7408:1: rule__Assignment__ConsumerAssignment_3 : ( ( ruleName ) ) ;
    public final void rule__Assignment__ConsumerAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7412:1: ( ( ( ruleName ) ) )
            // InternalAssign.g:7413:2: ( ( ruleName ) )
            {
            // InternalAssign.g:7413:2: ( ( ruleName ) )
            // InternalAssign.g:7414:3: ( ruleName )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerConsumerCrossReference_3_0()); 
            // InternalAssign.g:7415:3: ( ruleName )
            // InternalAssign.g:7416:4: ruleName
            {
             before(grammarAccess.getAssignmentAccess().getConsumerConsumerNameParserRuleCall_3_0_1()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getConsumerConsumerNameParserRuleCall_3_0_1()); 

            }

             after(grammarAccess.getAssignmentAccess().getConsumerConsumerCrossReference_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__ConsumerAssignment_3"


    // $ANTLR start "rule__Assignment__DriverAssignment_4_1_0_1"
    // InternalAssign.g:7427:1: rule__Assignment__DriverAssignment_4_1_0_1 : ( ruleVfioDriver ) ;
    public final void rule__Assignment__DriverAssignment_4_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7431:1: ( ( ruleVfioDriver ) )
            // InternalAssign.g:7432:2: ( ruleVfioDriver )
            {
            // InternalAssign.g:7432:2: ( ruleVfioDriver )
            // InternalAssign.g:7433:3: ruleVfioDriver
            {
             before(grammarAccess.getAssignmentAccess().getDriverVfioDriverEnumRuleCall_4_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleVfioDriver();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getDriverVfioDriverEnumRuleCall_4_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__DriverAssignment_4_1_0_1"


    // $ANTLR start "rule__Assignment__OpenPathAssignment_4_1_1_1"
    // InternalAssign.g:7442:1: rule__Assignment__OpenPathAssignment_4_1_1_1 : ( ruleOpenPath ) ;
    public final void rule__Assignment__OpenPathAssignment_4_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7446:1: ( ( ruleOpenPath ) )
            // InternalAssign.g:7447:2: ( ruleOpenPath )
            {
            // InternalAssign.g:7447:2: ( ruleOpenPath )
            // InternalAssign.g:7448:3: ruleOpenPath
            {
             before(grammarAccess.getAssignmentAccess().getOpenPathOpenPathEnumRuleCall_4_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleOpenPath();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getOpenPathOpenPathEnumRuleCall_4_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__OpenPathAssignment_4_1_1_1"


    // $ANTLR start "rule__Assignment__ResetPolicyAssignment_4_1_2_1"
    // InternalAssign.g:7457:1: rule__Assignment__ResetPolicyAssignment_4_1_2_1 : ( ruleResetPolicy ) ;
    public final void rule__Assignment__ResetPolicyAssignment_4_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7461:1: ( ( ruleResetPolicy ) )
            // InternalAssign.g:7462:2: ( ruleResetPolicy )
            {
            // InternalAssign.g:7462:2: ( ruleResetPolicy )
            // InternalAssign.g:7463:3: ruleResetPolicy
            {
             before(grammarAccess.getAssignmentAccess().getResetPolicyResetPolicyEnumRuleCall_4_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleResetPolicy();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getResetPolicyResetPolicyEnumRuleCall_4_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__ResetPolicyAssignment_4_1_2_1"


    // $ANTLR start "rule__Assignment__PersistentAssignment_4_1_3"
    // InternalAssign.g:7472:1: rule__Assignment__PersistentAssignment_4_1_3 : ( ( 'persistent' ) ) ;
    public final void rule__Assignment__PersistentAssignment_4_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7476:1: ( ( ( 'persistent' ) ) )
            // InternalAssign.g:7477:2: ( ( 'persistent' ) )
            {
            // InternalAssign.g:7477:2: ( ( 'persistent' ) )
            // InternalAssign.g:7478:3: ( 'persistent' )
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            // InternalAssign.g:7479:3: ( 'persistent' )
            // InternalAssign.g:7480:4: 'persistent'
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            match(input,91,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 

            }

             after(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__PersistentAssignment_4_1_3"


    // $ANTLR start "rule__Assignment__RegionsAssignment_4_2_0"
    // InternalAssign.g:7491:1: rule__Assignment__RegionsAssignment_4_2_0 : ( ruleRegionMapping ) ;
    public final void rule__Assignment__RegionsAssignment_4_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7495:1: ( ( ruleRegionMapping ) )
            // InternalAssign.g:7496:2: ( ruleRegionMapping )
            {
            // InternalAssign.g:7496:2: ( ruleRegionMapping )
            // InternalAssign.g:7497:3: ruleRegionMapping
            {
             before(grammarAccess.getAssignmentAccess().getRegionsRegionMappingParserRuleCall_4_2_0_0()); 
            pushFollow(FOLLOW_2);
            ruleRegionMapping();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getRegionsRegionMappingParserRuleCall_4_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__RegionsAssignment_4_2_0"


    // $ANTLR start "rule__Assignment__IrqsAssignment_4_2_1"
    // InternalAssign.g:7506:1: rule__Assignment__IrqsAssignment_4_2_1 : ( ruleIrqBinding ) ;
    public final void rule__Assignment__IrqsAssignment_4_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7510:1: ( ( ruleIrqBinding ) )
            // InternalAssign.g:7511:2: ( ruleIrqBinding )
            {
            // InternalAssign.g:7511:2: ( ruleIrqBinding )
            // InternalAssign.g:7512:3: ruleIrqBinding
            {
             before(grammarAccess.getAssignmentAccess().getIrqsIrqBindingParserRuleCall_4_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIrqBinding();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getIrqsIrqBindingParserRuleCall_4_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__IrqsAssignment_4_2_1"


    // $ANTLR start "rule__Assignment__DmaWindowsAssignment_4_2_2"
    // InternalAssign.g:7521:1: rule__Assignment__DmaWindowsAssignment_4_2_2 : ( ruleDmaWindow ) ;
    public final void rule__Assignment__DmaWindowsAssignment_4_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7525:1: ( ( ruleDmaWindow ) )
            // InternalAssign.g:7526:2: ( ruleDmaWindow )
            {
            // InternalAssign.g:7526:2: ( ruleDmaWindow )
            // InternalAssign.g:7527:3: ruleDmaWindow
            {
             before(grammarAccess.getAssignmentAccess().getDmaWindowsDmaWindowParserRuleCall_4_2_2_0()); 
            pushFollow(FOLLOW_2);
            ruleDmaWindow();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getDmaWindowsDmaWindowParserRuleCall_4_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__DmaWindowsAssignment_4_2_2"


    // $ANTLR start "rule__RegionMapping__RegionAssignment_1"
    // InternalAssign.g:7536:1: rule__RegionMapping__RegionAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__RegionMapping__RegionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7540:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:7541:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:7541:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:7542:3: ( ruleMemberRef )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0()); 
            // InternalAssign.g:7543:3: ( ruleMemberRef )
            // InternalAssign.g:7544:4: ruleMemberRef
            {
             before(grammarAccess.getRegionMappingAccess().getRegionRegionMemberRefParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleMemberRef();

            state._fsp--;

             after(grammarAccess.getRegionMappingAccess().getRegionRegionMemberRefParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__RegionAssignment_1"


    // $ANTLR start "rule__RegionMapping__ReadOnlyAssignment_2"
    // InternalAssign.g:7555:1: rule__RegionMapping__ReadOnlyAssignment_2 : ( ( 'read-only' ) ) ;
    public final void rule__RegionMapping__ReadOnlyAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7559:1: ( ( ( 'read-only' ) ) )
            // InternalAssign.g:7560:2: ( ( 'read-only' ) )
            {
            // InternalAssign.g:7560:2: ( ( 'read-only' ) )
            // InternalAssign.g:7561:3: ( 'read-only' )
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 
            // InternalAssign.g:7562:3: ( 'read-only' )
            // InternalAssign.g:7563:4: 'read-only'
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 

            }

             after(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegionMapping__ReadOnlyAssignment_2"


    // $ANTLR start "rule__IrqBinding__InterruptAssignment_1"
    // InternalAssign.g:7574:1: rule__IrqBinding__InterruptAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__IrqBinding__InterruptAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7578:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:7579:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:7579:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:7580:3: ( ruleMemberRef )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0()); 
            // InternalAssign.g:7581:3: ( ruleMemberRef )
            // InternalAssign.g:7582:4: ruleMemberRef
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptInterruptMemberRefParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleMemberRef();

            state._fsp--;

             after(grammarAccess.getIrqBindingAccess().getInterruptInterruptMemberRefParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__InterruptAssignment_1"


    // $ANTLR start "rule__IrqBinding__StartAssignment_2_1"
    // InternalAssign.g:7593:1: rule__IrqBinding__StartAssignment_2_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__StartAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7597:1: ( ( RULE_INT ) )
            // InternalAssign.g:7598:2: ( RULE_INT )
            {
            // InternalAssign.g:7598:2: ( RULE_INT )
            // InternalAssign.g:7599:3: RULE_INT
            {
             before(grammarAccess.getIrqBindingAccess().getStartINTTerminalRuleCall_2_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getIrqBindingAccess().getStartINTTerminalRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__StartAssignment_2_1"


    // $ANTLR start "rule__IrqBinding__CountAssignment_3_1"
    // InternalAssign.g:7608:1: rule__IrqBinding__CountAssignment_3_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__CountAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7612:1: ( ( RULE_INT ) )
            // InternalAssign.g:7613:2: ( RULE_INT )
            {
            // InternalAssign.g:7613:2: ( RULE_INT )
            // InternalAssign.g:7614:3: RULE_INT
            {
             before(grammarAccess.getIrqBindingAccess().getCountINTTerminalRuleCall_3_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getIrqBindingAccess().getCountINTTerminalRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__CountAssignment_3_1"


    // $ANTLR start "rule__IrqBinding__ModeAssignment_4"
    // InternalAssign.g:7623:1: rule__IrqBinding__ModeAssignment_4 : ( ruleIrqMode ) ;
    public final void rule__IrqBinding__ModeAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7627:1: ( ( ruleIrqMode ) )
            // InternalAssign.g:7628:2: ( ruleIrqMode )
            {
            // InternalAssign.g:7628:2: ( ruleIrqMode )
            // InternalAssign.g:7629:3: ruleIrqMode
            {
             before(grammarAccess.getIrqBindingAccess().getModeIrqModeEnumRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleIrqMode();

            state._fsp--;

             after(grammarAccess.getIrqBindingAccess().getModeIrqModeEnumRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IrqBinding__ModeAssignment_4"


    // $ANTLR start "rule__DmaWindow__NameAssignment_1"
    // InternalAssign.g:7638:1: rule__DmaWindow__NameAssignment_1 : ( ruleName ) ;
    public final void rule__DmaWindow__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7642:1: ( ( ruleName ) )
            // InternalAssign.g:7643:2: ( ruleName )
            {
            // InternalAssign.g:7643:2: ( ruleName )
            // InternalAssign.g:7644:3: ruleName
            {
             before(grammarAccess.getDmaWindowAccess().getNameNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getDmaWindowAccess().getNameNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__NameAssignment_1"


    // $ANTLR start "rule__DmaWindow__IovaAssignment_3"
    // InternalAssign.g:7653:1: rule__DmaWindow__IovaAssignment_3 : ( ruleNumber ) ;
    public final void rule__DmaWindow__IovaAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7657:1: ( ( ruleNumber ) )
            // InternalAssign.g:7658:2: ( ruleNumber )
            {
            // InternalAssign.g:7658:2: ( ruleNumber )
            // InternalAssign.g:7659:3: ruleNumber
            {
             before(grammarAccess.getDmaWindowAccess().getIovaNumberParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getDmaWindowAccess().getIovaNumberParserRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__IovaAssignment_3"


    // $ANTLR start "rule__DmaWindow__SizeAssignment_5"
    // InternalAssign.g:7668:1: rule__DmaWindow__SizeAssignment_5 : ( ruleSize ) ;
    public final void rule__DmaWindow__SizeAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7672:1: ( ( ruleSize ) )
            // InternalAssign.g:7673:2: ( ruleSize )
            {
            // InternalAssign.g:7673:2: ( ruleSize )
            // InternalAssign.g:7674:3: ruleSize
            {
             before(grammarAccess.getDmaWindowAccess().getSizeSizeParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getDmaWindowAccess().getSizeSizeParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__SizeAssignment_5"


    // $ANTLR start "rule__DmaWindow__WritableAssignment_6_0"
    // InternalAssign.g:7683:1: rule__DmaWindow__WritableAssignment_6_0 : ( ruleReadOnly ) ;
    public final void rule__DmaWindow__WritableAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7687:1: ( ( ruleReadOnly ) )
            // InternalAssign.g:7688:2: ( ruleReadOnly )
            {
            // InternalAssign.g:7688:2: ( ruleReadOnly )
            // InternalAssign.g:7689:3: ruleReadOnly
            {
             before(grammarAccess.getDmaWindowAccess().getWritableReadOnlyParserRuleCall_6_0_0()); 
            pushFollow(FOLLOW_2);
            ruleReadOnly();

            state._fsp--;

             after(grammarAccess.getDmaWindowAccess().getWritableReadOnlyParserRuleCall_6_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__WritableAssignment_6_0"


    // $ANTLR start "rule__DmaWindow__ReadableAssignment_6_1"
    // InternalAssign.g:7698:1: rule__DmaWindow__ReadableAssignment_6_1 : ( ruleWriteOnly ) ;
    public final void rule__DmaWindow__ReadableAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7702:1: ( ( ruleWriteOnly ) )
            // InternalAssign.g:7703:2: ( ruleWriteOnly )
            {
            // InternalAssign.g:7703:2: ( ruleWriteOnly )
            // InternalAssign.g:7704:3: ruleWriteOnly
            {
             before(grammarAccess.getDmaWindowAccess().getReadableWriteOnlyParserRuleCall_6_1_0()); 
            pushFollow(FOLLOW_2);
            ruleWriteOnly();

            state._fsp--;

             after(grammarAccess.getDmaWindowAccess().getReadableWriteOnlyParserRuleCall_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DmaWindow__ReadableAssignment_6_1"


    // $ANTLR start "rule__InlineBoard__NameAssignment_0"
    // InternalAssign.g:7713:1: rule__InlineBoard__NameAssignment_0 : ( ruleName ) ;
    public final void rule__InlineBoard__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7717:1: ( ( ruleName ) )
            // InternalAssign.g:7718:2: ( ruleName )
            {
            // InternalAssign.g:7718:2: ( ruleName )
            // InternalAssign.g:7719:3: ruleName
            {
             before(grammarAccess.getInlineBoardAccess().getNameNameParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getInlineBoardAccess().getNameNameParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__NameAssignment_0"


    // $ANTLR start "rule__InlineBoard__ArchitectureAssignment_2_0_1"
    // InternalAssign.g:7728:1: rule__InlineBoard__ArchitectureAssignment_2_0_1 : ( ruleName ) ;
    public final void rule__InlineBoard__ArchitectureAssignment_2_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7732:1: ( ( ruleName ) )
            // InternalAssign.g:7733:2: ( ruleName )
            {
            // InternalAssign.g:7733:2: ( ruleName )
            // InternalAssign.g:7734:3: ruleName
            {
             before(grammarAccess.getInlineBoardAccess().getArchitectureNameParserRuleCall_2_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getInlineBoardAccess().getArchitectureNameParserRuleCall_2_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__ArchitectureAssignment_2_0_1"


    // $ANTLR start "rule__InlineBoard__PageSizeAssignment_2_1_1"
    // InternalAssign.g:7743:1: rule__InlineBoard__PageSizeAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__InlineBoard__PageSizeAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7747:1: ( ( ruleSize ) )
            // InternalAssign.g:7748:2: ( ruleSize )
            {
            // InternalAssign.g:7748:2: ( ruleSize )
            // InternalAssign.g:7749:3: ruleSize
            {
             before(grammarAccess.getInlineBoardAccess().getPageSizeSizeParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getInlineBoardAccess().getPageSizeSizeParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__PageSizeAssignment_2_1_1"


    // $ANTLR start "rule__InlineBoard__KernelVersionAssignment_2_2_1"
    // InternalAssign.g:7758:1: rule__InlineBoard__KernelVersionAssignment_2_2_1 : ( RULE_STRING ) ;
    public final void rule__InlineBoard__KernelVersionAssignment_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7762:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7763:2: ( RULE_STRING )
            {
            // InternalAssign.g:7763:2: ( RULE_STRING )
            // InternalAssign.g:7764:3: RULE_STRING
            {
             before(grammarAccess.getInlineBoardAccess().getKernelVersionSTRINGTerminalRuleCall_2_2_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getInlineBoardAccess().getKernelVersionSTRINGTerminalRuleCall_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__KernelVersionAssignment_2_2_1"


    // $ANTLR start "rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1"
    // InternalAssign.g:7773:1: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 : ( ruleKernelCapability ) ;
    public final void rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7777:1: ( ( ruleKernelCapability ) )
            // InternalAssign.g:7778:2: ( ruleKernelCapability )
            {
            // InternalAssign.g:7778:2: ( ruleKernelCapability )
            // InternalAssign.g:7779:3: ruleKernelCapability
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesKernelCapabilityEnumRuleCall_2_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleKernelCapability();

            state._fsp--;

             after(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesKernelCapabilityEnumRuleCall_2_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1"


    // $ANTLR start "rule__InlineBoard__DevicesAssignment_3_0"
    // InternalAssign.g:7788:1: rule__InlineBoard__DevicesAssignment_3_0 : ( ruleDevice ) ;
    public final void rule__InlineBoard__DevicesAssignment_3_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7792:1: ( ( ruleDevice ) )
            // InternalAssign.g:7793:2: ( ruleDevice )
            {
            // InternalAssign.g:7793:2: ( ruleDevice )
            // InternalAssign.g:7794:3: ruleDevice
            {
             before(grammarAccess.getInlineBoardAccess().getDevicesDeviceParserRuleCall_3_0_0()); 
            pushFollow(FOLLOW_2);
            ruleDevice();

            state._fsp--;

             after(grammarAccess.getInlineBoardAccess().getDevicesDeviceParserRuleCall_3_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__DevicesAssignment_3_0"


    // $ANTLR start "rule__InlineBoard__IommuGroupsAssignment_3_1"
    // InternalAssign.g:7803:1: rule__InlineBoard__IommuGroupsAssignment_3_1 : ( ruleIommuGroup ) ;
    public final void rule__InlineBoard__IommuGroupsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7807:1: ( ( ruleIommuGroup ) )
            // InternalAssign.g:7808:2: ( ruleIommuGroup )
            {
            // InternalAssign.g:7808:2: ( ruleIommuGroup )
            // InternalAssign.g:7809:3: ruleIommuGroup
            {
             before(grammarAccess.getInlineBoardAccess().getIommuGroupsIommuGroupParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIommuGroup();

            state._fsp--;

             after(grammarAccess.getInlineBoardAccess().getIommuGroupsIommuGroupParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__InlineBoard__IommuGroupsAssignment_3_1"


    // $ANTLR start "rule__PciDevice__NameAssignment_1"
    // InternalAssign.g:7818:1: rule__PciDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PciDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7822:1: ( ( ruleName ) )
            // InternalAssign.g:7823:2: ( ruleName )
            {
            // InternalAssign.g:7823:2: ( ruleName )
            // InternalAssign.g:7824:3: ruleName
            {
             before(grammarAccess.getPciDeviceAccess().getNameNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getPciDeviceAccess().getNameNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__NameAssignment_1"


    // $ANTLR start "rule__PciDevice__SysfsNameAssignment_2"
    // InternalAssign.g:7833:1: rule__PciDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PciDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7837:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7838:2: ( RULE_STRING )
            {
            // InternalAssign.g:7838:2: ( RULE_STRING )
            // InternalAssign.g:7839:3: RULE_STRING
            {
             before(grammarAccess.getPciDeviceAccess().getSysfsNameSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPciDeviceAccess().getSysfsNameSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__SysfsNameAssignment_2"


    // $ANTLR start "rule__PciDevice__VendorIdAssignment_3_0_1"
    // InternalAssign.g:7848:1: rule__PciDevice__VendorIdAssignment_3_0_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__VendorIdAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7852:1: ( ( ruleInt32 ) )
            // InternalAssign.g:7853:2: ( ruleInt32 )
            {
            // InternalAssign.g:7853:2: ( ruleInt32 )
            // InternalAssign.g:7854:3: ruleInt32
            {
             before(grammarAccess.getPciDeviceAccess().getVendorIdInt32ParserRuleCall_3_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleInt32();

            state._fsp--;

             after(grammarAccess.getPciDeviceAccess().getVendorIdInt32ParserRuleCall_3_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__VendorIdAssignment_3_0_1"


    // $ANTLR start "rule__PciDevice__DeviceIdAssignment_3_1_1"
    // InternalAssign.g:7863:1: rule__PciDevice__DeviceIdAssignment_3_1_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__DeviceIdAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7867:1: ( ( ruleInt32 ) )
            // InternalAssign.g:7868:2: ( ruleInt32 )
            {
            // InternalAssign.g:7868:2: ( ruleInt32 )
            // InternalAssign.g:7869:3: ruleInt32
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceIdInt32ParserRuleCall_3_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleInt32();

            state._fsp--;

             after(grammarAccess.getPciDeviceAccess().getDeviceIdInt32ParserRuleCall_3_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__DeviceIdAssignment_3_1_1"


    // $ANTLR start "rule__PciDevice__ClassCodeAssignment_3_2_1"
    // InternalAssign.g:7878:1: rule__PciDevice__ClassCodeAssignment_3_2_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__ClassCodeAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7882:1: ( ( ruleInt32 ) )
            // InternalAssign.g:7883:2: ( ruleInt32 )
            {
            // InternalAssign.g:7883:2: ( ruleInt32 )
            // InternalAssign.g:7884:3: ruleInt32
            {
             before(grammarAccess.getPciDeviceAccess().getClassCodeInt32ParserRuleCall_3_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleInt32();

            state._fsp--;

             after(grammarAccess.getPciDeviceAccess().getClassCodeInt32ParserRuleCall_3_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__ClassCodeAssignment_3_2_1"


    // $ANTLR start "rule__PciDevice__BridgeAssignment_3_3"
    // InternalAssign.g:7893:1: rule__PciDevice__BridgeAssignment_3_3 : ( ( 'bridge' ) ) ;
    public final void rule__PciDevice__BridgeAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7897:1: ( ( ( 'bridge' ) ) )
            // InternalAssign.g:7898:2: ( ( 'bridge' ) )
            {
            // InternalAssign.g:7898:2: ( ( 'bridge' ) )
            // InternalAssign.g:7899:3: ( 'bridge' )
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            // InternalAssign.g:7900:3: ( 'bridge' )
            // InternalAssign.g:7901:4: 'bridge'
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            match(input,92,FOLLOW_2); 
             after(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 

            }

             after(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PciDevice__BridgeAssignment_3_3"


    // $ANTLR start "rule__PlatformDevice__NameAssignment_1"
    // InternalAssign.g:7912:1: rule__PlatformDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PlatformDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7916:1: ( ( ruleName ) )
            // InternalAssign.g:7917:2: ( ruleName )
            {
            // InternalAssign.g:7917:2: ( ruleName )
            // InternalAssign.g:7918:3: ruleName
            {
             before(grammarAccess.getPlatformDeviceAccess().getNameNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getPlatformDeviceAccess().getNameNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__NameAssignment_1"


    // $ANTLR start "rule__PlatformDevice__SysfsNameAssignment_2"
    // InternalAssign.g:7927:1: rule__PlatformDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7931:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7932:2: ( RULE_STRING )
            {
            // InternalAssign.g:7932:2: ( RULE_STRING )
            // InternalAssign.g:7933:3: RULE_STRING
            {
             before(grammarAccess.getPlatformDeviceAccess().getSysfsNameSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getSysfsNameSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__SysfsNameAssignment_2"


    // $ANTLR start "rule__PlatformDevice__DtPathAssignment_3_0_1"
    // InternalAssign.g:7942:1: rule__PlatformDevice__DtPathAssignment_3_0_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__DtPathAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7946:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7947:2: ( RULE_STRING )
            {
            // InternalAssign.g:7947:2: ( RULE_STRING )
            // InternalAssign.g:7948:3: RULE_STRING
            {
             before(grammarAccess.getPlatformDeviceAccess().getDtPathSTRINGTerminalRuleCall_3_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getDtPathSTRINGTerminalRuleCall_3_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__DtPathAssignment_3_0_1"


    // $ANTLR start "rule__PlatformDevice__CompatibleAssignment_3_1_1"
    // InternalAssign.g:7957:1: rule__PlatformDevice__CompatibleAssignment_3_1_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7961:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7962:2: ( RULE_STRING )
            {
            // InternalAssign.g:7962:2: ( RULE_STRING )
            // InternalAssign.g:7963:3: RULE_STRING
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleSTRINGTerminalRuleCall_3_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getCompatibleSTRINGTerminalRuleCall_3_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__CompatibleAssignment_3_1_1"


    // $ANTLR start "rule__PlatformDevice__CompatibleAssignment_3_1_2_1"
    // InternalAssign.g:7972:1: rule__PlatformDevice__CompatibleAssignment_3_1_2_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7976:1: ( ( RULE_STRING ) )
            // InternalAssign.g:7977:2: ( RULE_STRING )
            {
            // InternalAssign.g:7977:2: ( RULE_STRING )
            // InternalAssign.g:7978:3: RULE_STRING
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleSTRINGTerminalRuleCall_3_1_2_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlatformDeviceAccess().getCompatibleSTRINGTerminalRuleCall_3_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlatformDevice__CompatibleAssignment_3_1_2_1"


    // $ANTLR start "rule__DeviceFacts__DriverAssignment_0_0_1"
    // InternalAssign.g:7987:1: rule__DeviceFacts__DriverAssignment_0_0_1 : ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) ;
    public final void rule__DeviceFacts__DriverAssignment_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7991:1: ( ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) )
            // InternalAssign.g:7992:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            {
            // InternalAssign.g:7992:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            // InternalAssign.g:7993:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAlternatives_0_0_1_0()); 
            // InternalAssign.g:7994:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            // InternalAssign.g:7994:4: rule__DeviceFacts__DriverAlternatives_0_0_1_0
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__DriverAlternatives_0_0_1_0();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getDriverAlternatives_0_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__DriverAssignment_0_0_1"


    // $ANTLR start "rule__DeviceFacts__ProtectionAssignment_0_1_1"
    // InternalAssign.g:8002:1: rule__DeviceFacts__ProtectionAssignment_0_1_1 : ( ruleProtection ) ;
    public final void rule__DeviceFacts__ProtectionAssignment_0_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8006:1: ( ( ruleProtection ) )
            // InternalAssign.g:8007:2: ( ruleProtection )
            {
            // InternalAssign.g:8007:2: ( ruleProtection )
            // InternalAssign.g:8008:3: ruleProtection
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectionProtectionEnumRuleCall_0_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleProtection();

            state._fsp--;

             after(grammarAccess.getDeviceFactsAccess().getProtectionProtectionEnumRuleCall_0_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__ProtectionAssignment_0_1_1"


    // $ANTLR start "rule__DeviceFacts__ResetMethodsAssignment_0_2_1"
    // InternalAssign.g:8017:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8021:1: ( ( ruleName ) )
            // InternalAssign.g:8022:2: ( ruleName )
            {
            // InternalAssign.g:8022:2: ( ruleName )
            // InternalAssign.g:8023:3: ruleName
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__ResetMethodsAssignment_0_2_1"


    // $ANTLR start "rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1"
    // InternalAssign.g:8032:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8036:1: ( ( ruleName ) )
            // InternalAssign.g:8037:2: ( ruleName )
            {
            // InternalAssign.g:8037:2: ( ruleName )
            // InternalAssign.g:8038:3: ruleName
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleName();

            state._fsp--;

             after(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1"


    // $ANTLR start "rule__DeviceFacts__RegionsAssignment_1_1_0"
    // InternalAssign.g:8047:1: rule__DeviceFacts__RegionsAssignment_1_1_0 : ( ruleRegion ) ;
    public final void rule__DeviceFacts__RegionsAssignment_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8051:1: ( ( ruleRegion ) )
            // InternalAssign.g:8052:2: ( ruleRegion )
            {
            // InternalAssign.g:8052:2: ( ruleRegion )
            // InternalAssign.g:8053:3: ruleRegion
            {
             before(grammarAccess.getDeviceFactsAccess().getRegionsRegionParserRuleCall_1_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleRegion();

            state._fsp--;

             after(grammarAccess.getDeviceFactsAccess().getRegionsRegionParserRuleCall_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__RegionsAssignment_1_1_0"


    // $ANTLR start "rule__DeviceFacts__InterruptsAssignment_1_1_1"
    // InternalAssign.g:8062:1: rule__DeviceFacts__InterruptsAssignment_1_1_1 : ( ruleInterrupt ) ;
    public final void rule__DeviceFacts__InterruptsAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8066:1: ( ( ruleInterrupt ) )
            // InternalAssign.g:8067:2: ( ruleInterrupt )
            {
            // InternalAssign.g:8067:2: ( ruleInterrupt )
            // InternalAssign.g:8068:3: ruleInterrupt
            {
             before(grammarAccess.getDeviceFactsAccess().getInterruptsInterruptParserRuleCall_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleInterrupt();

            state._fsp--;

             after(grammarAccess.getDeviceFactsAccess().getInterruptsInterruptParserRuleCall_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__InterruptsAssignment_1_1_1"


    // $ANTLR start "rule__Region__NameAssignment_1"
    // InternalAssign.g:8077:1: rule__Region__NameAssignment_1 : ( ruleRegionName ) ;
    public final void rule__Region__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8081:1: ( ( ruleRegionName ) )
            // InternalAssign.g:8082:2: ( ruleRegionName )
            {
            // InternalAssign.g:8082:2: ( ruleRegionName )
            // InternalAssign.g:8083:3: ruleRegionName
            {
             before(grammarAccess.getRegionAccess().getNameRegionNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleRegionName();

            state._fsp--;

             after(grammarAccess.getRegionAccess().getNameRegionNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__NameAssignment_1"


    // $ANTLR start "rule__Region__IndexAssignment_3"
    // InternalAssign.g:8092:1: rule__Region__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Region__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8096:1: ( ( RULE_INT ) )
            // InternalAssign.g:8097:2: ( RULE_INT )
            {
            // InternalAssign.g:8097:2: ( RULE_INT )
            // InternalAssign.g:8098:3: RULE_INT
            {
             before(grammarAccess.getRegionAccess().getIndexINTTerminalRuleCall_3_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getIndexINTTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__IndexAssignment_3"


    // $ANTLR start "rule__Region__KindAssignment_4"
    // InternalAssign.g:8107:1: rule__Region__KindAssignment_4 : ( ruleRegionKind ) ;
    public final void rule__Region__KindAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8111:1: ( ( ruleRegionKind ) )
            // InternalAssign.g:8112:2: ( ruleRegionKind )
            {
            // InternalAssign.g:8112:2: ( ruleRegionKind )
            // InternalAssign.g:8113:3: ruleRegionKind
            {
             before(grammarAccess.getRegionAccess().getKindRegionKindEnumRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleRegionKind();

            state._fsp--;

             after(grammarAccess.getRegionAccess().getKindRegionKindEnumRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__KindAssignment_4"


    // $ANTLR start "rule__Region__BaseAssignment_5_1"
    // InternalAssign.g:8122:1: rule__Region__BaseAssignment_5_1 : ( ruleNumber ) ;
    public final void rule__Region__BaseAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8126:1: ( ( ruleNumber ) )
            // InternalAssign.g:8127:2: ( ruleNumber )
            {
            // InternalAssign.g:8127:2: ( ruleNumber )
            // InternalAssign.g:8128:3: ruleNumber
            {
             before(grammarAccess.getRegionAccess().getBaseNumberParserRuleCall_5_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getRegionAccess().getBaseNumberParserRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__BaseAssignment_5_1"


    // $ANTLR start "rule__Region__SizeAssignment_7"
    // InternalAssign.g:8137:1: rule__Region__SizeAssignment_7 : ( ruleSize ) ;
    public final void rule__Region__SizeAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8141:1: ( ( ruleSize ) )
            // InternalAssign.g:8142:2: ( ruleSize )
            {
            // InternalAssign.g:8142:2: ( ruleSize )
            // InternalAssign.g:8143:3: ruleSize
            {
             before(grammarAccess.getRegionAccess().getSizeSizeParserRuleCall_7_0()); 
            pushFollow(FOLLOW_2);
            ruleSize();

            state._fsp--;

             after(grammarAccess.getRegionAccess().getSizeSizeParserRuleCall_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__SizeAssignment_7"


    // $ANTLR start "rule__Region__ReadableAssignment_8"
    // InternalAssign.g:8152:1: rule__Region__ReadableAssignment_8 : ( ( 'read' ) ) ;
    public final void rule__Region__ReadableAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8156:1: ( ( ( 'read' ) ) )
            // InternalAssign.g:8157:2: ( ( 'read' ) )
            {
            // InternalAssign.g:8157:2: ( ( 'read' ) )
            // InternalAssign.g:8158:3: ( 'read' )
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            // InternalAssign.g:8159:3: ( 'read' )
            // InternalAssign.g:8160:4: 'read'
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            match(input,93,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 

            }

             after(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__ReadableAssignment_8"


    // $ANTLR start "rule__Region__WritableAssignment_9"
    // InternalAssign.g:8171:1: rule__Region__WritableAssignment_9 : ( ( 'write' ) ) ;
    public final void rule__Region__WritableAssignment_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8175:1: ( ( ( 'write' ) ) )
            // InternalAssign.g:8176:2: ( ( 'write' ) )
            {
            // InternalAssign.g:8176:2: ( ( 'write' ) )
            // InternalAssign.g:8177:3: ( 'write' )
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            // InternalAssign.g:8178:3: ( 'write' )
            // InternalAssign.g:8179:4: 'write'
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            match(input,94,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 

            }

             after(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__WritableAssignment_9"


    // $ANTLR start "rule__Region__MmappableAssignment_10"
    // InternalAssign.g:8190:1: rule__Region__MmappableAssignment_10 : ( ( 'mmap' ) ) ;
    public final void rule__Region__MmappableAssignment_10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8194:1: ( ( ( 'mmap' ) ) )
            // InternalAssign.g:8195:2: ( ( 'mmap' ) )
            {
            // InternalAssign.g:8195:2: ( ( 'mmap' ) )
            // InternalAssign.g:8196:3: ( 'mmap' )
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            // InternalAssign.g:8197:3: ( 'mmap' )
            // InternalAssign.g:8198:4: 'mmap'
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            match(input,95,FOLLOW_2); 
             after(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 

            }

             after(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Region__MmappableAssignment_10"


    // $ANTLR start "rule__Interrupt__KindAssignment_1"
    // InternalAssign.g:8209:1: rule__Interrupt__KindAssignment_1 : ( ruleInterruptKind ) ;
    public final void rule__Interrupt__KindAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8213:1: ( ( ruleInterruptKind ) )
            // InternalAssign.g:8214:2: ( ruleInterruptKind )
            {
            // InternalAssign.g:8214:2: ( ruleInterruptKind )
            // InternalAssign.g:8215:3: ruleInterruptKind
            {
             before(grammarAccess.getInterruptAccess().getKindInterruptKindEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleInterruptKind();

            state._fsp--;

             after(grammarAccess.getInterruptAccess().getKindInterruptKindEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__KindAssignment_1"


    // $ANTLR start "rule__Interrupt__IndexAssignment_3"
    // InternalAssign.g:8224:1: rule__Interrupt__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Interrupt__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8228:1: ( ( RULE_INT ) )
            // InternalAssign.g:8229:2: ( RULE_INT )
            {
            // InternalAssign.g:8229:2: ( RULE_INT )
            // InternalAssign.g:8230:3: RULE_INT
            {
             before(grammarAccess.getInterruptAccess().getIndexINTTerminalRuleCall_3_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getIndexINTTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__IndexAssignment_3"


    // $ANTLR start "rule__Interrupt__CountAssignment_4_1"
    // InternalAssign.g:8239:1: rule__Interrupt__CountAssignment_4_1 : ( RULE_INT ) ;
    public final void rule__Interrupt__CountAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8243:1: ( ( RULE_INT ) )
            // InternalAssign.g:8244:2: ( RULE_INT )
            {
            // InternalAssign.g:8244:2: ( RULE_INT )
            // InternalAssign.g:8245:3: RULE_INT
            {
             before(grammarAccess.getInterruptAccess().getCountINTTerminalRuleCall_4_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getCountINTTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__CountAssignment_4_1"


    // $ANTLR start "rule__Interrupt__EventfdAssignment_5"
    // InternalAssign.g:8254:1: rule__Interrupt__EventfdAssignment_5 : ( ( 'eventfd' ) ) ;
    public final void rule__Interrupt__EventfdAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8258:1: ( ( ( 'eventfd' ) ) )
            // InternalAssign.g:8259:2: ( ( 'eventfd' ) )
            {
            // InternalAssign.g:8259:2: ( ( 'eventfd' ) )
            // InternalAssign.g:8260:3: ( 'eventfd' )
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            // InternalAssign.g:8261:3: ( 'eventfd' )
            // InternalAssign.g:8262:4: 'eventfd'
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 

            }

             after(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__EventfdAssignment_5"


    // $ANTLR start "rule__Interrupt__MaskableAssignment_6"
    // InternalAssign.g:8273:1: rule__Interrupt__MaskableAssignment_6 : ( ( 'maskable' ) ) ;
    public final void rule__Interrupt__MaskableAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8277:1: ( ( ( 'maskable' ) ) )
            // InternalAssign.g:8278:2: ( ( 'maskable' ) )
            {
            // InternalAssign.g:8278:2: ( ( 'maskable' ) )
            // InternalAssign.g:8279:3: ( 'maskable' )
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            // InternalAssign.g:8280:3: ( 'maskable' )
            // InternalAssign.g:8281:4: 'maskable'
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            match(input,96,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 

            }

             after(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__MaskableAssignment_6"


    // $ANTLR start "rule__Interrupt__AutomaskedAssignment_7"
    // InternalAssign.g:8292:1: rule__Interrupt__AutomaskedAssignment_7 : ( ( 'automasked' ) ) ;
    public final void rule__Interrupt__AutomaskedAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8296:1: ( ( ( 'automasked' ) ) )
            // InternalAssign.g:8297:2: ( ( 'automasked' ) )
            {
            // InternalAssign.g:8297:2: ( ( 'automasked' ) )
            // InternalAssign.g:8298:3: ( 'automasked' )
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            // InternalAssign.g:8299:3: ( 'automasked' )
            // InternalAssign.g:8300:4: 'automasked'
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            match(input,97,FOLLOW_2); 
             after(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 

            }

             after(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Interrupt__AutomaskedAssignment_7"


    // $ANTLR start "rule__IommuGroup__IdAssignment_1"
    // InternalAssign.g:8311:1: rule__IommuGroup__IdAssignment_1 : ( RULE_INT ) ;
    public final void rule__IommuGroup__IdAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8315:1: ( ( RULE_INT ) )
            // InternalAssign.g:8316:2: ( RULE_INT )
            {
            // InternalAssign.g:8316:2: ( RULE_INT )
            // InternalAssign.g:8317:3: RULE_INT
            {
             before(grammarAccess.getIommuGroupAccess().getIdINTTerminalRuleCall_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getIdINTTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__IdAssignment_1"


    // $ANTLR start "rule__IommuGroup__NoIommuAssignment_2"
    // InternalAssign.g:8326:1: rule__IommuGroup__NoIommuAssignment_2 : ( ( 'noiommu' ) ) ;
    public final void rule__IommuGroup__NoIommuAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8330:1: ( ( ( 'noiommu' ) ) )
            // InternalAssign.g:8331:2: ( ( 'noiommu' ) )
            {
            // InternalAssign.g:8331:2: ( ( 'noiommu' ) )
            // InternalAssign.g:8332:3: ( 'noiommu' )
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            // InternalAssign.g:8333:3: ( 'noiommu' )
            // InternalAssign.g:8334:4: 'noiommu'
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 

            }

             after(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__NoIommuAssignment_2"


    // $ANTLR start "rule__IommuGroup__DevicesAssignment_4"
    // InternalAssign.g:8345:1: rule__IommuGroup__DevicesAssignment_4 : ( ( ruleDeviceRef ) ) ;
    public final void rule__IommuGroup__DevicesAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8349:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8350:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8350:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8351:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_4_0()); 
            // InternalAssign.g:8352:3: ( ruleDeviceRef )
            // InternalAssign.g:8353:4: ruleDeviceRef
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesDeviceDeviceRefParserRuleCall_4_0_1()); 
            pushFollow(FOLLOW_2);
            ruleDeviceRef();

            state._fsp--;

             after(grammarAccess.getIommuGroupAccess().getDevicesDeviceDeviceRefParserRuleCall_4_0_1()); 

            }

             after(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__DevicesAssignment_4"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0008000000000002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x8812000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x8810000000000002L,0x0000000000000001L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0004000000000050L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0020000000000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0780000000000000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x00000000000000A0L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000000050L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x7400000000000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0440000000000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000040000050L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000000000L,0x000000000800001CL});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0040000000000000L,0x0000000000000260L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000260L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x000000003C000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x00000000C4000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000700000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x00000000003FC070L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000001800000000L,0x0000000000000180L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000000000010L,0x0000000000000400L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000000003000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000000000000L,0x000000000000F000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0040000040080000L,0x0000000000010000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000000040080002L,0x0000000000010000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x000001E038000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x000001E038000002L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000000000L,0x00000000100E0000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000000000000000L,0x0000000000800014L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000000000L,0x0000000000300000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000000L,0x0000000000400000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000002L,0x0000000000400000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x00003E0000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0040000000000000L,0x0000000001000040L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000000000000002L,0x0000000001000040L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000000L,0x0000000002000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0001C00000300000L,0x0000000000000C00L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000000L,0x00000000E0000000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x00000000000FC000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000800000000L,0x0000000300000100L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0020008000000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0040000000000050L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000052L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000000L,0x0000000004000000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000003C00000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0780000000000002L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x7400000000000002L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000000000002L,0x000000000800001CL});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000002L,0x000000000000F000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000002L,0x00000000100E0000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000000002L,0x0000000000300000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000000002L,0x0000000000800014L});

}
