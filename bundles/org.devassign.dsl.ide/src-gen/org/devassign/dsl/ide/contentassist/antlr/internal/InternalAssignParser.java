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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_STRING", "RULE_ID", "RULE_HEX", "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_ANY_OTHER", "'read-only'", "'write-only'", "'config'", "'import'", "'vm'", "'userspace'", "'probe'", "'assign'", "'memory'", "'vcpus'", "'machine'", "'memlock'", "'qemu'", "'libvirt'", "'uid'", "'gid'", "'socket'", "'driver'", "'open'", "'reset'", "'persistent'", "'force'", "'map'", "'irq'", "'dma'", "'auto'", "'vfio-pci'", "'vfio-platform'", "'vfio-fsl-mc'", "'cdev'", "'if-available'", "'required'", "'never'", "'arch'", "'page'", "'kernel'", "'capabilities'", "'vfio-cdev'", "'iommufd'", "'noiommu'", "'type1v2'", "'pci'", "'platform'", "'vendor'", "'device'", "'class'", "'bridge'", "'path'", "'compatible'", "'protected'", "'dma-mask'", "'iova'", "'none'", "'root-filesystem'", "'agent-connection'", "'management'", "'policy'", "'region'", "'mmio'", "'pio'", "'rom'", "'mc-portal'", "'read'", "'write'", "'mmap'", "'intx'", "'msi'", "'msix'", "'err'", "'req'", "'maskable'", "'automasked'", "'KiB'", "'MiB'", "'GiB'", "'TiB'", "'group'", "'eventfd'", "'masked'", "'for'", "'board'", "'{'", "'}'", "'to'", "'start'", "'count'", "'at'", "'size'", "','", "'index'", "'..'", "'.'"
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
    public static final int RULE_ID=6;
    public static final int RULE_INT=4;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=9;
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
    public static final int T__100=100;
    public static final int T__92=92;
    public static final int T__93=93;
    public static final int T__102=102;
    public static final int T__94=94;
    public static final int T__101=101;
    public static final int T__90=90;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__99=99;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__98=98;
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
    public static final int RULE_STRING=5;
    public static final int RULE_SL_COMMENT=10;
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
    public static final int RULE_WS=8;
    public static final int RULE_ANY_OTHER=11;
    public static final int T__88=88;
    public static final int T__89=89;
    public static final int T__84=84;
    public static final int T__85=85;
    public static final int T__103=103;
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


    // $ANTLR start "entryRuleIovaRange"
    // InternalAssign.g:495:1: entryRuleIovaRange : ruleIovaRange EOF ;
    public final void entryRuleIovaRange() throws RecognitionException {
        try {
            // InternalAssign.g:496:1: ( ruleIovaRange EOF )
            // InternalAssign.g:497:1: ruleIovaRange EOF
            {
             before(grammarAccess.getIovaRangeRule()); 
            pushFollow(FOLLOW_1);
            ruleIovaRange();

            state._fsp--;

             after(grammarAccess.getIovaRangeRule()); 
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
    // $ANTLR end "entryRuleIovaRange"


    // $ANTLR start "ruleIovaRange"
    // InternalAssign.g:504:1: ruleIovaRange : ( ( rule__IovaRange__Group__0 ) ) ;
    public final void ruleIovaRange() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:508:2: ( ( ( rule__IovaRange__Group__0 ) ) )
            // InternalAssign.g:509:2: ( ( rule__IovaRange__Group__0 ) )
            {
            // InternalAssign.g:509:2: ( ( rule__IovaRange__Group__0 ) )
            // InternalAssign.g:510:3: ( rule__IovaRange__Group__0 )
            {
             before(grammarAccess.getIovaRangeAccess().getGroup()); 
            // InternalAssign.g:511:3: ( rule__IovaRange__Group__0 )
            // InternalAssign.g:511:4: rule__IovaRange__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__IovaRange__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getIovaRangeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIovaRange"


    // $ANTLR start "entryRuleName"
    // InternalAssign.g:520:1: entryRuleName : ruleName EOF ;
    public final void entryRuleName() throws RecognitionException {
        try {
            // InternalAssign.g:521:1: ( ruleName EOF )
            // InternalAssign.g:522:1: ruleName EOF
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
    // InternalAssign.g:529:1: ruleName : ( ( rule__Name__Alternatives ) ) ;
    public final void ruleName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:533:2: ( ( ( rule__Name__Alternatives ) ) )
            // InternalAssign.g:534:2: ( ( rule__Name__Alternatives ) )
            {
            // InternalAssign.g:534:2: ( ( rule__Name__Alternatives ) )
            // InternalAssign.g:535:3: ( rule__Name__Alternatives )
            {
             before(grammarAccess.getNameAccess().getAlternatives()); 
            // InternalAssign.g:536:3: ( rule__Name__Alternatives )
            // InternalAssign.g:536:4: rule__Name__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Name__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getNameAccess().getAlternatives()); 

            }


            }

        }
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
    // InternalAssign.g:545:1: entryRuleBoardRef : ruleBoardRef EOF ;
    public final void entryRuleBoardRef() throws RecognitionException {
        try {
            // InternalAssign.g:546:1: ( ruleBoardRef EOF )
            // InternalAssign.g:547:1: ruleBoardRef EOF
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
    // InternalAssign.g:554:1: ruleBoardRef : ( ( rule__BoardRef__Alternatives ) ) ;
    public final void ruleBoardRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:558:2: ( ( ( rule__BoardRef__Alternatives ) ) )
            // InternalAssign.g:559:2: ( ( rule__BoardRef__Alternatives ) )
            {
            // InternalAssign.g:559:2: ( ( rule__BoardRef__Alternatives ) )
            // InternalAssign.g:560:3: ( rule__BoardRef__Alternatives )
            {
             before(grammarAccess.getBoardRefAccess().getAlternatives()); 
            // InternalAssign.g:561:3: ( rule__BoardRef__Alternatives )
            // InternalAssign.g:561:4: rule__BoardRef__Alternatives
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
    // InternalAssign.g:570:1: entryRuleDeviceRef : ruleDeviceRef EOF ;
    public final void entryRuleDeviceRef() throws RecognitionException {
        try {
            // InternalAssign.g:571:1: ( ruleDeviceRef EOF )
            // InternalAssign.g:572:1: ruleDeviceRef EOF
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
    // InternalAssign.g:579:1: ruleDeviceRef : ( ( rule__DeviceRef__Alternatives ) ) ;
    public final void ruleDeviceRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:583:2: ( ( ( rule__DeviceRef__Alternatives ) ) )
            // InternalAssign.g:584:2: ( ( rule__DeviceRef__Alternatives ) )
            {
            // InternalAssign.g:584:2: ( ( rule__DeviceRef__Alternatives ) )
            // InternalAssign.g:585:3: ( rule__DeviceRef__Alternatives )
            {
             before(grammarAccess.getDeviceRefAccess().getAlternatives()); 
            // InternalAssign.g:586:3: ( rule__DeviceRef__Alternatives )
            // InternalAssign.g:586:4: rule__DeviceRef__Alternatives
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
    // InternalAssign.g:595:1: entryRuleGroupId : ruleGroupId EOF ;
    public final void entryRuleGroupId() throws RecognitionException {
        try {
            // InternalAssign.g:596:1: ( ruleGroupId EOF )
            // InternalAssign.g:597:1: ruleGroupId EOF
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
    // InternalAssign.g:604:1: ruleGroupId : ( RULE_INT ) ;
    public final void ruleGroupId() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:608:2: ( ( RULE_INT ) )
            // InternalAssign.g:609:2: ( RULE_INT )
            {
            // InternalAssign.g:609:2: ( RULE_INT )
            // InternalAssign.g:610:3: RULE_INT
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
    // InternalAssign.g:620:1: entryRuleMemberRef : ruleMemberRef EOF ;
    public final void entryRuleMemberRef() throws RecognitionException {
        try {
            // InternalAssign.g:621:1: ( ruleMemberRef EOF )
            // InternalAssign.g:622:1: ruleMemberRef EOF
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
    // InternalAssign.g:629:1: ruleMemberRef : ( ( rule__MemberRef__Group__0 ) ) ;
    public final void ruleMemberRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:633:2: ( ( ( rule__MemberRef__Group__0 ) ) )
            // InternalAssign.g:634:2: ( ( rule__MemberRef__Group__0 ) )
            {
            // InternalAssign.g:634:2: ( ( rule__MemberRef__Group__0 ) )
            // InternalAssign.g:635:3: ( rule__MemberRef__Group__0 )
            {
             before(grammarAccess.getMemberRefAccess().getGroup()); 
            // InternalAssign.g:636:3: ( rule__MemberRef__Group__0 )
            // InternalAssign.g:636:4: rule__MemberRef__Group__0
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
    // InternalAssign.g:645:1: entryRuleMemberPart : ruleMemberPart EOF ;
    public final void entryRuleMemberPart() throws RecognitionException {
        try {
            // InternalAssign.g:646:1: ( ruleMemberPart EOF )
            // InternalAssign.g:647:1: ruleMemberPart EOF
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
    // InternalAssign.g:654:1: ruleMemberPart : ( ( rule__MemberPart__Alternatives ) ) ;
    public final void ruleMemberPart() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:658:2: ( ( ( rule__MemberPart__Alternatives ) ) )
            // InternalAssign.g:659:2: ( ( rule__MemberPart__Alternatives ) )
            {
            // InternalAssign.g:659:2: ( ( rule__MemberPart__Alternatives ) )
            // InternalAssign.g:660:3: ( rule__MemberPart__Alternatives )
            {
             before(grammarAccess.getMemberPartAccess().getAlternatives()); 
            // InternalAssign.g:661:3: ( rule__MemberPart__Alternatives )
            // InternalAssign.g:661:4: rule__MemberPart__Alternatives
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
    // InternalAssign.g:670:1: entryRuleRegionName : ruleRegionName EOF ;
    public final void entryRuleRegionName() throws RecognitionException {
        try {
            // InternalAssign.g:671:1: ( ruleRegionName EOF )
            // InternalAssign.g:672:1: ruleRegionName EOF
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
    // InternalAssign.g:679:1: ruleRegionName : ( ( rule__RegionName__Alternatives ) ) ;
    public final void ruleRegionName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:683:2: ( ( ( rule__RegionName__Alternatives ) ) )
            // InternalAssign.g:684:2: ( ( rule__RegionName__Alternatives ) )
            {
            // InternalAssign.g:684:2: ( ( rule__RegionName__Alternatives ) )
            // InternalAssign.g:685:3: ( rule__RegionName__Alternatives )
            {
             before(grammarAccess.getRegionNameAccess().getAlternatives()); 
            // InternalAssign.g:686:3: ( rule__RegionName__Alternatives )
            // InternalAssign.g:686:4: rule__RegionName__Alternatives
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
    // InternalAssign.g:695:1: entryRuleSize : ruleSize EOF ;
    public final void entryRuleSize() throws RecognitionException {
        try {
            // InternalAssign.g:696:1: ( ruleSize EOF )
            // InternalAssign.g:697:1: ruleSize EOF
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
    // InternalAssign.g:704:1: ruleSize : ( ( rule__Size__Group__0 ) ) ;
    public final void ruleSize() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:708:2: ( ( ( rule__Size__Group__0 ) ) )
            // InternalAssign.g:709:2: ( ( rule__Size__Group__0 ) )
            {
            // InternalAssign.g:709:2: ( ( rule__Size__Group__0 ) )
            // InternalAssign.g:710:3: ( rule__Size__Group__0 )
            {
             before(grammarAccess.getSizeAccess().getGroup()); 
            // InternalAssign.g:711:3: ( rule__Size__Group__0 )
            // InternalAssign.g:711:4: rule__Size__Group__0
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
    // InternalAssign.g:720:1: entryRuleNumber : ruleNumber EOF ;
    public final void entryRuleNumber() throws RecognitionException {
        try {
            // InternalAssign.g:721:1: ( ruleNumber EOF )
            // InternalAssign.g:722:1: ruleNumber EOF
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
    // InternalAssign.g:729:1: ruleNumber : ( ( rule__Number__Alternatives ) ) ;
    public final void ruleNumber() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:733:2: ( ( ( rule__Number__Alternatives ) ) )
            // InternalAssign.g:734:2: ( ( rule__Number__Alternatives ) )
            {
            // InternalAssign.g:734:2: ( ( rule__Number__Alternatives ) )
            // InternalAssign.g:735:3: ( rule__Number__Alternatives )
            {
             before(grammarAccess.getNumberAccess().getAlternatives()); 
            // InternalAssign.g:736:3: ( rule__Number__Alternatives )
            // InternalAssign.g:736:4: rule__Number__Alternatives
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
    // InternalAssign.g:745:1: entryRuleInt32 : ruleInt32 EOF ;
    public final void entryRuleInt32() throws RecognitionException {
        try {
            // InternalAssign.g:746:1: ( ruleInt32 EOF )
            // InternalAssign.g:747:1: ruleInt32 EOF
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
    // InternalAssign.g:754:1: ruleInt32 : ( ( rule__Int32__Alternatives ) ) ;
    public final void ruleInt32() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:758:2: ( ( ( rule__Int32__Alternatives ) ) )
            // InternalAssign.g:759:2: ( ( rule__Int32__Alternatives ) )
            {
            // InternalAssign.g:759:2: ( ( rule__Int32__Alternatives ) )
            // InternalAssign.g:760:3: ( rule__Int32__Alternatives )
            {
             before(grammarAccess.getInt32Access().getAlternatives()); 
            // InternalAssign.g:761:3: ( rule__Int32__Alternatives )
            // InternalAssign.g:761:4: rule__Int32__Alternatives
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


    // $ANTLR start "entryRuleUnixId"
    // InternalAssign.g:770:1: entryRuleUnixId : ruleUnixId EOF ;
    public final void entryRuleUnixId() throws RecognitionException {
        try {
            // InternalAssign.g:771:1: ( ruleUnixId EOF )
            // InternalAssign.g:772:1: ruleUnixId EOF
            {
             before(grammarAccess.getUnixIdRule()); 
            pushFollow(FOLLOW_1);
            ruleUnixId();

            state._fsp--;

             after(grammarAccess.getUnixIdRule()); 
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
    // $ANTLR end "entryRuleUnixId"


    // $ANTLR start "ruleUnixId"
    // InternalAssign.g:779:1: ruleUnixId : ( RULE_INT ) ;
    public final void ruleUnixId() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:783:2: ( ( RULE_INT ) )
            // InternalAssign.g:784:2: ( RULE_INT )
            {
            // InternalAssign.g:784:2: ( RULE_INT )
            // InternalAssign.g:785:3: RULE_INT
            {
             before(grammarAccess.getUnixIdAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getUnixIdAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleUnixId"


    // $ANTLR start "entryRuleReadOnly"
    // InternalAssign.g:795:1: entryRuleReadOnly : ruleReadOnly EOF ;
    public final void entryRuleReadOnly() throws RecognitionException {
        try {
            // InternalAssign.g:796:1: ( ruleReadOnly EOF )
            // InternalAssign.g:797:1: ruleReadOnly EOF
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
    // InternalAssign.g:804:1: ruleReadOnly : ( 'read-only' ) ;
    public final void ruleReadOnly() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:808:2: ( ( 'read-only' ) )
            // InternalAssign.g:809:2: ( 'read-only' )
            {
            // InternalAssign.g:809:2: ( 'read-only' )
            // InternalAssign.g:810:3: 'read-only'
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
    // InternalAssign.g:820:1: entryRuleWriteOnly : ruleWriteOnly EOF ;
    public final void entryRuleWriteOnly() throws RecognitionException {
        try {
            // InternalAssign.g:821:1: ( ruleWriteOnly EOF )
            // InternalAssign.g:822:1: ruleWriteOnly EOF
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
    // InternalAssign.g:829:1: ruleWriteOnly : ( 'write-only' ) ;
    public final void ruleWriteOnly() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:833:2: ( ( 'write-only' ) )
            // InternalAssign.g:834:2: ( 'write-only' )
            {
            // InternalAssign.g:834:2: ( 'write-only' )
            // InternalAssign.g:835:3: 'write-only'
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
    // InternalAssign.g:845:1: ruleVfioDriver : ( ( rule__VfioDriver__Alternatives ) ) ;
    public final void ruleVfioDriver() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:849:1: ( ( ( rule__VfioDriver__Alternatives ) ) )
            // InternalAssign.g:850:2: ( ( rule__VfioDriver__Alternatives ) )
            {
            // InternalAssign.g:850:2: ( ( rule__VfioDriver__Alternatives ) )
            // InternalAssign.g:851:3: ( rule__VfioDriver__Alternatives )
            {
             before(grammarAccess.getVfioDriverAccess().getAlternatives()); 
            // InternalAssign.g:852:3: ( rule__VfioDriver__Alternatives )
            // InternalAssign.g:852:4: rule__VfioDriver__Alternatives
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
    // InternalAssign.g:861:1: ruleOpenPath : ( ( rule__OpenPath__Alternatives ) ) ;
    public final void ruleOpenPath() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:865:1: ( ( ( rule__OpenPath__Alternatives ) ) )
            // InternalAssign.g:866:2: ( ( rule__OpenPath__Alternatives ) )
            {
            // InternalAssign.g:866:2: ( ( rule__OpenPath__Alternatives ) )
            // InternalAssign.g:867:3: ( rule__OpenPath__Alternatives )
            {
             before(grammarAccess.getOpenPathAccess().getAlternatives()); 
            // InternalAssign.g:868:3: ( rule__OpenPath__Alternatives )
            // InternalAssign.g:868:4: rule__OpenPath__Alternatives
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
    // InternalAssign.g:877:1: ruleResetPolicy : ( ( rule__ResetPolicy__Alternatives ) ) ;
    public final void ruleResetPolicy() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:881:1: ( ( ( rule__ResetPolicy__Alternatives ) ) )
            // InternalAssign.g:882:2: ( ( rule__ResetPolicy__Alternatives ) )
            {
            // InternalAssign.g:882:2: ( ( rule__ResetPolicy__Alternatives ) )
            // InternalAssign.g:883:3: ( rule__ResetPolicy__Alternatives )
            {
             before(grammarAccess.getResetPolicyAccess().getAlternatives()); 
            // InternalAssign.g:884:3: ( rule__ResetPolicy__Alternatives )
            // InternalAssign.g:884:4: rule__ResetPolicy__Alternatives
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
    // InternalAssign.g:893:1: ruleIrqMode : ( ( rule__IrqMode__Alternatives ) ) ;
    public final void ruleIrqMode() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:897:1: ( ( ( rule__IrqMode__Alternatives ) ) )
            // InternalAssign.g:898:2: ( ( rule__IrqMode__Alternatives ) )
            {
            // InternalAssign.g:898:2: ( ( rule__IrqMode__Alternatives ) )
            // InternalAssign.g:899:3: ( rule__IrqMode__Alternatives )
            {
             before(grammarAccess.getIrqModeAccess().getAlternatives()); 
            // InternalAssign.g:900:3: ( rule__IrqMode__Alternatives )
            // InternalAssign.g:900:4: rule__IrqMode__Alternatives
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
    // InternalAssign.g:909:1: ruleKernelCapability : ( ( rule__KernelCapability__Alternatives ) ) ;
    public final void ruleKernelCapability() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:913:1: ( ( ( rule__KernelCapability__Alternatives ) ) )
            // InternalAssign.g:914:2: ( ( rule__KernelCapability__Alternatives ) )
            {
            // InternalAssign.g:914:2: ( ( rule__KernelCapability__Alternatives ) )
            // InternalAssign.g:915:3: ( rule__KernelCapability__Alternatives )
            {
             before(grammarAccess.getKernelCapabilityAccess().getAlternatives()); 
            // InternalAssign.g:916:3: ( rule__KernelCapability__Alternatives )
            // InternalAssign.g:916:4: rule__KernelCapability__Alternatives
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
    // InternalAssign.g:925:1: ruleProtection : ( ( rule__Protection__Alternatives ) ) ;
    public final void ruleProtection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:929:1: ( ( ( rule__Protection__Alternatives ) ) )
            // InternalAssign.g:930:2: ( ( rule__Protection__Alternatives ) )
            {
            // InternalAssign.g:930:2: ( ( rule__Protection__Alternatives ) )
            // InternalAssign.g:931:3: ( rule__Protection__Alternatives )
            {
             before(grammarAccess.getProtectionAccess().getAlternatives()); 
            // InternalAssign.g:932:3: ( rule__Protection__Alternatives )
            // InternalAssign.g:932:4: rule__Protection__Alternatives
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
    // InternalAssign.g:941:1: ruleRegionKind : ( ( rule__RegionKind__Alternatives ) ) ;
    public final void ruleRegionKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:945:1: ( ( ( rule__RegionKind__Alternatives ) ) )
            // InternalAssign.g:946:2: ( ( rule__RegionKind__Alternatives ) )
            {
            // InternalAssign.g:946:2: ( ( rule__RegionKind__Alternatives ) )
            // InternalAssign.g:947:3: ( rule__RegionKind__Alternatives )
            {
             before(grammarAccess.getRegionKindAccess().getAlternatives()); 
            // InternalAssign.g:948:3: ( rule__RegionKind__Alternatives )
            // InternalAssign.g:948:4: rule__RegionKind__Alternatives
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
    // InternalAssign.g:957:1: ruleInterruptKind : ( ( rule__InterruptKind__Alternatives ) ) ;
    public final void ruleInterruptKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:961:1: ( ( ( rule__InterruptKind__Alternatives ) ) )
            // InternalAssign.g:962:2: ( ( rule__InterruptKind__Alternatives ) )
            {
            // InternalAssign.g:962:2: ( ( rule__InterruptKind__Alternatives ) )
            // InternalAssign.g:963:3: ( rule__InterruptKind__Alternatives )
            {
             before(grammarAccess.getInterruptKindAccess().getAlternatives()); 
            // InternalAssign.g:964:3: ( rule__InterruptKind__Alternatives )
            // InternalAssign.g:964:4: rule__InterruptKind__Alternatives
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
    // InternalAssign.g:972:1: rule__AssignmentConfig__Alternatives_3_1 : ( ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) ) | ( ( rule__AssignmentConfig__Group_3_1_1__0 ) ) );
    public final void rule__AssignmentConfig__Alternatives_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:976:1: ( ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) ) | ( ( rule__AssignmentConfig__Group_3_1_1__0 ) ) )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( ((LA1_0>=RULE_STRING && LA1_0<=RULE_ID)||(LA1_0>=14 && LA1_0<=83)) ) {
                alt1=1;
            }
            else if ( (LA1_0==92) ) {
                alt1=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }
            switch (alt1) {
                case 1 :
                    // InternalAssign.g:977:2: ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) )
                    {
                    // InternalAssign.g:977:2: ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) )
                    // InternalAssign.g:978:3: ( rule__AssignmentConfig__BoardAssignment_3_1_0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getBoardAssignment_3_1_0()); 
                    // InternalAssign.g:979:3: ( rule__AssignmentConfig__BoardAssignment_3_1_0 )
                    // InternalAssign.g:979:4: rule__AssignmentConfig__BoardAssignment_3_1_0
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
                    // InternalAssign.g:983:2: ( ( rule__AssignmentConfig__Group_3_1_1__0 ) )
                    {
                    // InternalAssign.g:983:2: ( ( rule__AssignmentConfig__Group_3_1_1__0 ) )
                    // InternalAssign.g:984:3: ( rule__AssignmentConfig__Group_3_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getGroup_3_1_1()); 
                    // InternalAssign.g:985:3: ( rule__AssignmentConfig__Group_3_1_1__0 )
                    // InternalAssign.g:985:4: rule__AssignmentConfig__Group_3_1_1__0
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
    // InternalAssign.g:993:1: rule__AssignmentConfig__Alternatives_4 : ( ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) ) | ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) ) );
    public final void rule__AssignmentConfig__Alternatives_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:997:1: ( ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) ) | ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) ) )
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( ((LA2_0>=16 && LA2_0<=18)) ) {
                alt2=1;
            }
            else if ( (LA2_0==19) ) {
                alt2=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }
            switch (alt2) {
                case 1 :
                    // InternalAssign.g:998:2: ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) )
                    {
                    // InternalAssign.g:998:2: ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) )
                    // InternalAssign.g:999:3: ( rule__AssignmentConfig__ConsumersAssignment_4_0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getConsumersAssignment_4_0()); 
                    // InternalAssign.g:1000:3: ( rule__AssignmentConfig__ConsumersAssignment_4_0 )
                    // InternalAssign.g:1000:4: rule__AssignmentConfig__ConsumersAssignment_4_0
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
                    // InternalAssign.g:1004:2: ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) )
                    {
                    // InternalAssign.g:1004:2: ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) )
                    // InternalAssign.g:1005:3: ( rule__AssignmentConfig__AssignmentsAssignment_4_1 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignment_4_1()); 
                    // InternalAssign.g:1006:3: ( rule__AssignmentConfig__AssignmentsAssignment_4_1 )
                    // InternalAssign.g:1006:4: rule__AssignmentConfig__AssignmentsAssignment_4_1
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
    // InternalAssign.g:1014:1: rule__Consumer__Alternatives : ( ( ruleVmGuest ) | ( ruleUserspaceDriver ) | ( ruleProbe ) );
    public final void rule__Consumer__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1018:1: ( ( ruleVmGuest ) | ( ruleUserspaceDriver ) | ( ruleProbe ) )
            int alt3=3;
            switch ( input.LA(1) ) {
            case 16:
                {
                alt3=1;
                }
                break;
            case 17:
                {
                alt3=2;
                }
                break;
            case 18:
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
                    // InternalAssign.g:1019:2: ( ruleVmGuest )
                    {
                    // InternalAssign.g:1019:2: ( ruleVmGuest )
                    // InternalAssign.g:1020:3: ruleVmGuest
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
                    // InternalAssign.g:1025:2: ( ruleUserspaceDriver )
                    {
                    // InternalAssign.g:1025:2: ( ruleUserspaceDriver )
                    // InternalAssign.g:1026:3: ruleUserspaceDriver
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
                    // InternalAssign.g:1031:2: ( ruleProbe )
                    {
                    // InternalAssign.g:1031:2: ( ruleProbe )
                    // InternalAssign.g:1032:3: ruleProbe
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
    // InternalAssign.g:1041:1: rule__VmGuest__MachineAlternatives_2_1_2_1_0 : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__VmGuest__MachineAlternatives_2_1_2_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1045:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==RULE_ID||(LA4_0>=14 && LA4_0<=83)) ) {
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
                    // InternalAssign.g:1046:2: ( ruleName )
                    {
                    // InternalAssign.g:1046:2: ( ruleName )
                    // InternalAssign.g:1047:3: ruleName
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
                    // InternalAssign.g:1052:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1052:2: ( RULE_STRING )
                    // InternalAssign.g:1053:3: RULE_STRING
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
    // InternalAssign.g:1062:1: rule__Assignment__Alternatives_1 : ( ( ( rule__Assignment__DeviceAssignment_1_0 ) ) | ( ( rule__Assignment__Group_1_1__0 ) ) );
    public final void rule__Assignment__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1066:1: ( ( ( rule__Assignment__DeviceAssignment_1_0 ) ) | ( ( rule__Assignment__Group_1_1__0 ) ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( ((LA5_0>=RULE_STRING && LA5_0<=RULE_ID)||(LA5_0>=14 && LA5_0<=83)) ) {
                alt5=1;
            }
            else if ( (LA5_0==88) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalAssign.g:1067:2: ( ( rule__Assignment__DeviceAssignment_1_0 ) )
                    {
                    // InternalAssign.g:1067:2: ( ( rule__Assignment__DeviceAssignment_1_0 ) )
                    // InternalAssign.g:1068:3: ( rule__Assignment__DeviceAssignment_1_0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getDeviceAssignment_1_0()); 
                    // InternalAssign.g:1069:3: ( rule__Assignment__DeviceAssignment_1_0 )
                    // InternalAssign.g:1069:4: rule__Assignment__DeviceAssignment_1_0
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
                    // InternalAssign.g:1073:2: ( ( rule__Assignment__Group_1_1__0 ) )
                    {
                    // InternalAssign.g:1073:2: ( ( rule__Assignment__Group_1_1__0 ) )
                    // InternalAssign.g:1074:3: ( rule__Assignment__Group_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_1_1()); 
                    // InternalAssign.g:1075:3: ( rule__Assignment__Group_1_1__0 )
                    // InternalAssign.g:1075:4: rule__Assignment__Group_1_1__0
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
    // InternalAssign.g:1083:1: rule__Assignment__Alternatives_4_2 : ( ( ( rule__Assignment__RegionsAssignment_4_2_0 ) ) | ( ( rule__Assignment__IrqsAssignment_4_2_1 ) ) | ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) ) );
    public final void rule__Assignment__Alternatives_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1087:1: ( ( ( rule__Assignment__RegionsAssignment_4_2_0 ) ) | ( ( rule__Assignment__IrqsAssignment_4_2_1 ) ) | ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) ) )
            int alt6=3;
            switch ( input.LA(1) ) {
            case 34:
                {
                alt6=1;
                }
                break;
            case 35:
                {
                alt6=2;
                }
                break;
            case 36:
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
                    // InternalAssign.g:1088:2: ( ( rule__Assignment__RegionsAssignment_4_2_0 ) )
                    {
                    // InternalAssign.g:1088:2: ( ( rule__Assignment__RegionsAssignment_4_2_0 ) )
                    // InternalAssign.g:1089:3: ( rule__Assignment__RegionsAssignment_4_2_0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getRegionsAssignment_4_2_0()); 
                    // InternalAssign.g:1090:3: ( rule__Assignment__RegionsAssignment_4_2_0 )
                    // InternalAssign.g:1090:4: rule__Assignment__RegionsAssignment_4_2_0
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
                    // InternalAssign.g:1094:2: ( ( rule__Assignment__IrqsAssignment_4_2_1 ) )
                    {
                    // InternalAssign.g:1094:2: ( ( rule__Assignment__IrqsAssignment_4_2_1 ) )
                    // InternalAssign.g:1095:3: ( rule__Assignment__IrqsAssignment_4_2_1 )
                    {
                     before(grammarAccess.getAssignmentAccess().getIrqsAssignment_4_2_1()); 
                    // InternalAssign.g:1096:3: ( rule__Assignment__IrqsAssignment_4_2_1 )
                    // InternalAssign.g:1096:4: rule__Assignment__IrqsAssignment_4_2_1
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
                    // InternalAssign.g:1100:2: ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) )
                    {
                    // InternalAssign.g:1100:2: ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) )
                    // InternalAssign.g:1101:3: ( rule__Assignment__DmaWindowsAssignment_4_2_2 )
                    {
                     before(grammarAccess.getAssignmentAccess().getDmaWindowsAssignment_4_2_2()); 
                    // InternalAssign.g:1102:3: ( rule__Assignment__DmaWindowsAssignment_4_2_2 )
                    // InternalAssign.g:1102:4: rule__Assignment__DmaWindowsAssignment_4_2_2
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
    // InternalAssign.g:1110:1: rule__DmaWindow__Alternatives_6 : ( ( ( rule__DmaWindow__WritableAssignment_6_0 ) ) | ( ( rule__DmaWindow__ReadableAssignment_6_1 ) ) );
    public final void rule__DmaWindow__Alternatives_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1114:1: ( ( ( rule__DmaWindow__WritableAssignment_6_0 ) ) | ( ( rule__DmaWindow__ReadableAssignment_6_1 ) ) )
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
                    // InternalAssign.g:1115:2: ( ( rule__DmaWindow__WritableAssignment_6_0 ) )
                    {
                    // InternalAssign.g:1115:2: ( ( rule__DmaWindow__WritableAssignment_6_0 ) )
                    // InternalAssign.g:1116:3: ( rule__DmaWindow__WritableAssignment_6_0 )
                    {
                     before(grammarAccess.getDmaWindowAccess().getWritableAssignment_6_0()); 
                    // InternalAssign.g:1117:3: ( rule__DmaWindow__WritableAssignment_6_0 )
                    // InternalAssign.g:1117:4: rule__DmaWindow__WritableAssignment_6_0
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
                    // InternalAssign.g:1121:2: ( ( rule__DmaWindow__ReadableAssignment_6_1 ) )
                    {
                    // InternalAssign.g:1121:2: ( ( rule__DmaWindow__ReadableAssignment_6_1 ) )
                    // InternalAssign.g:1122:3: ( rule__DmaWindow__ReadableAssignment_6_1 )
                    {
                     before(grammarAccess.getDmaWindowAccess().getReadableAssignment_6_1()); 
                    // InternalAssign.g:1123:3: ( rule__DmaWindow__ReadableAssignment_6_1 )
                    // InternalAssign.g:1123:4: rule__DmaWindow__ReadableAssignment_6_1
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
    // InternalAssign.g:1131:1: rule__InlineBoard__Alternatives_3 : ( ( ( rule__InlineBoard__DevicesAssignment_3_0 ) ) | ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) ) );
    public final void rule__InlineBoard__Alternatives_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1135:1: ( ( ( rule__InlineBoard__DevicesAssignment_3_0 ) ) | ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( ((LA8_0>=53 && LA8_0<=54)) ) {
                alt8=1;
            }
            else if ( (LA8_0==88) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalAssign.g:1136:2: ( ( rule__InlineBoard__DevicesAssignment_3_0 ) )
                    {
                    // InternalAssign.g:1136:2: ( ( rule__InlineBoard__DevicesAssignment_3_0 ) )
                    // InternalAssign.g:1137:3: ( rule__InlineBoard__DevicesAssignment_3_0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getDevicesAssignment_3_0()); 
                    // InternalAssign.g:1138:3: ( rule__InlineBoard__DevicesAssignment_3_0 )
                    // InternalAssign.g:1138:4: rule__InlineBoard__DevicesAssignment_3_0
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
                    // InternalAssign.g:1142:2: ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) )
                    {
                    // InternalAssign.g:1142:2: ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) )
                    // InternalAssign.g:1143:3: ( rule__InlineBoard__IommuGroupsAssignment_3_1 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getIommuGroupsAssignment_3_1()); 
                    // InternalAssign.g:1144:3: ( rule__InlineBoard__IommuGroupsAssignment_3_1 )
                    // InternalAssign.g:1144:4: rule__InlineBoard__IommuGroupsAssignment_3_1
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
    // InternalAssign.g:1152:1: rule__Device__Alternatives : ( ( rulePciDevice ) | ( rulePlatformDevice ) );
    public final void rule__Device__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1156:1: ( ( rulePciDevice ) | ( rulePlatformDevice ) )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==53) ) {
                alt9=1;
            }
            else if ( (LA9_0==54) ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalAssign.g:1157:2: ( rulePciDevice )
                    {
                    // InternalAssign.g:1157:2: ( rulePciDevice )
                    // InternalAssign.g:1158:3: rulePciDevice
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
                    // InternalAssign.g:1163:2: ( rulePlatformDevice )
                    {
                    // InternalAssign.g:1163:2: ( rulePlatformDevice )
                    // InternalAssign.g:1164:3: rulePlatformDevice
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
    // InternalAssign.g:1173:1: rule__DeviceFacts__DriverAlternatives_0_0_1_0 : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceFacts__DriverAlternatives_0_0_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1177:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==RULE_ID||(LA10_0>=14 && LA10_0<=83)) ) {
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
                    // InternalAssign.g:1178:2: ( ruleName )
                    {
                    // InternalAssign.g:1178:2: ( ruleName )
                    // InternalAssign.g:1179:3: ruleName
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
                    // InternalAssign.g:1184:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1184:2: ( RULE_STRING )
                    // InternalAssign.g:1185:3: RULE_STRING
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
    // InternalAssign.g:1194:1: rule__DeviceFacts__Alternatives_1_1 : ( ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) ) | ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) ) );
    public final void rule__DeviceFacts__Alternatives_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1198:1: ( ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) ) | ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==69) ) {
                alt11=1;
            }
            else if ( (LA11_0==35) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalAssign.g:1199:2: ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) )
                    {
                    // InternalAssign.g:1199:2: ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) )
                    // InternalAssign.g:1200:3: ( rule__DeviceFacts__RegionsAssignment_1_1_0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getRegionsAssignment_1_1_0()); 
                    // InternalAssign.g:1201:3: ( rule__DeviceFacts__RegionsAssignment_1_1_0 )
                    // InternalAssign.g:1201:4: rule__DeviceFacts__RegionsAssignment_1_1_0
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
                    // InternalAssign.g:1205:2: ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) )
                    {
                    // InternalAssign.g:1205:2: ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) )
                    // InternalAssign.g:1206:3: ( rule__DeviceFacts__InterruptsAssignment_1_1_1 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getInterruptsAssignment_1_1_1()); 
                    // InternalAssign.g:1207:3: ( rule__DeviceFacts__InterruptsAssignment_1_1_1 )
                    // InternalAssign.g:1207:4: rule__DeviceFacts__InterruptsAssignment_1_1_1
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


    // $ANTLR start "rule__Name__Alternatives"
    // InternalAssign.g:1215:1: rule__Name__Alternatives : ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'force' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) );
    public final void rule__Name__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1219:1: ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'force' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) )
            int alt12=71;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt12=1;
                }
                break;
            case 14:
                {
                alt12=2;
                }
                break;
            case 15:
                {
                alt12=3;
                }
                break;
            case 16:
                {
                alt12=4;
                }
                break;
            case 17:
                {
                alt12=5;
                }
                break;
            case 18:
                {
                alt12=6;
                }
                break;
            case 19:
                {
                alt12=7;
                }
                break;
            case 20:
                {
                alt12=8;
                }
                break;
            case 21:
                {
                alt12=9;
                }
                break;
            case 22:
                {
                alt12=10;
                }
                break;
            case 23:
                {
                alt12=11;
                }
                break;
            case 24:
                {
                alt12=12;
                }
                break;
            case 25:
                {
                alt12=13;
                }
                break;
            case 26:
                {
                alt12=14;
                }
                break;
            case 27:
                {
                alt12=15;
                }
                break;
            case 28:
                {
                alt12=16;
                }
                break;
            case 29:
                {
                alt12=17;
                }
                break;
            case 30:
                {
                alt12=18;
                }
                break;
            case 31:
                {
                alt12=19;
                }
                break;
            case 32:
                {
                alt12=20;
                }
                break;
            case 33:
                {
                alt12=21;
                }
                break;
            case 34:
                {
                alt12=22;
                }
                break;
            case 35:
                {
                alt12=23;
                }
                break;
            case 36:
                {
                alt12=24;
                }
                break;
            case 37:
                {
                alt12=25;
                }
                break;
            case 38:
                {
                alt12=26;
                }
                break;
            case 39:
                {
                alt12=27;
                }
                break;
            case 40:
                {
                alt12=28;
                }
                break;
            case 41:
                {
                alt12=29;
                }
                break;
            case 42:
                {
                alt12=30;
                }
                break;
            case 43:
                {
                alt12=31;
                }
                break;
            case 44:
                {
                alt12=32;
                }
                break;
            case 45:
                {
                alt12=33;
                }
                break;
            case 46:
                {
                alt12=34;
                }
                break;
            case 47:
                {
                alt12=35;
                }
                break;
            case 48:
                {
                alt12=36;
                }
                break;
            case 49:
                {
                alt12=37;
                }
                break;
            case 50:
                {
                alt12=38;
                }
                break;
            case 51:
                {
                alt12=39;
                }
                break;
            case 52:
                {
                alt12=40;
                }
                break;
            case 53:
                {
                alt12=41;
                }
                break;
            case 54:
                {
                alt12=42;
                }
                break;
            case 55:
                {
                alt12=43;
                }
                break;
            case 56:
                {
                alt12=44;
                }
                break;
            case 57:
                {
                alt12=45;
                }
                break;
            case 58:
                {
                alt12=46;
                }
                break;
            case 59:
                {
                alt12=47;
                }
                break;
            case 60:
                {
                alt12=48;
                }
                break;
            case 61:
                {
                alt12=49;
                }
                break;
            case 62:
                {
                alt12=50;
                }
                break;
            case 63:
                {
                alt12=51;
                }
                break;
            case 64:
                {
                alt12=52;
                }
                break;
            case 65:
                {
                alt12=53;
                }
                break;
            case 66:
                {
                alt12=54;
                }
                break;
            case 67:
                {
                alt12=55;
                }
                break;
            case 68:
                {
                alt12=56;
                }
                break;
            case 69:
                {
                alt12=57;
                }
                break;
            case 70:
                {
                alt12=58;
                }
                break;
            case 71:
                {
                alt12=59;
                }
                break;
            case 72:
                {
                alt12=60;
                }
                break;
            case 73:
                {
                alt12=61;
                }
                break;
            case 74:
                {
                alt12=62;
                }
                break;
            case 75:
                {
                alt12=63;
                }
                break;
            case 76:
                {
                alt12=64;
                }
                break;
            case 77:
                {
                alt12=65;
                }
                break;
            case 78:
                {
                alt12=66;
                }
                break;
            case 79:
                {
                alt12=67;
                }
                break;
            case 80:
                {
                alt12=68;
                }
                break;
            case 81:
                {
                alt12=69;
                }
                break;
            case 82:
                {
                alt12=70;
                }
                break;
            case 83:
                {
                alt12=71;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }

            switch (alt12) {
                case 1 :
                    // InternalAssign.g:1220:2: ( RULE_ID )
                    {
                    // InternalAssign.g:1220:2: ( RULE_ID )
                    // InternalAssign.g:1221:3: RULE_ID
                    {
                     before(grammarAccess.getNameAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1226:2: ( 'config' )
                    {
                    // InternalAssign.g:1226:2: ( 'config' )
                    // InternalAssign.g:1227:3: 'config'
                    {
                     before(grammarAccess.getNameAccess().getConfigKeyword_1()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getConfigKeyword_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1232:2: ( 'import' )
                    {
                    // InternalAssign.g:1232:2: ( 'import' )
                    // InternalAssign.g:1233:3: 'import'
                    {
                     before(grammarAccess.getNameAccess().getImportKeyword_2()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getImportKeyword_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1238:2: ( 'vm' )
                    {
                    // InternalAssign.g:1238:2: ( 'vm' )
                    // InternalAssign.g:1239:3: 'vm'
                    {
                     before(grammarAccess.getNameAccess().getVmKeyword_3()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVmKeyword_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1244:2: ( 'userspace' )
                    {
                    // InternalAssign.g:1244:2: ( 'userspace' )
                    // InternalAssign.g:1245:3: 'userspace'
                    {
                     before(grammarAccess.getNameAccess().getUserspaceKeyword_4()); 
                    match(input,17,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getUserspaceKeyword_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:1250:2: ( 'probe' )
                    {
                    // InternalAssign.g:1250:2: ( 'probe' )
                    // InternalAssign.g:1251:3: 'probe'
                    {
                     before(grammarAccess.getNameAccess().getProbeKeyword_5()); 
                    match(input,18,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getProbeKeyword_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:1256:2: ( 'assign' )
                    {
                    // InternalAssign.g:1256:2: ( 'assign' )
                    // InternalAssign.g:1257:3: 'assign'
                    {
                     before(grammarAccess.getNameAccess().getAssignKeyword_6()); 
                    match(input,19,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAssignKeyword_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalAssign.g:1262:2: ( 'memory' )
                    {
                    // InternalAssign.g:1262:2: ( 'memory' )
                    // InternalAssign.g:1263:3: 'memory'
                    {
                     before(grammarAccess.getNameAccess().getMemoryKeyword_7()); 
                    match(input,20,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMemoryKeyword_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalAssign.g:1268:2: ( 'vcpus' )
                    {
                    // InternalAssign.g:1268:2: ( 'vcpus' )
                    // InternalAssign.g:1269:3: 'vcpus'
                    {
                     before(grammarAccess.getNameAccess().getVcpusKeyword_8()); 
                    match(input,21,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVcpusKeyword_8()); 

                    }


                    }
                    break;
                case 10 :
                    // InternalAssign.g:1274:2: ( 'machine' )
                    {
                    // InternalAssign.g:1274:2: ( 'machine' )
                    // InternalAssign.g:1275:3: 'machine'
                    {
                     before(grammarAccess.getNameAccess().getMachineKeyword_9()); 
                    match(input,22,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMachineKeyword_9()); 

                    }


                    }
                    break;
                case 11 :
                    // InternalAssign.g:1280:2: ( 'memlock' )
                    {
                    // InternalAssign.g:1280:2: ( 'memlock' )
                    // InternalAssign.g:1281:3: 'memlock'
                    {
                     before(grammarAccess.getNameAccess().getMemlockKeyword_10()); 
                    match(input,23,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMemlockKeyword_10()); 

                    }


                    }
                    break;
                case 12 :
                    // InternalAssign.g:1286:2: ( 'qemu' )
                    {
                    // InternalAssign.g:1286:2: ( 'qemu' )
                    // InternalAssign.g:1287:3: 'qemu'
                    {
                     before(grammarAccess.getNameAccess().getQemuKeyword_11()); 
                    match(input,24,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getQemuKeyword_11()); 

                    }


                    }
                    break;
                case 13 :
                    // InternalAssign.g:1292:2: ( 'libvirt' )
                    {
                    // InternalAssign.g:1292:2: ( 'libvirt' )
                    // InternalAssign.g:1293:3: 'libvirt'
                    {
                     before(grammarAccess.getNameAccess().getLibvirtKeyword_12()); 
                    match(input,25,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getLibvirtKeyword_12()); 

                    }


                    }
                    break;
                case 14 :
                    // InternalAssign.g:1298:2: ( 'uid' )
                    {
                    // InternalAssign.g:1298:2: ( 'uid' )
                    // InternalAssign.g:1299:3: 'uid'
                    {
                     before(grammarAccess.getNameAccess().getUidKeyword_13()); 
                    match(input,26,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getUidKeyword_13()); 

                    }


                    }
                    break;
                case 15 :
                    // InternalAssign.g:1304:2: ( 'gid' )
                    {
                    // InternalAssign.g:1304:2: ( 'gid' )
                    // InternalAssign.g:1305:3: 'gid'
                    {
                     before(grammarAccess.getNameAccess().getGidKeyword_14()); 
                    match(input,27,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getGidKeyword_14()); 

                    }


                    }
                    break;
                case 16 :
                    // InternalAssign.g:1310:2: ( 'socket' )
                    {
                    // InternalAssign.g:1310:2: ( 'socket' )
                    // InternalAssign.g:1311:3: 'socket'
                    {
                     before(grammarAccess.getNameAccess().getSocketKeyword_15()); 
                    match(input,28,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getSocketKeyword_15()); 

                    }


                    }
                    break;
                case 17 :
                    // InternalAssign.g:1316:2: ( 'driver' )
                    {
                    // InternalAssign.g:1316:2: ( 'driver' )
                    // InternalAssign.g:1317:3: 'driver'
                    {
                     before(grammarAccess.getNameAccess().getDriverKeyword_16()); 
                    match(input,29,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDriverKeyword_16()); 

                    }


                    }
                    break;
                case 18 :
                    // InternalAssign.g:1322:2: ( 'open' )
                    {
                    // InternalAssign.g:1322:2: ( 'open' )
                    // InternalAssign.g:1323:3: 'open'
                    {
                     before(grammarAccess.getNameAccess().getOpenKeyword_17()); 
                    match(input,30,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getOpenKeyword_17()); 

                    }


                    }
                    break;
                case 19 :
                    // InternalAssign.g:1328:2: ( 'reset' )
                    {
                    // InternalAssign.g:1328:2: ( 'reset' )
                    // InternalAssign.g:1329:3: 'reset'
                    {
                     before(grammarAccess.getNameAccess().getResetKeyword_18()); 
                    match(input,31,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getResetKeyword_18()); 

                    }


                    }
                    break;
                case 20 :
                    // InternalAssign.g:1334:2: ( 'persistent' )
                    {
                    // InternalAssign.g:1334:2: ( 'persistent' )
                    // InternalAssign.g:1335:3: 'persistent'
                    {
                     before(grammarAccess.getNameAccess().getPersistentKeyword_19()); 
                    match(input,32,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPersistentKeyword_19()); 

                    }


                    }
                    break;
                case 21 :
                    // InternalAssign.g:1340:2: ( 'force' )
                    {
                    // InternalAssign.g:1340:2: ( 'force' )
                    // InternalAssign.g:1341:3: 'force'
                    {
                     before(grammarAccess.getNameAccess().getForceKeyword_20()); 
                    match(input,33,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getForceKeyword_20()); 

                    }


                    }
                    break;
                case 22 :
                    // InternalAssign.g:1346:2: ( 'map' )
                    {
                    // InternalAssign.g:1346:2: ( 'map' )
                    // InternalAssign.g:1347:3: 'map'
                    {
                     before(grammarAccess.getNameAccess().getMapKeyword_21()); 
                    match(input,34,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMapKeyword_21()); 

                    }


                    }
                    break;
                case 23 :
                    // InternalAssign.g:1352:2: ( 'irq' )
                    {
                    // InternalAssign.g:1352:2: ( 'irq' )
                    // InternalAssign.g:1353:3: 'irq'
                    {
                     before(grammarAccess.getNameAccess().getIrqKeyword_22()); 
                    match(input,35,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIrqKeyword_22()); 

                    }


                    }
                    break;
                case 24 :
                    // InternalAssign.g:1358:2: ( 'dma' )
                    {
                    // InternalAssign.g:1358:2: ( 'dma' )
                    // InternalAssign.g:1359:3: 'dma'
                    {
                     before(grammarAccess.getNameAccess().getDmaKeyword_23()); 
                    match(input,36,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaKeyword_23()); 

                    }


                    }
                    break;
                case 25 :
                    // InternalAssign.g:1364:2: ( 'auto' )
                    {
                    // InternalAssign.g:1364:2: ( 'auto' )
                    // InternalAssign.g:1365:3: 'auto'
                    {
                     before(grammarAccess.getNameAccess().getAutoKeyword_24()); 
                    match(input,37,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutoKeyword_24()); 

                    }


                    }
                    break;
                case 26 :
                    // InternalAssign.g:1370:2: ( 'vfio-pci' )
                    {
                    // InternalAssign.g:1370:2: ( 'vfio-pci' )
                    // InternalAssign.g:1371:3: 'vfio-pci'
                    {
                     before(grammarAccess.getNameAccess().getVfioPciKeyword_25()); 
                    match(input,38,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPciKeyword_25()); 

                    }


                    }
                    break;
                case 27 :
                    // InternalAssign.g:1376:2: ( 'vfio-platform' )
                    {
                    // InternalAssign.g:1376:2: ( 'vfio-platform' )
                    // InternalAssign.g:1377:3: 'vfio-platform'
                    {
                     before(grammarAccess.getNameAccess().getVfioPlatformKeyword_26()); 
                    match(input,39,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPlatformKeyword_26()); 

                    }


                    }
                    break;
                case 28 :
                    // InternalAssign.g:1382:2: ( 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:1382:2: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1383:3: 'vfio-fsl-mc'
                    {
                     before(grammarAccess.getNameAccess().getVfioFslMcKeyword_27()); 
                    match(input,40,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioFslMcKeyword_27()); 

                    }


                    }
                    break;
                case 29 :
                    // InternalAssign.g:1388:2: ( 'cdev' )
                    {
                    // InternalAssign.g:1388:2: ( 'cdev' )
                    // InternalAssign.g:1389:3: 'cdev'
                    {
                     before(grammarAccess.getNameAccess().getCdevKeyword_28()); 
                    match(input,41,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCdevKeyword_28()); 

                    }


                    }
                    break;
                case 30 :
                    // InternalAssign.g:1394:2: ( 'if-available' )
                    {
                    // InternalAssign.g:1394:2: ( 'if-available' )
                    // InternalAssign.g:1395:3: 'if-available'
                    {
                     before(grammarAccess.getNameAccess().getIfAvailableKeyword_29()); 
                    match(input,42,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIfAvailableKeyword_29()); 

                    }


                    }
                    break;
                case 31 :
                    // InternalAssign.g:1400:2: ( 'required' )
                    {
                    // InternalAssign.g:1400:2: ( 'required' )
                    // InternalAssign.g:1401:3: 'required'
                    {
                     before(grammarAccess.getNameAccess().getRequiredKeyword_30()); 
                    match(input,43,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRequiredKeyword_30()); 

                    }


                    }
                    break;
                case 32 :
                    // InternalAssign.g:1406:2: ( 'never' )
                    {
                    // InternalAssign.g:1406:2: ( 'never' )
                    // InternalAssign.g:1407:3: 'never'
                    {
                     before(grammarAccess.getNameAccess().getNeverKeyword_31()); 
                    match(input,44,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNeverKeyword_31()); 

                    }


                    }
                    break;
                case 33 :
                    // InternalAssign.g:1412:2: ( 'arch' )
                    {
                    // InternalAssign.g:1412:2: ( 'arch' )
                    // InternalAssign.g:1413:3: 'arch'
                    {
                     before(grammarAccess.getNameAccess().getArchKeyword_32()); 
                    match(input,45,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getArchKeyword_32()); 

                    }


                    }
                    break;
                case 34 :
                    // InternalAssign.g:1418:2: ( 'page' )
                    {
                    // InternalAssign.g:1418:2: ( 'page' )
                    // InternalAssign.g:1419:3: 'page'
                    {
                     before(grammarAccess.getNameAccess().getPageKeyword_33()); 
                    match(input,46,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPageKeyword_33()); 

                    }


                    }
                    break;
                case 35 :
                    // InternalAssign.g:1424:2: ( 'kernel' )
                    {
                    // InternalAssign.g:1424:2: ( 'kernel' )
                    // InternalAssign.g:1425:3: 'kernel'
                    {
                     before(grammarAccess.getNameAccess().getKernelKeyword_34()); 
                    match(input,47,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getKernelKeyword_34()); 

                    }


                    }
                    break;
                case 36 :
                    // InternalAssign.g:1430:2: ( 'capabilities' )
                    {
                    // InternalAssign.g:1430:2: ( 'capabilities' )
                    // InternalAssign.g:1431:3: 'capabilities'
                    {
                     before(grammarAccess.getNameAccess().getCapabilitiesKeyword_35()); 
                    match(input,48,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCapabilitiesKeyword_35()); 

                    }


                    }
                    break;
                case 37 :
                    // InternalAssign.g:1436:2: ( 'vfio-cdev' )
                    {
                    // InternalAssign.g:1436:2: ( 'vfio-cdev' )
                    // InternalAssign.g:1437:3: 'vfio-cdev'
                    {
                     before(grammarAccess.getNameAccess().getVfioCdevKeyword_36()); 
                    match(input,49,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioCdevKeyword_36()); 

                    }


                    }
                    break;
                case 38 :
                    // InternalAssign.g:1442:2: ( 'iommufd' )
                    {
                    // InternalAssign.g:1442:2: ( 'iommufd' )
                    // InternalAssign.g:1443:3: 'iommufd'
                    {
                     before(grammarAccess.getNameAccess().getIommufdKeyword_37()); 
                    match(input,50,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIommufdKeyword_37()); 

                    }


                    }
                    break;
                case 39 :
                    // InternalAssign.g:1448:2: ( 'noiommu' )
                    {
                    // InternalAssign.g:1448:2: ( 'noiommu' )
                    // InternalAssign.g:1449:3: 'noiommu'
                    {
                     before(grammarAccess.getNameAccess().getNoiommuKeyword_38()); 
                    match(input,51,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoiommuKeyword_38()); 

                    }


                    }
                    break;
                case 40 :
                    // InternalAssign.g:1454:2: ( 'type1v2' )
                    {
                    // InternalAssign.g:1454:2: ( 'type1v2' )
                    // InternalAssign.g:1455:3: 'type1v2'
                    {
                     before(grammarAccess.getNameAccess().getType1v2Keyword_39()); 
                    match(input,52,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getType1v2Keyword_39()); 

                    }


                    }
                    break;
                case 41 :
                    // InternalAssign.g:1460:2: ( 'pci' )
                    {
                    // InternalAssign.g:1460:2: ( 'pci' )
                    // InternalAssign.g:1461:3: 'pci'
                    {
                     before(grammarAccess.getNameAccess().getPciKeyword_40()); 
                    match(input,53,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPciKeyword_40()); 

                    }


                    }
                    break;
                case 42 :
                    // InternalAssign.g:1466:2: ( 'platform' )
                    {
                    // InternalAssign.g:1466:2: ( 'platform' )
                    // InternalAssign.g:1467:3: 'platform'
                    {
                     before(grammarAccess.getNameAccess().getPlatformKeyword_41()); 
                    match(input,54,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPlatformKeyword_41()); 

                    }


                    }
                    break;
                case 43 :
                    // InternalAssign.g:1472:2: ( 'vendor' )
                    {
                    // InternalAssign.g:1472:2: ( 'vendor' )
                    // InternalAssign.g:1473:3: 'vendor'
                    {
                     before(grammarAccess.getNameAccess().getVendorKeyword_42()); 
                    match(input,55,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVendorKeyword_42()); 

                    }


                    }
                    break;
                case 44 :
                    // InternalAssign.g:1478:2: ( 'device' )
                    {
                    // InternalAssign.g:1478:2: ( 'device' )
                    // InternalAssign.g:1479:3: 'device'
                    {
                     before(grammarAccess.getNameAccess().getDeviceKeyword_43()); 
                    match(input,56,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDeviceKeyword_43()); 

                    }


                    }
                    break;
                case 45 :
                    // InternalAssign.g:1484:2: ( 'class' )
                    {
                    // InternalAssign.g:1484:2: ( 'class' )
                    // InternalAssign.g:1485:3: 'class'
                    {
                     before(grammarAccess.getNameAccess().getClassKeyword_44()); 
                    match(input,57,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getClassKeyword_44()); 

                    }


                    }
                    break;
                case 46 :
                    // InternalAssign.g:1490:2: ( 'bridge' )
                    {
                    // InternalAssign.g:1490:2: ( 'bridge' )
                    // InternalAssign.g:1491:3: 'bridge'
                    {
                     before(grammarAccess.getNameAccess().getBridgeKeyword_45()); 
                    match(input,58,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getBridgeKeyword_45()); 

                    }


                    }
                    break;
                case 47 :
                    // InternalAssign.g:1496:2: ( 'path' )
                    {
                    // InternalAssign.g:1496:2: ( 'path' )
                    // InternalAssign.g:1497:3: 'path'
                    {
                     before(grammarAccess.getNameAccess().getPathKeyword_46()); 
                    match(input,59,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPathKeyword_46()); 

                    }


                    }
                    break;
                case 48 :
                    // InternalAssign.g:1502:2: ( 'compatible' )
                    {
                    // InternalAssign.g:1502:2: ( 'compatible' )
                    // InternalAssign.g:1503:3: 'compatible'
                    {
                     before(grammarAccess.getNameAccess().getCompatibleKeyword_47()); 
                    match(input,60,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCompatibleKeyword_47()); 

                    }


                    }
                    break;
                case 49 :
                    // InternalAssign.g:1508:2: ( 'protected' )
                    {
                    // InternalAssign.g:1508:2: ( 'protected' )
                    // InternalAssign.g:1509:3: 'protected'
                    {
                     before(grammarAccess.getNameAccess().getProtectedKeyword_48()); 
                    match(input,61,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getProtectedKeyword_48()); 

                    }


                    }
                    break;
                case 50 :
                    // InternalAssign.g:1514:2: ( 'dma-mask' )
                    {
                    // InternalAssign.g:1514:2: ( 'dma-mask' )
                    // InternalAssign.g:1515:3: 'dma-mask'
                    {
                     before(grammarAccess.getNameAccess().getDmaMaskKeyword_49()); 
                    match(input,62,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaMaskKeyword_49()); 

                    }


                    }
                    break;
                case 51 :
                    // InternalAssign.g:1520:2: ( 'iova' )
                    {
                    // InternalAssign.g:1520:2: ( 'iova' )
                    // InternalAssign.g:1521:3: 'iova'
                    {
                     before(grammarAccess.getNameAccess().getIovaKeyword_50()); 
                    match(input,63,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIovaKeyword_50()); 

                    }


                    }
                    break;
                case 52 :
                    // InternalAssign.g:1526:2: ( 'none' )
                    {
                    // InternalAssign.g:1526:2: ( 'none' )
                    // InternalAssign.g:1527:3: 'none'
                    {
                     before(grammarAccess.getNameAccess().getNoneKeyword_51()); 
                    match(input,64,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoneKeyword_51()); 

                    }


                    }
                    break;
                case 53 :
                    // InternalAssign.g:1532:2: ( 'root-filesystem' )
                    {
                    // InternalAssign.g:1532:2: ( 'root-filesystem' )
                    // InternalAssign.g:1533:3: 'root-filesystem'
                    {
                     before(grammarAccess.getNameAccess().getRootFilesystemKeyword_52()); 
                    match(input,65,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRootFilesystemKeyword_52()); 

                    }


                    }
                    break;
                case 54 :
                    // InternalAssign.g:1538:2: ( 'agent-connection' )
                    {
                    // InternalAssign.g:1538:2: ( 'agent-connection' )
                    // InternalAssign.g:1539:3: 'agent-connection'
                    {
                     before(grammarAccess.getNameAccess().getAgentConnectionKeyword_53()); 
                    match(input,66,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAgentConnectionKeyword_53()); 

                    }


                    }
                    break;
                case 55 :
                    // InternalAssign.g:1544:2: ( 'management' )
                    {
                    // InternalAssign.g:1544:2: ( 'management' )
                    // InternalAssign.g:1545:3: 'management'
                    {
                     before(grammarAccess.getNameAccess().getManagementKeyword_54()); 
                    match(input,67,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getManagementKeyword_54()); 

                    }


                    }
                    break;
                case 56 :
                    // InternalAssign.g:1550:2: ( 'policy' )
                    {
                    // InternalAssign.g:1550:2: ( 'policy' )
                    // InternalAssign.g:1551:3: 'policy'
                    {
                     before(grammarAccess.getNameAccess().getPolicyKeyword_55()); 
                    match(input,68,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPolicyKeyword_55()); 

                    }


                    }
                    break;
                case 57 :
                    // InternalAssign.g:1556:2: ( 'region' )
                    {
                    // InternalAssign.g:1556:2: ( 'region' )
                    // InternalAssign.g:1557:3: 'region'
                    {
                     before(grammarAccess.getNameAccess().getRegionKeyword_56()); 
                    match(input,69,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRegionKeyword_56()); 

                    }


                    }
                    break;
                case 58 :
                    // InternalAssign.g:1562:2: ( 'mmio' )
                    {
                    // InternalAssign.g:1562:2: ( 'mmio' )
                    // InternalAssign.g:1563:3: 'mmio'
                    {
                     before(grammarAccess.getNameAccess().getMmioKeyword_57()); 
                    match(input,70,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmioKeyword_57()); 

                    }


                    }
                    break;
                case 59 :
                    // InternalAssign.g:1568:2: ( 'pio' )
                    {
                    // InternalAssign.g:1568:2: ( 'pio' )
                    // InternalAssign.g:1569:3: 'pio'
                    {
                     before(grammarAccess.getNameAccess().getPioKeyword_58()); 
                    match(input,71,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPioKeyword_58()); 

                    }


                    }
                    break;
                case 60 :
                    // InternalAssign.g:1574:2: ( 'rom' )
                    {
                    // InternalAssign.g:1574:2: ( 'rom' )
                    // InternalAssign.g:1575:3: 'rom'
                    {
                     before(grammarAccess.getNameAccess().getRomKeyword_59()); 
                    match(input,72,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRomKeyword_59()); 

                    }


                    }
                    break;
                case 61 :
                    // InternalAssign.g:1580:2: ( 'mc-portal' )
                    {
                    // InternalAssign.g:1580:2: ( 'mc-portal' )
                    // InternalAssign.g:1581:3: 'mc-portal'
                    {
                     before(grammarAccess.getNameAccess().getMcPortalKeyword_60()); 
                    match(input,73,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMcPortalKeyword_60()); 

                    }


                    }
                    break;
                case 62 :
                    // InternalAssign.g:1586:2: ( 'read' )
                    {
                    // InternalAssign.g:1586:2: ( 'read' )
                    // InternalAssign.g:1587:3: 'read'
                    {
                     before(grammarAccess.getNameAccess().getReadKeyword_61()); 
                    match(input,74,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReadKeyword_61()); 

                    }


                    }
                    break;
                case 63 :
                    // InternalAssign.g:1592:2: ( 'write' )
                    {
                    // InternalAssign.g:1592:2: ( 'write' )
                    // InternalAssign.g:1593:3: 'write'
                    {
                     before(grammarAccess.getNameAccess().getWriteKeyword_62()); 
                    match(input,75,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getWriteKeyword_62()); 

                    }


                    }
                    break;
                case 64 :
                    // InternalAssign.g:1598:2: ( 'mmap' )
                    {
                    // InternalAssign.g:1598:2: ( 'mmap' )
                    // InternalAssign.g:1599:3: 'mmap'
                    {
                     before(grammarAccess.getNameAccess().getMmapKeyword_63()); 
                    match(input,76,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmapKeyword_63()); 

                    }


                    }
                    break;
                case 65 :
                    // InternalAssign.g:1604:2: ( 'intx' )
                    {
                    // InternalAssign.g:1604:2: ( 'intx' )
                    // InternalAssign.g:1605:3: 'intx'
                    {
                     before(grammarAccess.getNameAccess().getIntxKeyword_64()); 
                    match(input,77,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIntxKeyword_64()); 

                    }


                    }
                    break;
                case 66 :
                    // InternalAssign.g:1610:2: ( 'msi' )
                    {
                    // InternalAssign.g:1610:2: ( 'msi' )
                    // InternalAssign.g:1611:3: 'msi'
                    {
                     before(grammarAccess.getNameAccess().getMsiKeyword_65()); 
                    match(input,78,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsiKeyword_65()); 

                    }


                    }
                    break;
                case 67 :
                    // InternalAssign.g:1616:2: ( 'msix' )
                    {
                    // InternalAssign.g:1616:2: ( 'msix' )
                    // InternalAssign.g:1617:3: 'msix'
                    {
                     before(grammarAccess.getNameAccess().getMsixKeyword_66()); 
                    match(input,79,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsixKeyword_66()); 

                    }


                    }
                    break;
                case 68 :
                    // InternalAssign.g:1622:2: ( 'err' )
                    {
                    // InternalAssign.g:1622:2: ( 'err' )
                    // InternalAssign.g:1623:3: 'err'
                    {
                     before(grammarAccess.getNameAccess().getErrKeyword_67()); 
                    match(input,80,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getErrKeyword_67()); 

                    }


                    }
                    break;
                case 69 :
                    // InternalAssign.g:1628:2: ( 'req' )
                    {
                    // InternalAssign.g:1628:2: ( 'req' )
                    // InternalAssign.g:1629:3: 'req'
                    {
                     before(grammarAccess.getNameAccess().getReqKeyword_68()); 
                    match(input,81,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReqKeyword_68()); 

                    }


                    }
                    break;
                case 70 :
                    // InternalAssign.g:1634:2: ( 'maskable' )
                    {
                    // InternalAssign.g:1634:2: ( 'maskable' )
                    // InternalAssign.g:1635:3: 'maskable'
                    {
                     before(grammarAccess.getNameAccess().getMaskableKeyword_69()); 
                    match(input,82,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMaskableKeyword_69()); 

                    }


                    }
                    break;
                case 71 :
                    // InternalAssign.g:1640:2: ( 'automasked' )
                    {
                    // InternalAssign.g:1640:2: ( 'automasked' )
                    // InternalAssign.g:1641:3: 'automasked'
                    {
                     before(grammarAccess.getNameAccess().getAutomaskedKeyword_70()); 
                    match(input,83,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutomaskedKeyword_70()); 

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
    // $ANTLR end "rule__Name__Alternatives"


    // $ANTLR start "rule__BoardRef__Alternatives"
    // InternalAssign.g:1650:1: rule__BoardRef__Alternatives : ( ( RULE_STRING ) | ( ruleName ) );
    public final void rule__BoardRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1654:1: ( ( RULE_STRING ) | ( ruleName ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING) ) {
                alt13=1;
            }
            else if ( (LA13_0==RULE_ID||(LA13_0>=14 && LA13_0<=83)) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalAssign.g:1655:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1655:2: ( RULE_STRING )
                    // InternalAssign.g:1656:3: RULE_STRING
                    {
                     before(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1661:2: ( ruleName )
                    {
                    // InternalAssign.g:1661:2: ( ruleName )
                    // InternalAssign.g:1662:3: ruleName
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
    // InternalAssign.g:1671:1: rule__DeviceRef__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1675:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_ID||(LA14_0>=14 && LA14_0<=83)) ) {
                alt14=1;
            }
            else if ( (LA14_0==RULE_STRING) ) {
                alt14=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }
            switch (alt14) {
                case 1 :
                    // InternalAssign.g:1676:2: ( ruleName )
                    {
                    // InternalAssign.g:1676:2: ( ruleName )
                    // InternalAssign.g:1677:3: ruleName
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
                    // InternalAssign.g:1682:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1682:2: ( RULE_STRING )
                    // InternalAssign.g:1683:3: RULE_STRING
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
    // InternalAssign.g:1692:1: rule__MemberPart__Alternatives : ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) );
    public final void rule__MemberPart__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1696:1: ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) )
            int alt15=3;
            switch ( input.LA(1) ) {
            case RULE_ID:
            case 14:
            case 15:
            case 16:
            case 17:
            case 18:
            case 19:
            case 20:
            case 21:
            case 22:
            case 23:
            case 24:
            case 25:
            case 26:
            case 27:
            case 28:
            case 29:
            case 30:
            case 31:
            case 32:
            case 33:
            case 34:
            case 35:
            case 36:
            case 37:
            case 38:
            case 39:
            case 40:
            case 41:
            case 42:
            case 43:
            case 44:
            case 45:
            case 46:
            case 47:
            case 48:
            case 49:
            case 50:
            case 51:
            case 52:
            case 53:
            case 54:
            case 55:
            case 56:
            case 57:
            case 58:
            case 59:
            case 60:
            case 61:
            case 62:
            case 63:
            case 64:
            case 65:
            case 66:
            case 67:
            case 68:
            case 69:
            case 70:
            case 71:
            case 72:
            case 73:
            case 74:
            case 75:
            case 76:
            case 77:
            case 78:
            case 79:
            case 80:
            case 81:
            case 82:
            case 83:
                {
                alt15=1;
                }
                break;
            case RULE_STRING:
                {
                alt15=2;
                }
                break;
            case RULE_INT:
                {
                alt15=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }

            switch (alt15) {
                case 1 :
                    // InternalAssign.g:1697:2: ( ruleName )
                    {
                    // InternalAssign.g:1697:2: ( ruleName )
                    // InternalAssign.g:1698:3: ruleName
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
                    // InternalAssign.g:1703:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1703:2: ( RULE_STRING )
                    // InternalAssign.g:1704:3: RULE_STRING
                    {
                     before(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1709:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1709:2: ( RULE_INT )
                    // InternalAssign.g:1710:3: RULE_INT
                    {
                     before(grammarAccess.getMemberPartAccess().getINTTerminalRuleCall_2()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getINTTerminalRuleCall_2()); 

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
    // InternalAssign.g:1719:1: rule__RegionName__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__RegionName__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1723:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==RULE_ID||(LA16_0>=14 && LA16_0<=83)) ) {
                alt16=1;
            }
            else if ( (LA16_0==RULE_STRING) ) {
                alt16=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }
            switch (alt16) {
                case 1 :
                    // InternalAssign.g:1724:2: ( ruleName )
                    {
                    // InternalAssign.g:1724:2: ( ruleName )
                    // InternalAssign.g:1725:3: ruleName
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
                    // InternalAssign.g:1730:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1730:2: ( RULE_STRING )
                    // InternalAssign.g:1731:3: RULE_STRING
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
    // InternalAssign.g:1740:1: rule__Size__Alternatives_1 : ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) );
    public final void rule__Size__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1744:1: ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) )
            int alt17=4;
            switch ( input.LA(1) ) {
            case 84:
                {
                alt17=1;
                }
                break;
            case 85:
                {
                alt17=2;
                }
                break;
            case 86:
                {
                alt17=3;
                }
                break;
            case 87:
                {
                alt17=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }

            switch (alt17) {
                case 1 :
                    // InternalAssign.g:1745:2: ( 'KiB' )
                    {
                    // InternalAssign.g:1745:2: ( 'KiB' )
                    // InternalAssign.g:1746:3: 'KiB'
                    {
                     before(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 
                    match(input,84,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1751:2: ( 'MiB' )
                    {
                    // InternalAssign.g:1751:2: ( 'MiB' )
                    // InternalAssign.g:1752:3: 'MiB'
                    {
                     before(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 
                    match(input,85,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1757:2: ( 'GiB' )
                    {
                    // InternalAssign.g:1757:2: ( 'GiB' )
                    // InternalAssign.g:1758:3: 'GiB'
                    {
                     before(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 
                    match(input,86,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1763:2: ( 'TiB' )
                    {
                    // InternalAssign.g:1763:2: ( 'TiB' )
                    // InternalAssign.g:1764:3: 'TiB'
                    {
                     before(grammarAccess.getSizeAccess().getTiBKeyword_1_3()); 
                    match(input,87,FOLLOW_2); 
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
    // InternalAssign.g:1773:1: rule__Number__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Number__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1777:1: ( ( RULE_INT ) | ( RULE_HEX ) )
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
                    // InternalAssign.g:1778:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1778:2: ( RULE_INT )
                    // InternalAssign.g:1779:3: RULE_INT
                    {
                     before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1784:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1784:2: ( RULE_HEX )
                    // InternalAssign.g:1785:3: RULE_HEX
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
    // InternalAssign.g:1794:1: rule__Int32__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Int32__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1798:1: ( ( RULE_INT ) | ( RULE_HEX ) )
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==RULE_INT) ) {
                alt19=1;
            }
            else if ( (LA19_0==RULE_HEX) ) {
                alt19=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }
            switch (alt19) {
                case 1 :
                    // InternalAssign.g:1799:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1799:2: ( RULE_INT )
                    // InternalAssign.g:1800:3: RULE_INT
                    {
                     before(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1805:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1805:2: ( RULE_HEX )
                    // InternalAssign.g:1806:3: RULE_HEX
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
    // InternalAssign.g:1815:1: rule__VfioDriver__Alternatives : ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) );
    public final void rule__VfioDriver__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1819:1: ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) )
            int alt20=4;
            switch ( input.LA(1) ) {
            case 37:
                {
                alt20=1;
                }
                break;
            case 38:
                {
                alt20=2;
                }
                break;
            case 39:
                {
                alt20=3;
                }
                break;
            case 40:
                {
                alt20=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 20, 0, input);

                throw nvae;
            }

            switch (alt20) {
                case 1 :
                    // InternalAssign.g:1820:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1820:2: ( ( 'auto' ) )
                    // InternalAssign.g:1821:3: ( 'auto' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1822:3: ( 'auto' )
                    // InternalAssign.g:1822:4: 'auto'
                    {
                    match(input,37,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1826:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1826:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1827:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1828:3: ( 'vfio-pci' )
                    // InternalAssign.g:1828:4: 'vfio-pci'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1832:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1832:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1833:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1834:3: ( 'vfio-platform' )
                    // InternalAssign.g:1834:4: 'vfio-platform'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1838:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1838:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1839:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1840:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1840:4: 'vfio-fsl-mc'
                    {
                    match(input,40,FOLLOW_2); 

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
    // InternalAssign.g:1848:1: rule__OpenPath__Alternatives : ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) );
    public final void rule__OpenPath__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1852:1: ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) )
            int alt21=3;
            switch ( input.LA(1) ) {
            case 37:
                {
                alt21=1;
                }
                break;
            case 88:
                {
                alt21=2;
                }
                break;
            case 41:
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
                    // InternalAssign.g:1853:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1853:2: ( ( 'auto' ) )
                    // InternalAssign.g:1854:3: ( 'auto' )
                    {
                     before(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1855:3: ( 'auto' )
                    // InternalAssign.g:1855:4: 'auto'
                    {
                    match(input,37,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1859:2: ( ( 'group' ) )
                    {
                    // InternalAssign.g:1859:2: ( ( 'group' ) )
                    // InternalAssign.g:1860:3: ( 'group' )
                    {
                     before(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1861:3: ( 'group' )
                    // InternalAssign.g:1861:4: 'group'
                    {
                    match(input,88,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1865:2: ( ( 'cdev' ) )
                    {
                    // InternalAssign.g:1865:2: ( ( 'cdev' ) )
                    // InternalAssign.g:1866:3: ( 'cdev' )
                    {
                     before(grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1867:3: ( 'cdev' )
                    // InternalAssign.g:1867:4: 'cdev'
                    {
                    match(input,41,FOLLOW_2); 

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
    // InternalAssign.g:1875:1: rule__ResetPolicy__Alternatives : ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) );
    public final void rule__ResetPolicy__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1879:1: ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) )
            int alt22=3;
            switch ( input.LA(1) ) {
            case 42:
                {
                alt22=1;
                }
                break;
            case 43:
                {
                alt22=2;
                }
                break;
            case 44:
                {
                alt22=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 22, 0, input);

                throw nvae;
            }

            switch (alt22) {
                case 1 :
                    // InternalAssign.g:1880:2: ( ( 'if-available' ) )
                    {
                    // InternalAssign.g:1880:2: ( ( 'if-available' ) )
                    // InternalAssign.g:1881:3: ( 'if-available' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1882:3: ( 'if-available' )
                    // InternalAssign.g:1882:4: 'if-available'
                    {
                    match(input,42,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1886:2: ( ( 'required' ) )
                    {
                    // InternalAssign.g:1886:2: ( ( 'required' ) )
                    // InternalAssign.g:1887:3: ( 'required' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1888:3: ( 'required' )
                    // InternalAssign.g:1888:4: 'required'
                    {
                    match(input,43,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1892:2: ( ( 'never' ) )
                    {
                    // InternalAssign.g:1892:2: ( ( 'never' ) )
                    // InternalAssign.g:1893:3: ( 'never' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1894:3: ( 'never' )
                    // InternalAssign.g:1894:4: 'never'
                    {
                    match(input,44,FOLLOW_2); 

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
    // InternalAssign.g:1902:1: rule__IrqMode__Alternatives : ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) );
    public final void rule__IrqMode__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1906:1: ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) )
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==89) ) {
                alt23=1;
            }
            else if ( (LA23_0==90) ) {
                alt23=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }
            switch (alt23) {
                case 1 :
                    // InternalAssign.g:1907:2: ( ( 'eventfd' ) )
                    {
                    // InternalAssign.g:1907:2: ( ( 'eventfd' ) )
                    // InternalAssign.g:1908:3: ( 'eventfd' )
                    {
                     before(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1909:3: ( 'eventfd' )
                    // InternalAssign.g:1909:4: 'eventfd'
                    {
                    match(input,89,FOLLOW_2); 

                    }

                     after(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1913:2: ( ( 'masked' ) )
                    {
                    // InternalAssign.g:1913:2: ( ( 'masked' ) )
                    // InternalAssign.g:1914:3: ( 'masked' )
                    {
                     before(grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1915:3: ( 'masked' )
                    // InternalAssign.g:1915:4: 'masked'
                    {
                    match(input,90,FOLLOW_2); 

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
    // InternalAssign.g:1923:1: rule__KernelCapability__Alternatives : ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) );
    public final void rule__KernelCapability__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1927:1: ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) )
            int alt24=7;
            switch ( input.LA(1) ) {
            case 38:
                {
                alt24=1;
                }
                break;
            case 39:
                {
                alt24=2;
                }
                break;
            case 40:
                {
                alt24=3;
                }
                break;
            case 49:
                {
                alt24=4;
                }
                break;
            case 50:
                {
                alt24=5;
                }
                break;
            case 51:
                {
                alt24=6;
                }
                break;
            case 52:
                {
                alt24=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 24, 0, input);

                throw nvae;
            }

            switch (alt24) {
                case 1 :
                    // InternalAssign.g:1928:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1928:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1929:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1930:3: ( 'vfio-pci' )
                    // InternalAssign.g:1930:4: 'vfio-pci'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1934:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1934:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1935:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1936:3: ( 'vfio-platform' )
                    // InternalAssign.g:1936:4: 'vfio-platform'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1940:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1940:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1941:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1942:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1942:4: 'vfio-fsl-mc'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1946:2: ( ( 'vfio-cdev' ) )
                    {
                    // InternalAssign.g:1946:2: ( ( 'vfio-cdev' ) )
                    // InternalAssign.g:1947:3: ( 'vfio-cdev' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1948:3: ( 'vfio-cdev' )
                    // InternalAssign.g:1948:4: 'vfio-cdev'
                    {
                    match(input,49,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1952:2: ( ( 'iommufd' ) )
                    {
                    // InternalAssign.g:1952:2: ( ( 'iommufd' ) )
                    // InternalAssign.g:1953:3: ( 'iommufd' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1954:3: ( 'iommufd' )
                    // InternalAssign.g:1954:4: 'iommufd'
                    {
                    match(input,50,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:1958:2: ( ( 'noiommu' ) )
                    {
                    // InternalAssign.g:1958:2: ( ( 'noiommu' ) )
                    // InternalAssign.g:1959:3: ( 'noiommu' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:1960:3: ( 'noiommu' )
                    // InternalAssign.g:1960:4: 'noiommu'
                    {
                    match(input,51,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:1964:2: ( ( 'type1v2' ) )
                    {
                    // InternalAssign.g:1964:2: ( ( 'type1v2' ) )
                    // InternalAssign.g:1965:3: ( 'type1v2' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6()); 
                    // InternalAssign.g:1966:3: ( 'type1v2' )
                    // InternalAssign.g:1966:4: 'type1v2'
                    {
                    match(input,52,FOLLOW_2); 

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
    // InternalAssign.g:1974:1: rule__Protection__Alternatives : ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) );
    public final void rule__Protection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1978:1: ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) )
            int alt25=5;
            switch ( input.LA(1) ) {
            case 64:
                {
                alt25=1;
                }
                break;
            case 65:
                {
                alt25=2;
                }
                break;
            case 66:
                {
                alt25=3;
                }
                break;
            case 67:
                {
                alt25=4;
                }
                break;
            case 68:
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
                    // InternalAssign.g:1979:2: ( ( 'none' ) )
                    {
                    // InternalAssign.g:1979:2: ( ( 'none' ) )
                    // InternalAssign.g:1980:3: ( 'none' )
                    {
                     before(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1981:3: ( 'none' )
                    // InternalAssign.g:1981:4: 'none'
                    {
                    match(input,64,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1985:2: ( ( 'root-filesystem' ) )
                    {
                    // InternalAssign.g:1985:2: ( ( 'root-filesystem' ) )
                    // InternalAssign.g:1986:3: ( 'root-filesystem' )
                    {
                     before(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1987:3: ( 'root-filesystem' )
                    // InternalAssign.g:1987:4: 'root-filesystem'
                    {
                    match(input,65,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1991:2: ( ( 'agent-connection' ) )
                    {
                    // InternalAssign.g:1991:2: ( ( 'agent-connection' ) )
                    // InternalAssign.g:1992:3: ( 'agent-connection' )
                    {
                     before(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1993:3: ( 'agent-connection' )
                    // InternalAssign.g:1993:4: 'agent-connection'
                    {
                    match(input,66,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1997:2: ( ( 'management' ) )
                    {
                    // InternalAssign.g:1997:2: ( ( 'management' ) )
                    // InternalAssign.g:1998:3: ( 'management' )
                    {
                     before(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1999:3: ( 'management' )
                    // InternalAssign.g:1999:4: 'management'
                    {
                    match(input,67,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2003:2: ( ( 'policy' ) )
                    {
                    // InternalAssign.g:2003:2: ( ( 'policy' ) )
                    // InternalAssign.g:2004:3: ( 'policy' )
                    {
                     before(grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2005:3: ( 'policy' )
                    // InternalAssign.g:2005:4: 'policy'
                    {
                    match(input,68,FOLLOW_2); 

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
    // InternalAssign.g:2013:1: rule__RegionKind__Alternatives : ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) );
    public final void rule__RegionKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2017:1: ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) )
            int alt26=5;
            switch ( input.LA(1) ) {
            case 70:
                {
                alt26=1;
                }
                break;
            case 71:
                {
                alt26=2;
                }
                break;
            case 14:
                {
                alt26=3;
                }
                break;
            case 72:
                {
                alt26=4;
                }
                break;
            case 73:
                {
                alt26=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 26, 0, input);

                throw nvae;
            }

            switch (alt26) {
                case 1 :
                    // InternalAssign.g:2018:2: ( ( 'mmio' ) )
                    {
                    // InternalAssign.g:2018:2: ( ( 'mmio' ) )
                    // InternalAssign.g:2019:3: ( 'mmio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2020:3: ( 'mmio' )
                    // InternalAssign.g:2020:4: 'mmio'
                    {
                    match(input,70,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2024:2: ( ( 'pio' ) )
                    {
                    // InternalAssign.g:2024:2: ( ( 'pio' ) )
                    // InternalAssign.g:2025:3: ( 'pio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2026:3: ( 'pio' )
                    // InternalAssign.g:2026:4: 'pio'
                    {
                    match(input,71,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2030:2: ( ( 'config' ) )
                    {
                    // InternalAssign.g:2030:2: ( ( 'config' ) )
                    // InternalAssign.g:2031:3: ( 'config' )
                    {
                     before(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2032:3: ( 'config' )
                    // InternalAssign.g:2032:4: 'config'
                    {
                    match(input,14,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2036:2: ( ( 'rom' ) )
                    {
                    // InternalAssign.g:2036:2: ( ( 'rom' ) )
                    // InternalAssign.g:2037:3: ( 'rom' )
                    {
                     before(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2038:3: ( 'rom' )
                    // InternalAssign.g:2038:4: 'rom'
                    {
                    match(input,72,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2042:2: ( ( 'mc-portal' ) )
                    {
                    // InternalAssign.g:2042:2: ( ( 'mc-portal' ) )
                    // InternalAssign.g:2043:3: ( 'mc-portal' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2044:3: ( 'mc-portal' )
                    // InternalAssign.g:2044:4: 'mc-portal'
                    {
                    match(input,73,FOLLOW_2); 

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
    // InternalAssign.g:2052:1: rule__InterruptKind__Alternatives : ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) );
    public final void rule__InterruptKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2056:1: ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) )
            int alt27=6;
            switch ( input.LA(1) ) {
            case 77:
                {
                alt27=1;
                }
                break;
            case 78:
                {
                alt27=2;
                }
                break;
            case 79:
                {
                alt27=3;
                }
                break;
            case 80:
                {
                alt27=4;
                }
                break;
            case 81:
                {
                alt27=5;
                }
                break;
            case 54:
                {
                alt27=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 27, 0, input);

                throw nvae;
            }

            switch (alt27) {
                case 1 :
                    // InternalAssign.g:2057:2: ( ( 'intx' ) )
                    {
                    // InternalAssign.g:2057:2: ( ( 'intx' ) )
                    // InternalAssign.g:2058:3: ( 'intx' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2059:3: ( 'intx' )
                    // InternalAssign.g:2059:4: 'intx'
                    {
                    match(input,77,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2063:2: ( ( 'msi' ) )
                    {
                    // InternalAssign.g:2063:2: ( ( 'msi' ) )
                    // InternalAssign.g:2064:3: ( 'msi' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2065:3: ( 'msi' )
                    // InternalAssign.g:2065:4: 'msi'
                    {
                    match(input,78,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2069:2: ( ( 'msix' ) )
                    {
                    // InternalAssign.g:2069:2: ( ( 'msix' ) )
                    // InternalAssign.g:2070:3: ( 'msix' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2071:3: ( 'msix' )
                    // InternalAssign.g:2071:4: 'msix'
                    {
                    match(input,79,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2075:2: ( ( 'err' ) )
                    {
                    // InternalAssign.g:2075:2: ( ( 'err' ) )
                    // InternalAssign.g:2076:3: ( 'err' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2077:3: ( 'err' )
                    // InternalAssign.g:2077:4: 'err'
                    {
                    match(input,80,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2081:2: ( ( 'req' ) )
                    {
                    // InternalAssign.g:2081:2: ( ( 'req' ) )
                    // InternalAssign.g:2082:3: ( 'req' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2083:3: ( 'req' )
                    // InternalAssign.g:2083:4: 'req'
                    {
                    match(input,81,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:2087:2: ( ( 'platform' ) )
                    {
                    // InternalAssign.g:2087:2: ( ( 'platform' ) )
                    // InternalAssign.g:2088:3: ( 'platform' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:2089:3: ( 'platform' )
                    // InternalAssign.g:2089:4: 'platform'
                    {
                    match(input,54,FOLLOW_2); 

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
    // InternalAssign.g:2097:1: rule__AssignmentConfig__Group__0 : rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 ;
    public final void rule__AssignmentConfig__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2101:1: ( rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 )
            // InternalAssign.g:2102:2: rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1
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
    // InternalAssign.g:2109:1: rule__AssignmentConfig__Group__0__Impl : ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) ;
    public final void rule__AssignmentConfig__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2113:1: ( ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) )
            // InternalAssign.g:2114:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            {
            // InternalAssign.g:2114:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            // InternalAssign.g:2115:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getImportsAssignment_0()); 
            // InternalAssign.g:2116:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==15) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalAssign.g:2116:3: rule__AssignmentConfig__ImportsAssignment_0
            	    {
            	    pushFollow(FOLLOW_4);
            	    rule__AssignmentConfig__ImportsAssignment_0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop28;
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
    // InternalAssign.g:2124:1: rule__AssignmentConfig__Group__1 : rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 ;
    public final void rule__AssignmentConfig__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2128:1: ( rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 )
            // InternalAssign.g:2129:2: rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2
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
    // InternalAssign.g:2136:1: rule__AssignmentConfig__Group__1__Impl : ( 'config' ) ;
    public final void rule__AssignmentConfig__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2140:1: ( ( 'config' ) )
            // InternalAssign.g:2141:1: ( 'config' )
            {
            // InternalAssign.g:2141:1: ( 'config' )
            // InternalAssign.g:2142:2: 'config'
            {
             before(grammarAccess.getAssignmentConfigAccess().getConfigKeyword_1()); 
            match(input,14,FOLLOW_2); 
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
    // InternalAssign.g:2151:1: rule__AssignmentConfig__Group__2 : rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 ;
    public final void rule__AssignmentConfig__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2155:1: ( rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 )
            // InternalAssign.g:2156:2: rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3
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
    // InternalAssign.g:2163:1: rule__AssignmentConfig__Group__2__Impl : ( ( rule__AssignmentConfig__NameAssignment_2 ) ) ;
    public final void rule__AssignmentConfig__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2167:1: ( ( ( rule__AssignmentConfig__NameAssignment_2 ) ) )
            // InternalAssign.g:2168:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            {
            // InternalAssign.g:2168:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            // InternalAssign.g:2169:2: ( rule__AssignmentConfig__NameAssignment_2 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getNameAssignment_2()); 
            // InternalAssign.g:2170:2: ( rule__AssignmentConfig__NameAssignment_2 )
            // InternalAssign.g:2170:3: rule__AssignmentConfig__NameAssignment_2
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
    // InternalAssign.g:2178:1: rule__AssignmentConfig__Group__3 : rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 ;
    public final void rule__AssignmentConfig__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2182:1: ( rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 )
            // InternalAssign.g:2183:2: rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4
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
    // InternalAssign.g:2190:1: rule__AssignmentConfig__Group__3__Impl : ( ( rule__AssignmentConfig__Group_3__0 )? ) ;
    public final void rule__AssignmentConfig__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2194:1: ( ( ( rule__AssignmentConfig__Group_3__0 )? ) )
            // InternalAssign.g:2195:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            {
            // InternalAssign.g:2195:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            // InternalAssign.g:2196:2: ( rule__AssignmentConfig__Group_3__0 )?
            {
             before(grammarAccess.getAssignmentConfigAccess().getGroup_3()); 
            // InternalAssign.g:2197:2: ( rule__AssignmentConfig__Group_3__0 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==91) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalAssign.g:2197:3: rule__AssignmentConfig__Group_3__0
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
    // InternalAssign.g:2205:1: rule__AssignmentConfig__Group__4 : rule__AssignmentConfig__Group__4__Impl ;
    public final void rule__AssignmentConfig__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2209:1: ( rule__AssignmentConfig__Group__4__Impl )
            // InternalAssign.g:2210:2: rule__AssignmentConfig__Group__4__Impl
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
    // InternalAssign.g:2216:1: rule__AssignmentConfig__Group__4__Impl : ( ( rule__AssignmentConfig__Alternatives_4 )* ) ;
    public final void rule__AssignmentConfig__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2220:1: ( ( ( rule__AssignmentConfig__Alternatives_4 )* ) )
            // InternalAssign.g:2221:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            {
            // InternalAssign.g:2221:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            // InternalAssign.g:2222:2: ( rule__AssignmentConfig__Alternatives_4 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_4()); 
            // InternalAssign.g:2223:2: ( rule__AssignmentConfig__Alternatives_4 )*
            loop30:
            do {
                int alt30=2;
                int LA30_0 = input.LA(1);

                if ( ((LA30_0>=16 && LA30_0<=19)) ) {
                    alt30=1;
                }


                switch (alt30) {
            	case 1 :
            	    // InternalAssign.g:2223:3: rule__AssignmentConfig__Alternatives_4
            	    {
            	    pushFollow(FOLLOW_7);
            	    rule__AssignmentConfig__Alternatives_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop30;
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
    // InternalAssign.g:2232:1: rule__AssignmentConfig__Group_3__0 : rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 ;
    public final void rule__AssignmentConfig__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2236:1: ( rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 )
            // InternalAssign.g:2237:2: rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1
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
    // InternalAssign.g:2244:1: rule__AssignmentConfig__Group_3__0__Impl : ( 'for' ) ;
    public final void rule__AssignmentConfig__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2248:1: ( ( 'for' ) )
            // InternalAssign.g:2249:1: ( 'for' )
            {
            // InternalAssign.g:2249:1: ( 'for' )
            // InternalAssign.g:2250:2: 'for'
            {
             before(grammarAccess.getAssignmentConfigAccess().getForKeyword_3_0()); 
            match(input,91,FOLLOW_2); 
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
    // InternalAssign.g:2259:1: rule__AssignmentConfig__Group_3__1 : rule__AssignmentConfig__Group_3__1__Impl ;
    public final void rule__AssignmentConfig__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2263:1: ( rule__AssignmentConfig__Group_3__1__Impl )
            // InternalAssign.g:2264:2: rule__AssignmentConfig__Group_3__1__Impl
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
    // InternalAssign.g:2270:1: rule__AssignmentConfig__Group_3__1__Impl : ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2274:1: ( ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) )
            // InternalAssign.g:2275:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            {
            // InternalAssign.g:2275:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            // InternalAssign.g:2276:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_3_1()); 
            // InternalAssign.g:2277:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            // InternalAssign.g:2277:3: rule__AssignmentConfig__Alternatives_3_1
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
    // InternalAssign.g:2286:1: rule__AssignmentConfig__Group_3_1_1__0 : rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 ;
    public final void rule__AssignmentConfig__Group_3_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2290:1: ( rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 )
            // InternalAssign.g:2291:2: rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1
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
    // InternalAssign.g:2298:1: rule__AssignmentConfig__Group_3_1_1__0__Impl : ( 'board' ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2302:1: ( ( 'board' ) )
            // InternalAssign.g:2303:1: ( 'board' )
            {
            // InternalAssign.g:2303:1: ( 'board' )
            // InternalAssign.g:2304:2: 'board'
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardKeyword_3_1_1_0()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:2313:1: rule__AssignmentConfig__Group_3_1_1__1 : rule__AssignmentConfig__Group_3_1_1__1__Impl ;
    public final void rule__AssignmentConfig__Group_3_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2317:1: ( rule__AssignmentConfig__Group_3_1_1__1__Impl )
            // InternalAssign.g:2318:2: rule__AssignmentConfig__Group_3_1_1__1__Impl
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
    // InternalAssign.g:2324:1: rule__AssignmentConfig__Group_3_1_1__1__Impl : ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2328:1: ( ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) )
            // InternalAssign.g:2329:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            {
            // InternalAssign.g:2329:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            // InternalAssign.g:2330:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getInlineBoardAssignment_3_1_1_1()); 
            // InternalAssign.g:2331:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            // InternalAssign.g:2331:3: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1
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
    // InternalAssign.g:2340:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2344:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalAssign.g:2345:2: rule__Import__Group__0__Impl rule__Import__Group__1
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
    // InternalAssign.g:2352:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2356:1: ( ( 'import' ) )
            // InternalAssign.g:2357:1: ( 'import' )
            {
            // InternalAssign.g:2357:1: ( 'import' )
            // InternalAssign.g:2358:2: 'import'
            {
             before(grammarAccess.getImportAccess().getImportKeyword_0()); 
            match(input,15,FOLLOW_2); 
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
    // InternalAssign.g:2367:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2371:1: ( rule__Import__Group__1__Impl )
            // InternalAssign.g:2372:2: rule__Import__Group__1__Impl
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
    // InternalAssign.g:2378:1: rule__Import__Group__1__Impl : ( ( rule__Import__ImportURIAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2382:1: ( ( ( rule__Import__ImportURIAssignment_1 ) ) )
            // InternalAssign.g:2383:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            {
            // InternalAssign.g:2383:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            // InternalAssign.g:2384:2: ( rule__Import__ImportURIAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getImportURIAssignment_1()); 
            // InternalAssign.g:2385:2: ( rule__Import__ImportURIAssignment_1 )
            // InternalAssign.g:2385:3: rule__Import__ImportURIAssignment_1
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
    // InternalAssign.g:2394:1: rule__VmGuest__Group__0 : rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 ;
    public final void rule__VmGuest__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2398:1: ( rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 )
            // InternalAssign.g:2399:2: rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1
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
    // InternalAssign.g:2406:1: rule__VmGuest__Group__0__Impl : ( 'vm' ) ;
    public final void rule__VmGuest__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2410:1: ( ( 'vm' ) )
            // InternalAssign.g:2411:1: ( 'vm' )
            {
            // InternalAssign.g:2411:1: ( 'vm' )
            // InternalAssign.g:2412:2: 'vm'
            {
             before(grammarAccess.getVmGuestAccess().getVmKeyword_0()); 
            match(input,16,FOLLOW_2); 
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
    // InternalAssign.g:2421:1: rule__VmGuest__Group__1 : rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 ;
    public final void rule__VmGuest__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2425:1: ( rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 )
            // InternalAssign.g:2426:2: rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2
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
    // InternalAssign.g:2433:1: rule__VmGuest__Group__1__Impl : ( ( rule__VmGuest__NameAssignment_1 ) ) ;
    public final void rule__VmGuest__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2437:1: ( ( ( rule__VmGuest__NameAssignment_1 ) ) )
            // InternalAssign.g:2438:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            {
            // InternalAssign.g:2438:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            // InternalAssign.g:2439:2: ( rule__VmGuest__NameAssignment_1 )
            {
             before(grammarAccess.getVmGuestAccess().getNameAssignment_1()); 
            // InternalAssign.g:2440:2: ( rule__VmGuest__NameAssignment_1 )
            // InternalAssign.g:2440:3: rule__VmGuest__NameAssignment_1
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
    // InternalAssign.g:2448:1: rule__VmGuest__Group__2 : rule__VmGuest__Group__2__Impl ;
    public final void rule__VmGuest__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2452:1: ( rule__VmGuest__Group__2__Impl )
            // InternalAssign.g:2453:2: rule__VmGuest__Group__2__Impl
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
    // InternalAssign.g:2459:1: rule__VmGuest__Group__2__Impl : ( ( rule__VmGuest__Group_2__0 )? ) ;
    public final void rule__VmGuest__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2463:1: ( ( ( rule__VmGuest__Group_2__0 )? ) )
            // InternalAssign.g:2464:1: ( ( rule__VmGuest__Group_2__0 )? )
            {
            // InternalAssign.g:2464:1: ( ( rule__VmGuest__Group_2__0 )? )
            // InternalAssign.g:2465:2: ( rule__VmGuest__Group_2__0 )?
            {
             before(grammarAccess.getVmGuestAccess().getGroup_2()); 
            // InternalAssign.g:2466:2: ( rule__VmGuest__Group_2__0 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==93) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalAssign.g:2466:3: rule__VmGuest__Group_2__0
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
    // InternalAssign.g:2475:1: rule__VmGuest__Group_2__0 : rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 ;
    public final void rule__VmGuest__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2479:1: ( rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 )
            // InternalAssign.g:2480:2: rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1
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
    // InternalAssign.g:2487:1: rule__VmGuest__Group_2__0__Impl : ( '{' ) ;
    public final void rule__VmGuest__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2491:1: ( ( '{' ) )
            // InternalAssign.g:2492:1: ( '{' )
            {
            // InternalAssign.g:2492:1: ( '{' )
            // InternalAssign.g:2493:2: '{'
            {
             before(grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:2502:1: rule__VmGuest__Group_2__1 : rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 ;
    public final void rule__VmGuest__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2506:1: ( rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 )
            // InternalAssign.g:2507:2: rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2
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
    // InternalAssign.g:2514:1: rule__VmGuest__Group_2__1__Impl : ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) ;
    public final void rule__VmGuest__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2518:1: ( ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:2519:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:2519:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            // InternalAssign.g:2520:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:2521:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            // InternalAssign.g:2521:3: rule__VmGuest__UnorderedGroup_2_1
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
    // InternalAssign.g:2529:1: rule__VmGuest__Group_2__2 : rule__VmGuest__Group_2__2__Impl ;
    public final void rule__VmGuest__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2533:1: ( rule__VmGuest__Group_2__2__Impl )
            // InternalAssign.g:2534:2: rule__VmGuest__Group_2__2__Impl
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
    // InternalAssign.g:2540:1: rule__VmGuest__Group_2__2__Impl : ( '}' ) ;
    public final void rule__VmGuest__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2544:1: ( ( '}' ) )
            // InternalAssign.g:2545:1: ( '}' )
            {
            // InternalAssign.g:2545:1: ( '}' )
            // InternalAssign.g:2546:2: '}'
            {
             before(grammarAccess.getVmGuestAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:2556:1: rule__VmGuest__Group_2_1_0__0 : rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 ;
    public final void rule__VmGuest__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2560:1: ( rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 )
            // InternalAssign.g:2561:2: rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1
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
    // InternalAssign.g:2568:1: rule__VmGuest__Group_2_1_0__0__Impl : ( 'memory' ) ;
    public final void rule__VmGuest__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2572:1: ( ( 'memory' ) )
            // InternalAssign.g:2573:1: ( 'memory' )
            {
            // InternalAssign.g:2573:1: ( 'memory' )
            // InternalAssign.g:2574:2: 'memory'
            {
             before(grammarAccess.getVmGuestAccess().getMemoryKeyword_2_1_0_0()); 
            match(input,20,FOLLOW_2); 
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
    // InternalAssign.g:2583:1: rule__VmGuest__Group_2_1_0__1 : rule__VmGuest__Group_2_1_0__1__Impl ;
    public final void rule__VmGuest__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2587:1: ( rule__VmGuest__Group_2_1_0__1__Impl )
            // InternalAssign.g:2588:2: rule__VmGuest__Group_2_1_0__1__Impl
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
    // InternalAssign.g:2594:1: rule__VmGuest__Group_2_1_0__1__Impl : ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2598:1: ( ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:2599:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:2599:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            // InternalAssign.g:2600:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemorySizeAssignment_2_1_0_1()); 
            // InternalAssign.g:2601:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            // InternalAssign.g:2601:3: rule__VmGuest__MemorySizeAssignment_2_1_0_1
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
    // InternalAssign.g:2610:1: rule__VmGuest__Group_2_1_1__0 : rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 ;
    public final void rule__VmGuest__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2614:1: ( rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 )
            // InternalAssign.g:2615:2: rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1
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
    // InternalAssign.g:2622:1: rule__VmGuest__Group_2_1_1__0__Impl : ( 'vcpus' ) ;
    public final void rule__VmGuest__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2626:1: ( ( 'vcpus' ) )
            // InternalAssign.g:2627:1: ( 'vcpus' )
            {
            // InternalAssign.g:2627:1: ( 'vcpus' )
            // InternalAssign.g:2628:2: 'vcpus'
            {
             before(grammarAccess.getVmGuestAccess().getVcpusKeyword_2_1_1_0()); 
            match(input,21,FOLLOW_2); 
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
    // InternalAssign.g:2637:1: rule__VmGuest__Group_2_1_1__1 : rule__VmGuest__Group_2_1_1__1__Impl ;
    public final void rule__VmGuest__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2641:1: ( rule__VmGuest__Group_2_1_1__1__Impl )
            // InternalAssign.g:2642:2: rule__VmGuest__Group_2_1_1__1__Impl
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
    // InternalAssign.g:2648:1: rule__VmGuest__Group_2_1_1__1__Impl : ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2652:1: ( ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:2653:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:2653:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            // InternalAssign.g:2654:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            {
             before(grammarAccess.getVmGuestAccess().getVcpusAssignment_2_1_1_1()); 
            // InternalAssign.g:2655:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            // InternalAssign.g:2655:3: rule__VmGuest__VcpusAssignment_2_1_1_1
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
    // InternalAssign.g:2664:1: rule__VmGuest__Group_2_1_2__0 : rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 ;
    public final void rule__VmGuest__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2668:1: ( rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 )
            // InternalAssign.g:2669:2: rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1
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
    // InternalAssign.g:2676:1: rule__VmGuest__Group_2_1_2__0__Impl : ( 'machine' ) ;
    public final void rule__VmGuest__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2680:1: ( ( 'machine' ) )
            // InternalAssign.g:2681:1: ( 'machine' )
            {
            // InternalAssign.g:2681:1: ( 'machine' )
            // InternalAssign.g:2682:2: 'machine'
            {
             before(grammarAccess.getVmGuestAccess().getMachineKeyword_2_1_2_0()); 
            match(input,22,FOLLOW_2); 
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
    // InternalAssign.g:2691:1: rule__VmGuest__Group_2_1_2__1 : rule__VmGuest__Group_2_1_2__1__Impl ;
    public final void rule__VmGuest__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2695:1: ( rule__VmGuest__Group_2_1_2__1__Impl )
            // InternalAssign.g:2696:2: rule__VmGuest__Group_2_1_2__1__Impl
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
    // InternalAssign.g:2702:1: rule__VmGuest__Group_2_1_2__1__Impl : ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2706:1: ( ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:2707:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:2707:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            // InternalAssign.g:2708:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAssignment_2_1_2_1()); 
            // InternalAssign.g:2709:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            // InternalAssign.g:2709:3: rule__VmGuest__MachineAssignment_2_1_2_1
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
    // InternalAssign.g:2718:1: rule__VmGuest__Group_2_1_3__0 : rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 ;
    public final void rule__VmGuest__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2722:1: ( rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 )
            // InternalAssign.g:2723:2: rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1
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
    // InternalAssign.g:2730:1: rule__VmGuest__Group_2_1_3__0__Impl : ( 'memlock' ) ;
    public final void rule__VmGuest__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2734:1: ( ( 'memlock' ) )
            // InternalAssign.g:2735:1: ( 'memlock' )
            {
            // InternalAssign.g:2735:1: ( 'memlock' )
            // InternalAssign.g:2736:2: 'memlock'
            {
             before(grammarAccess.getVmGuestAccess().getMemlockKeyword_2_1_3_0()); 
            match(input,23,FOLLOW_2); 
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
    // InternalAssign.g:2745:1: rule__VmGuest__Group_2_1_3__1 : rule__VmGuest__Group_2_1_3__1__Impl ;
    public final void rule__VmGuest__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2749:1: ( rule__VmGuest__Group_2_1_3__1__Impl )
            // InternalAssign.g:2750:2: rule__VmGuest__Group_2_1_3__1__Impl
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
    // InternalAssign.g:2756:1: rule__VmGuest__Group_2_1_3__1__Impl : ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2760:1: ( ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:2761:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:2761:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            // InternalAssign.g:2762:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemlockLimitAssignment_2_1_3_1()); 
            // InternalAssign.g:2763:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            // InternalAssign.g:2763:3: rule__VmGuest__MemlockLimitAssignment_2_1_3_1
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


    // $ANTLR start "rule__VmGuest__Group_2_1_4__0"
    // InternalAssign.g:2772:1: rule__VmGuest__Group_2_1_4__0 : rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 ;
    public final void rule__VmGuest__Group_2_1_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2776:1: ( rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 )
            // InternalAssign.g:2777:2: rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1
            {
            pushFollow(FOLLOW_9);
            rule__VmGuest__Group_2_1_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_4__1();

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
    // $ANTLR end "rule__VmGuest__Group_2_1_4__0"


    // $ANTLR start "rule__VmGuest__Group_2_1_4__0__Impl"
    // InternalAssign.g:2784:1: rule__VmGuest__Group_2_1_4__0__Impl : ( 'qemu' ) ;
    public final void rule__VmGuest__Group_2_1_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2788:1: ( ( 'qemu' ) )
            // InternalAssign.g:2789:1: ( 'qemu' )
            {
            // InternalAssign.g:2789:1: ( 'qemu' )
            // InternalAssign.g:2790:2: 'qemu'
            {
             before(grammarAccess.getVmGuestAccess().getQemuKeyword_2_1_4_0()); 
            match(input,24,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getQemuKeyword_2_1_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_4__0__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_4__1"
    // InternalAssign.g:2799:1: rule__VmGuest__Group_2_1_4__1 : rule__VmGuest__Group_2_1_4__1__Impl ;
    public final void rule__VmGuest__Group_2_1_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2803:1: ( rule__VmGuest__Group_2_1_4__1__Impl )
            // InternalAssign.g:2804:2: rule__VmGuest__Group_2_1_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_4__1__Impl();

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
    // $ANTLR end "rule__VmGuest__Group_2_1_4__1"


    // $ANTLR start "rule__VmGuest__Group_2_1_4__1__Impl"
    // InternalAssign.g:2810:1: rule__VmGuest__Group_2_1_4__1__Impl : ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2814:1: ( ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) )
            // InternalAssign.g:2815:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            {
            // InternalAssign.g:2815:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            // InternalAssign.g:2816:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            {
             before(grammarAccess.getVmGuestAccess().getQemuVersionAssignment_2_1_4_1()); 
            // InternalAssign.g:2817:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            // InternalAssign.g:2817:3: rule__VmGuest__QemuVersionAssignment_2_1_4_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__QemuVersionAssignment_2_1_4_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getQemuVersionAssignment_2_1_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_4__1__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_5__0"
    // InternalAssign.g:2826:1: rule__VmGuest__Group_2_1_5__0 : rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 ;
    public final void rule__VmGuest__Group_2_1_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2830:1: ( rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 )
            // InternalAssign.g:2831:2: rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1
            {
            pushFollow(FOLLOW_9);
            rule__VmGuest__Group_2_1_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_5__1();

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
    // $ANTLR end "rule__VmGuest__Group_2_1_5__0"


    // $ANTLR start "rule__VmGuest__Group_2_1_5__0__Impl"
    // InternalAssign.g:2838:1: rule__VmGuest__Group_2_1_5__0__Impl : ( 'libvirt' ) ;
    public final void rule__VmGuest__Group_2_1_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2842:1: ( ( 'libvirt' ) )
            // InternalAssign.g:2843:1: ( 'libvirt' )
            {
            // InternalAssign.g:2843:1: ( 'libvirt' )
            // InternalAssign.g:2844:2: 'libvirt'
            {
             before(grammarAccess.getVmGuestAccess().getLibvirtKeyword_2_1_5_0()); 
            match(input,25,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getLibvirtKeyword_2_1_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_5__0__Impl"


    // $ANTLR start "rule__VmGuest__Group_2_1_5__1"
    // InternalAssign.g:2853:1: rule__VmGuest__Group_2_1_5__1 : rule__VmGuest__Group_2_1_5__1__Impl ;
    public final void rule__VmGuest__Group_2_1_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2857:1: ( rule__VmGuest__Group_2_1_5__1__Impl )
            // InternalAssign.g:2858:2: rule__VmGuest__Group_2_1_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__Group_2_1_5__1__Impl();

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
    // $ANTLR end "rule__VmGuest__Group_2_1_5__1"


    // $ANTLR start "rule__VmGuest__Group_2_1_5__1__Impl"
    // InternalAssign.g:2864:1: rule__VmGuest__Group_2_1_5__1__Impl : ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2868:1: ( ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) )
            // InternalAssign.g:2869:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            {
            // InternalAssign.g:2869:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            // InternalAssign.g:2870:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            {
             before(grammarAccess.getVmGuestAccess().getLibvirtVersionAssignment_2_1_5_1()); 
            // InternalAssign.g:2871:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            // InternalAssign.g:2871:3: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1
            {
            pushFollow(FOLLOW_2);
            rule__VmGuest__LibvirtVersionAssignment_2_1_5_1();

            state._fsp--;


            }

             after(grammarAccess.getVmGuestAccess().getLibvirtVersionAssignment_2_1_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__Group_2_1_5__1__Impl"


    // $ANTLR start "rule__UserspaceDriver__Group__0"
    // InternalAssign.g:2880:1: rule__UserspaceDriver__Group__0 : rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 ;
    public final void rule__UserspaceDriver__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2884:1: ( rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 )
            // InternalAssign.g:2885:2: rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1
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
    // InternalAssign.g:2892:1: rule__UserspaceDriver__Group__0__Impl : ( 'userspace' ) ;
    public final void rule__UserspaceDriver__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2896:1: ( ( 'userspace' ) )
            // InternalAssign.g:2897:1: ( 'userspace' )
            {
            // InternalAssign.g:2897:1: ( 'userspace' )
            // InternalAssign.g:2898:2: 'userspace'
            {
             before(grammarAccess.getUserspaceDriverAccess().getUserspaceKeyword_0()); 
            match(input,17,FOLLOW_2); 
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
    // InternalAssign.g:2907:1: rule__UserspaceDriver__Group__1 : rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 ;
    public final void rule__UserspaceDriver__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2911:1: ( rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 )
            // InternalAssign.g:2912:2: rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2
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
    // InternalAssign.g:2919:1: rule__UserspaceDriver__Group__1__Impl : ( ( rule__UserspaceDriver__NameAssignment_1 ) ) ;
    public final void rule__UserspaceDriver__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2923:1: ( ( ( rule__UserspaceDriver__NameAssignment_1 ) ) )
            // InternalAssign.g:2924:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            {
            // InternalAssign.g:2924:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            // InternalAssign.g:2925:2: ( rule__UserspaceDriver__NameAssignment_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getNameAssignment_1()); 
            // InternalAssign.g:2926:2: ( rule__UserspaceDriver__NameAssignment_1 )
            // InternalAssign.g:2926:3: rule__UserspaceDriver__NameAssignment_1
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
    // InternalAssign.g:2934:1: rule__UserspaceDriver__Group__2 : rule__UserspaceDriver__Group__2__Impl ;
    public final void rule__UserspaceDriver__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2938:1: ( rule__UserspaceDriver__Group__2__Impl )
            // InternalAssign.g:2939:2: rule__UserspaceDriver__Group__2__Impl
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
    // InternalAssign.g:2945:1: rule__UserspaceDriver__Group__2__Impl : ( ( rule__UserspaceDriver__Group_2__0 )? ) ;
    public final void rule__UserspaceDriver__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2949:1: ( ( ( rule__UserspaceDriver__Group_2__0 )? ) )
            // InternalAssign.g:2950:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            {
            // InternalAssign.g:2950:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            // InternalAssign.g:2951:2: ( rule__UserspaceDriver__Group_2__0 )?
            {
             before(grammarAccess.getUserspaceDriverAccess().getGroup_2()); 
            // InternalAssign.g:2952:2: ( rule__UserspaceDriver__Group_2__0 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==93) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalAssign.g:2952:3: rule__UserspaceDriver__Group_2__0
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
    // InternalAssign.g:2961:1: rule__UserspaceDriver__Group_2__0 : rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 ;
    public final void rule__UserspaceDriver__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2965:1: ( rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 )
            // InternalAssign.g:2966:2: rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1
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
    // InternalAssign.g:2973:1: rule__UserspaceDriver__Group_2__0__Impl : ( '{' ) ;
    public final void rule__UserspaceDriver__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2977:1: ( ( '{' ) )
            // InternalAssign.g:2978:1: ( '{' )
            {
            // InternalAssign.g:2978:1: ( '{' )
            // InternalAssign.g:2979:2: '{'
            {
             before(grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:2988:1: rule__UserspaceDriver__Group_2__1 : rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 ;
    public final void rule__UserspaceDriver__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2992:1: ( rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 )
            // InternalAssign.g:2993:2: rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2
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
    // InternalAssign.g:3000:1: rule__UserspaceDriver__Group_2__1__Impl : ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3004:1: ( ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:3005:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:3005:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            // InternalAssign.g:3006:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:3007:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            // InternalAssign.g:3007:3: rule__UserspaceDriver__UnorderedGroup_2_1
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
    // InternalAssign.g:3015:1: rule__UserspaceDriver__Group_2__2 : rule__UserspaceDriver__Group_2__2__Impl ;
    public final void rule__UserspaceDriver__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3019:1: ( rule__UserspaceDriver__Group_2__2__Impl )
            // InternalAssign.g:3020:2: rule__UserspaceDriver__Group_2__2__Impl
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
    // InternalAssign.g:3026:1: rule__UserspaceDriver__Group_2__2__Impl : ( '}' ) ;
    public final void rule__UserspaceDriver__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3030:1: ( ( '}' ) )
            // InternalAssign.g:3031:1: ( '}' )
            {
            // InternalAssign.g:3031:1: ( '}' )
            // InternalAssign.g:3032:2: '}'
            {
             before(grammarAccess.getUserspaceDriverAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:3042:1: rule__UserspaceDriver__Group_2_1_0__0 : rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 ;
    public final void rule__UserspaceDriver__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3046:1: ( rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 )
            // InternalAssign.g:3047:2: rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1
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
    // InternalAssign.g:3054:1: rule__UserspaceDriver__Group_2_1_0__0__Impl : ( 'uid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3058:1: ( ( 'uid' ) )
            // InternalAssign.g:3059:1: ( 'uid' )
            {
            // InternalAssign.g:3059:1: ( 'uid' )
            // InternalAssign.g:3060:2: 'uid'
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidKeyword_2_1_0_0()); 
            match(input,26,FOLLOW_2); 
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
    // InternalAssign.g:3069:1: rule__UserspaceDriver__Group_2_1_0__1 : rule__UserspaceDriver__Group_2_1_0__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3073:1: ( rule__UserspaceDriver__Group_2_1_0__1__Impl )
            // InternalAssign.g:3074:2: rule__UserspaceDriver__Group_2_1_0__1__Impl
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
    // InternalAssign.g:3080:1: rule__UserspaceDriver__Group_2_1_0__1__Impl : ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3084:1: ( ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:3085:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:3085:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            // InternalAssign.g:3086:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidAssignment_2_1_0_1()); 
            // InternalAssign.g:3087:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            // InternalAssign.g:3087:3: rule__UserspaceDriver__UidAssignment_2_1_0_1
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
    // InternalAssign.g:3096:1: rule__UserspaceDriver__Group_2_1_1__0 : rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 ;
    public final void rule__UserspaceDriver__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3100:1: ( rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 )
            // InternalAssign.g:3101:2: rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1
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
    // InternalAssign.g:3108:1: rule__UserspaceDriver__Group_2_1_1__0__Impl : ( 'gid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3112:1: ( ( 'gid' ) )
            // InternalAssign.g:3113:1: ( 'gid' )
            {
            // InternalAssign.g:3113:1: ( 'gid' )
            // InternalAssign.g:3114:2: 'gid'
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidKeyword_2_1_1_0()); 
            match(input,27,FOLLOW_2); 
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
    // InternalAssign.g:3123:1: rule__UserspaceDriver__Group_2_1_1__1 : rule__UserspaceDriver__Group_2_1_1__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3127:1: ( rule__UserspaceDriver__Group_2_1_1__1__Impl )
            // InternalAssign.g:3128:2: rule__UserspaceDriver__Group_2_1_1__1__Impl
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
    // InternalAssign.g:3134:1: rule__UserspaceDriver__Group_2_1_1__1__Impl : ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3138:1: ( ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:3139:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:3139:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            // InternalAssign.g:3140:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidAssignment_2_1_1_1()); 
            // InternalAssign.g:3141:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            // InternalAssign.g:3141:3: rule__UserspaceDriver__GidAssignment_2_1_1_1
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
    // InternalAssign.g:3150:1: rule__UserspaceDriver__Group_2_1_2__0 : rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 ;
    public final void rule__UserspaceDriver__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3154:1: ( rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 )
            // InternalAssign.g:3155:2: rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1
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
    // InternalAssign.g:3162:1: rule__UserspaceDriver__Group_2_1_2__0__Impl : ( 'memlock' ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3166:1: ( ( 'memlock' ) )
            // InternalAssign.g:3167:1: ( 'memlock' )
            {
            // InternalAssign.g:3167:1: ( 'memlock' )
            // InternalAssign.g:3168:2: 'memlock'
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockKeyword_2_1_2_0()); 
            match(input,23,FOLLOW_2); 
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
    // InternalAssign.g:3177:1: rule__UserspaceDriver__Group_2_1_2__1 : rule__UserspaceDriver__Group_2_1_2__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3181:1: ( rule__UserspaceDriver__Group_2_1_2__1__Impl )
            // InternalAssign.g:3182:2: rule__UserspaceDriver__Group_2_1_2__1__Impl
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
    // InternalAssign.g:3188:1: rule__UserspaceDriver__Group_2_1_2__1__Impl : ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3192:1: ( ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:3193:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:3193:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            // InternalAssign.g:3194:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockLimitAssignment_2_1_2_1()); 
            // InternalAssign.g:3195:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            // InternalAssign.g:3195:3: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1
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
    // InternalAssign.g:3204:1: rule__UserspaceDriver__Group_2_1_3__0 : rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 ;
    public final void rule__UserspaceDriver__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3208:1: ( rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 )
            // InternalAssign.g:3209:2: rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1
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
    // InternalAssign.g:3216:1: rule__UserspaceDriver__Group_2_1_3__0__Impl : ( 'socket' ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3220:1: ( ( 'socket' ) )
            // InternalAssign.g:3221:1: ( 'socket' )
            {
            // InternalAssign.g:3221:1: ( 'socket' )
            // InternalAssign.g:3222:2: 'socket'
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketKeyword_2_1_3_0()); 
            match(input,28,FOLLOW_2); 
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
    // InternalAssign.g:3231:1: rule__UserspaceDriver__Group_2_1_3__1 : rule__UserspaceDriver__Group_2_1_3__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3235:1: ( rule__UserspaceDriver__Group_2_1_3__1__Impl )
            // InternalAssign.g:3236:2: rule__UserspaceDriver__Group_2_1_3__1__Impl
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
    // InternalAssign.g:3242:1: rule__UserspaceDriver__Group_2_1_3__1__Impl : ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3246:1: ( ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:3247:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:3247:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            // InternalAssign.g:3248:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketPathAssignment_2_1_3_1()); 
            // InternalAssign.g:3249:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            // InternalAssign.g:3249:3: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1
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
    // InternalAssign.g:3258:1: rule__Probe__Group__0 : rule__Probe__Group__0__Impl rule__Probe__Group__1 ;
    public final void rule__Probe__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3262:1: ( rule__Probe__Group__0__Impl rule__Probe__Group__1 )
            // InternalAssign.g:3263:2: rule__Probe__Group__0__Impl rule__Probe__Group__1
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
    // InternalAssign.g:3270:1: rule__Probe__Group__0__Impl : ( 'probe' ) ;
    public final void rule__Probe__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3274:1: ( ( 'probe' ) )
            // InternalAssign.g:3275:1: ( 'probe' )
            {
            // InternalAssign.g:3275:1: ( 'probe' )
            // InternalAssign.g:3276:2: 'probe'
            {
             before(grammarAccess.getProbeAccess().getProbeKeyword_0()); 
            match(input,18,FOLLOW_2); 
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
    // InternalAssign.g:3285:1: rule__Probe__Group__1 : rule__Probe__Group__1__Impl rule__Probe__Group__2 ;
    public final void rule__Probe__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3289:1: ( rule__Probe__Group__1__Impl rule__Probe__Group__2 )
            // InternalAssign.g:3290:2: rule__Probe__Group__1__Impl rule__Probe__Group__2
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
    // InternalAssign.g:3297:1: rule__Probe__Group__1__Impl : ( ( rule__Probe__NameAssignment_1 ) ) ;
    public final void rule__Probe__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3301:1: ( ( ( rule__Probe__NameAssignment_1 ) ) )
            // InternalAssign.g:3302:1: ( ( rule__Probe__NameAssignment_1 ) )
            {
            // InternalAssign.g:3302:1: ( ( rule__Probe__NameAssignment_1 ) )
            // InternalAssign.g:3303:2: ( rule__Probe__NameAssignment_1 )
            {
             before(grammarAccess.getProbeAccess().getNameAssignment_1()); 
            // InternalAssign.g:3304:2: ( rule__Probe__NameAssignment_1 )
            // InternalAssign.g:3304:3: rule__Probe__NameAssignment_1
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
    // InternalAssign.g:3312:1: rule__Probe__Group__2 : rule__Probe__Group__2__Impl ;
    public final void rule__Probe__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3316:1: ( rule__Probe__Group__2__Impl )
            // InternalAssign.g:3317:2: rule__Probe__Group__2__Impl
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
    // InternalAssign.g:3323:1: rule__Probe__Group__2__Impl : ( ( rule__Probe__Group_2__0 )? ) ;
    public final void rule__Probe__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3327:1: ( ( ( rule__Probe__Group_2__0 )? ) )
            // InternalAssign.g:3328:1: ( ( rule__Probe__Group_2__0 )? )
            {
            // InternalAssign.g:3328:1: ( ( rule__Probe__Group_2__0 )? )
            // InternalAssign.g:3329:2: ( rule__Probe__Group_2__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2()); 
            // InternalAssign.g:3330:2: ( rule__Probe__Group_2__0 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==93) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalAssign.g:3330:3: rule__Probe__Group_2__0
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
    // InternalAssign.g:3339:1: rule__Probe__Group_2__0 : rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 ;
    public final void rule__Probe__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3343:1: ( rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 )
            // InternalAssign.g:3344:2: rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1
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
    // InternalAssign.g:3351:1: rule__Probe__Group_2__0__Impl : ( '{' ) ;
    public final void rule__Probe__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3355:1: ( ( '{' ) )
            // InternalAssign.g:3356:1: ( '{' )
            {
            // InternalAssign.g:3356:1: ( '{' )
            // InternalAssign.g:3357:2: '{'
            {
             before(grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:3366:1: rule__Probe__Group_2__1 : rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 ;
    public final void rule__Probe__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3370:1: ( rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 )
            // InternalAssign.g:3371:2: rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2
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
    // InternalAssign.g:3378:1: rule__Probe__Group_2__1__Impl : ( ( rule__Probe__Group_2_1__0 )? ) ;
    public final void rule__Probe__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3382:1: ( ( ( rule__Probe__Group_2_1__0 )? ) )
            // InternalAssign.g:3383:1: ( ( rule__Probe__Group_2_1__0 )? )
            {
            // InternalAssign.g:3383:1: ( ( rule__Probe__Group_2_1__0 )? )
            // InternalAssign.g:3384:2: ( rule__Probe__Group_2_1__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2_1()); 
            // InternalAssign.g:3385:2: ( rule__Probe__Group_2_1__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==23) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalAssign.g:3385:3: rule__Probe__Group_2_1__0
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
    // InternalAssign.g:3393:1: rule__Probe__Group_2__2 : rule__Probe__Group_2__2__Impl ;
    public final void rule__Probe__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3397:1: ( rule__Probe__Group_2__2__Impl )
            // InternalAssign.g:3398:2: rule__Probe__Group_2__2__Impl
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
    // InternalAssign.g:3404:1: rule__Probe__Group_2__2__Impl : ( '}' ) ;
    public final void rule__Probe__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3408:1: ( ( '}' ) )
            // InternalAssign.g:3409:1: ( '}' )
            {
            // InternalAssign.g:3409:1: ( '}' )
            // InternalAssign.g:3410:2: '}'
            {
             before(grammarAccess.getProbeAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:3420:1: rule__Probe__Group_2_1__0 : rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 ;
    public final void rule__Probe__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3424:1: ( rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 )
            // InternalAssign.g:3425:2: rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1
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
    // InternalAssign.g:3432:1: rule__Probe__Group_2_1__0__Impl : ( 'memlock' ) ;
    public final void rule__Probe__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3436:1: ( ( 'memlock' ) )
            // InternalAssign.g:3437:1: ( 'memlock' )
            {
            // InternalAssign.g:3437:1: ( 'memlock' )
            // InternalAssign.g:3438:2: 'memlock'
            {
             before(grammarAccess.getProbeAccess().getMemlockKeyword_2_1_0()); 
            match(input,23,FOLLOW_2); 
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
    // InternalAssign.g:3447:1: rule__Probe__Group_2_1__1 : rule__Probe__Group_2_1__1__Impl ;
    public final void rule__Probe__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3451:1: ( rule__Probe__Group_2_1__1__Impl )
            // InternalAssign.g:3452:2: rule__Probe__Group_2_1__1__Impl
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
    // InternalAssign.g:3458:1: rule__Probe__Group_2_1__1__Impl : ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) ;
    public final void rule__Probe__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3462:1: ( ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) )
            // InternalAssign.g:3463:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            {
            // InternalAssign.g:3463:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            // InternalAssign.g:3464:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            {
             before(grammarAccess.getProbeAccess().getMemlockLimitAssignment_2_1_1()); 
            // InternalAssign.g:3465:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            // InternalAssign.g:3465:3: rule__Probe__MemlockLimitAssignment_2_1_1
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
    // InternalAssign.g:3474:1: rule__Assignment__Group__0 : rule__Assignment__Group__0__Impl rule__Assignment__Group__1 ;
    public final void rule__Assignment__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3478:1: ( rule__Assignment__Group__0__Impl rule__Assignment__Group__1 )
            // InternalAssign.g:3479:2: rule__Assignment__Group__0__Impl rule__Assignment__Group__1
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
    // InternalAssign.g:3486:1: rule__Assignment__Group__0__Impl : ( 'assign' ) ;
    public final void rule__Assignment__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3490:1: ( ( 'assign' ) )
            // InternalAssign.g:3491:1: ( 'assign' )
            {
            // InternalAssign.g:3491:1: ( 'assign' )
            // InternalAssign.g:3492:2: 'assign'
            {
             before(grammarAccess.getAssignmentAccess().getAssignKeyword_0()); 
            match(input,19,FOLLOW_2); 
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
    // InternalAssign.g:3501:1: rule__Assignment__Group__1 : rule__Assignment__Group__1__Impl rule__Assignment__Group__2 ;
    public final void rule__Assignment__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3505:1: ( rule__Assignment__Group__1__Impl rule__Assignment__Group__2 )
            // InternalAssign.g:3506:2: rule__Assignment__Group__1__Impl rule__Assignment__Group__2
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
    // InternalAssign.g:3513:1: rule__Assignment__Group__1__Impl : ( ( rule__Assignment__Alternatives_1 ) ) ;
    public final void rule__Assignment__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3517:1: ( ( ( rule__Assignment__Alternatives_1 ) ) )
            // InternalAssign.g:3518:1: ( ( rule__Assignment__Alternatives_1 ) )
            {
            // InternalAssign.g:3518:1: ( ( rule__Assignment__Alternatives_1 ) )
            // InternalAssign.g:3519:2: ( rule__Assignment__Alternatives_1 )
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_1()); 
            // InternalAssign.g:3520:2: ( rule__Assignment__Alternatives_1 )
            // InternalAssign.g:3520:3: rule__Assignment__Alternatives_1
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
    // InternalAssign.g:3528:1: rule__Assignment__Group__2 : rule__Assignment__Group__2__Impl rule__Assignment__Group__3 ;
    public final void rule__Assignment__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3532:1: ( rule__Assignment__Group__2__Impl rule__Assignment__Group__3 )
            // InternalAssign.g:3533:2: rule__Assignment__Group__2__Impl rule__Assignment__Group__3
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
    // InternalAssign.g:3540:1: rule__Assignment__Group__2__Impl : ( 'to' ) ;
    public final void rule__Assignment__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3544:1: ( ( 'to' ) )
            // InternalAssign.g:3545:1: ( 'to' )
            {
            // InternalAssign.g:3545:1: ( 'to' )
            // InternalAssign.g:3546:2: 'to'
            {
             before(grammarAccess.getAssignmentAccess().getToKeyword_2()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:3555:1: rule__Assignment__Group__3 : rule__Assignment__Group__3__Impl rule__Assignment__Group__4 ;
    public final void rule__Assignment__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3559:1: ( rule__Assignment__Group__3__Impl rule__Assignment__Group__4 )
            // InternalAssign.g:3560:2: rule__Assignment__Group__3__Impl rule__Assignment__Group__4
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
    // InternalAssign.g:3567:1: rule__Assignment__Group__3__Impl : ( ( rule__Assignment__ConsumerAssignment_3 ) ) ;
    public final void rule__Assignment__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3571:1: ( ( ( rule__Assignment__ConsumerAssignment_3 ) ) )
            // InternalAssign.g:3572:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            {
            // InternalAssign.g:3572:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            // InternalAssign.g:3573:2: ( rule__Assignment__ConsumerAssignment_3 )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerAssignment_3()); 
            // InternalAssign.g:3574:2: ( rule__Assignment__ConsumerAssignment_3 )
            // InternalAssign.g:3574:3: rule__Assignment__ConsumerAssignment_3
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
    // InternalAssign.g:3582:1: rule__Assignment__Group__4 : rule__Assignment__Group__4__Impl ;
    public final void rule__Assignment__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3586:1: ( rule__Assignment__Group__4__Impl )
            // InternalAssign.g:3587:2: rule__Assignment__Group__4__Impl
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
    // InternalAssign.g:3593:1: rule__Assignment__Group__4__Impl : ( ( rule__Assignment__Group_4__0 )? ) ;
    public final void rule__Assignment__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3597:1: ( ( ( rule__Assignment__Group_4__0 )? ) )
            // InternalAssign.g:3598:1: ( ( rule__Assignment__Group_4__0 )? )
            {
            // InternalAssign.g:3598:1: ( ( rule__Assignment__Group_4__0 )? )
            // InternalAssign.g:3599:2: ( rule__Assignment__Group_4__0 )?
            {
             before(grammarAccess.getAssignmentAccess().getGroup_4()); 
            // InternalAssign.g:3600:2: ( rule__Assignment__Group_4__0 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==93) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalAssign.g:3600:3: rule__Assignment__Group_4__0
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
    // InternalAssign.g:3609:1: rule__Assignment__Group_1_1__0 : rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1 ;
    public final void rule__Assignment__Group_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3613:1: ( rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1 )
            // InternalAssign.g:3614:2: rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1
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
    // InternalAssign.g:3621:1: rule__Assignment__Group_1_1__0__Impl : ( 'group' ) ;
    public final void rule__Assignment__Group_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3625:1: ( ( 'group' ) )
            // InternalAssign.g:3626:1: ( 'group' )
            {
            // InternalAssign.g:3626:1: ( 'group' )
            // InternalAssign.g:3627:2: 'group'
            {
             before(grammarAccess.getAssignmentAccess().getGroupKeyword_1_1_0()); 
            match(input,88,FOLLOW_2); 
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
    // InternalAssign.g:3636:1: rule__Assignment__Group_1_1__1 : rule__Assignment__Group_1_1__1__Impl ;
    public final void rule__Assignment__Group_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3640:1: ( rule__Assignment__Group_1_1__1__Impl )
            // InternalAssign.g:3641:2: rule__Assignment__Group_1_1__1__Impl
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
    // InternalAssign.g:3647:1: rule__Assignment__Group_1_1__1__Impl : ( ( rule__Assignment__GroupAssignment_1_1_1 ) ) ;
    public final void rule__Assignment__Group_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3651:1: ( ( ( rule__Assignment__GroupAssignment_1_1_1 ) ) )
            // InternalAssign.g:3652:1: ( ( rule__Assignment__GroupAssignment_1_1_1 ) )
            {
            // InternalAssign.g:3652:1: ( ( rule__Assignment__GroupAssignment_1_1_1 ) )
            // InternalAssign.g:3653:2: ( rule__Assignment__GroupAssignment_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getGroupAssignment_1_1_1()); 
            // InternalAssign.g:3654:2: ( rule__Assignment__GroupAssignment_1_1_1 )
            // InternalAssign.g:3654:3: rule__Assignment__GroupAssignment_1_1_1
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
    // InternalAssign.g:3663:1: rule__Assignment__Group_4__0 : rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 ;
    public final void rule__Assignment__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3667:1: ( rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 )
            // InternalAssign.g:3668:2: rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1
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
    // InternalAssign.g:3675:1: rule__Assignment__Group_4__0__Impl : ( '{' ) ;
    public final void rule__Assignment__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3679:1: ( ( '{' ) )
            // InternalAssign.g:3680:1: ( '{' )
            {
            // InternalAssign.g:3680:1: ( '{' )
            // InternalAssign.g:3681:2: '{'
            {
             before(grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:3690:1: rule__Assignment__Group_4__1 : rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 ;
    public final void rule__Assignment__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3694:1: ( rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 )
            // InternalAssign.g:3695:2: rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2
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
    // InternalAssign.g:3702:1: rule__Assignment__Group_4__1__Impl : ( ( rule__Assignment__UnorderedGroup_4_1 ) ) ;
    public final void rule__Assignment__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3706:1: ( ( ( rule__Assignment__UnorderedGroup_4_1 ) ) )
            // InternalAssign.g:3707:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            {
            // InternalAssign.g:3707:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            // InternalAssign.g:3708:2: ( rule__Assignment__UnorderedGroup_4_1 )
            {
             before(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1()); 
            // InternalAssign.g:3709:2: ( rule__Assignment__UnorderedGroup_4_1 )
            // InternalAssign.g:3709:3: rule__Assignment__UnorderedGroup_4_1
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
    // InternalAssign.g:3717:1: rule__Assignment__Group_4__2 : rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 ;
    public final void rule__Assignment__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3721:1: ( rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 )
            // InternalAssign.g:3722:2: rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3
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
    // InternalAssign.g:3729:1: rule__Assignment__Group_4__2__Impl : ( ( rule__Assignment__Alternatives_4_2 )* ) ;
    public final void rule__Assignment__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3733:1: ( ( ( rule__Assignment__Alternatives_4_2 )* ) )
            // InternalAssign.g:3734:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            {
            // InternalAssign.g:3734:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            // InternalAssign.g:3735:2: ( rule__Assignment__Alternatives_4_2 )*
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_4_2()); 
            // InternalAssign.g:3736:2: ( rule__Assignment__Alternatives_4_2 )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( ((LA36_0>=34 && LA36_0<=36)) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalAssign.g:3736:3: rule__Assignment__Alternatives_4_2
            	    {
            	    pushFollow(FOLLOW_22);
            	    rule__Assignment__Alternatives_4_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop36;
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
    // InternalAssign.g:3744:1: rule__Assignment__Group_4__3 : rule__Assignment__Group_4__3__Impl ;
    public final void rule__Assignment__Group_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3748:1: ( rule__Assignment__Group_4__3__Impl )
            // InternalAssign.g:3749:2: rule__Assignment__Group_4__3__Impl
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
    // InternalAssign.g:3755:1: rule__Assignment__Group_4__3__Impl : ( '}' ) ;
    public final void rule__Assignment__Group_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3759:1: ( ( '}' ) )
            // InternalAssign.g:3760:1: ( '}' )
            {
            // InternalAssign.g:3760:1: ( '}' )
            // InternalAssign.g:3761:2: '}'
            {
             before(grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:3771:1: rule__Assignment__Group_4_1_0__0 : rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 ;
    public final void rule__Assignment__Group_4_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3775:1: ( rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 )
            // InternalAssign.g:3776:2: rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1
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
    // InternalAssign.g:3783:1: rule__Assignment__Group_4_1_0__0__Impl : ( 'driver' ) ;
    public final void rule__Assignment__Group_4_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3787:1: ( ( 'driver' ) )
            // InternalAssign.g:3788:1: ( 'driver' )
            {
            // InternalAssign.g:3788:1: ( 'driver' )
            // InternalAssign.g:3789:2: 'driver'
            {
             before(grammarAccess.getAssignmentAccess().getDriverKeyword_4_1_0_0()); 
            match(input,29,FOLLOW_2); 
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
    // InternalAssign.g:3798:1: rule__Assignment__Group_4_1_0__1 : rule__Assignment__Group_4_1_0__1__Impl ;
    public final void rule__Assignment__Group_4_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3802:1: ( rule__Assignment__Group_4_1_0__1__Impl )
            // InternalAssign.g:3803:2: rule__Assignment__Group_4_1_0__1__Impl
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
    // InternalAssign.g:3809:1: rule__Assignment__Group_4_1_0__1__Impl : ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) ;
    public final void rule__Assignment__Group_4_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3813:1: ( ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) )
            // InternalAssign.g:3814:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            {
            // InternalAssign.g:3814:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            // InternalAssign.g:3815:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            {
             before(grammarAccess.getAssignmentAccess().getDriverAssignment_4_1_0_1()); 
            // InternalAssign.g:3816:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            // InternalAssign.g:3816:3: rule__Assignment__DriverAssignment_4_1_0_1
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
    // InternalAssign.g:3825:1: rule__Assignment__Group_4_1_1__0 : rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 ;
    public final void rule__Assignment__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3829:1: ( rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 )
            // InternalAssign.g:3830:2: rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1
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
    // InternalAssign.g:3837:1: rule__Assignment__Group_4_1_1__0__Impl : ( 'open' ) ;
    public final void rule__Assignment__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3841:1: ( ( 'open' ) )
            // InternalAssign.g:3842:1: ( 'open' )
            {
            // InternalAssign.g:3842:1: ( 'open' )
            // InternalAssign.g:3843:2: 'open'
            {
             before(grammarAccess.getAssignmentAccess().getOpenKeyword_4_1_1_0()); 
            match(input,30,FOLLOW_2); 
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
    // InternalAssign.g:3852:1: rule__Assignment__Group_4_1_1__1 : rule__Assignment__Group_4_1_1__1__Impl ;
    public final void rule__Assignment__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3856:1: ( rule__Assignment__Group_4_1_1__1__Impl )
            // InternalAssign.g:3857:2: rule__Assignment__Group_4_1_1__1__Impl
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
    // InternalAssign.g:3863:1: rule__Assignment__Group_4_1_1__1__Impl : ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) ;
    public final void rule__Assignment__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3867:1: ( ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) )
            // InternalAssign.g:3868:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            {
            // InternalAssign.g:3868:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            // InternalAssign.g:3869:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getOpenPathAssignment_4_1_1_1()); 
            // InternalAssign.g:3870:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            // InternalAssign.g:3870:3: rule__Assignment__OpenPathAssignment_4_1_1_1
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
    // InternalAssign.g:3879:1: rule__Assignment__Group_4_1_2__0 : rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 ;
    public final void rule__Assignment__Group_4_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3883:1: ( rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 )
            // InternalAssign.g:3884:2: rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1
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
    // InternalAssign.g:3891:1: rule__Assignment__Group_4_1_2__0__Impl : ( 'reset' ) ;
    public final void rule__Assignment__Group_4_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3895:1: ( ( 'reset' ) )
            // InternalAssign.g:3896:1: ( 'reset' )
            {
            // InternalAssign.g:3896:1: ( 'reset' )
            // InternalAssign.g:3897:2: 'reset'
            {
             before(grammarAccess.getAssignmentAccess().getResetKeyword_4_1_2_0()); 
            match(input,31,FOLLOW_2); 
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
    // InternalAssign.g:3906:1: rule__Assignment__Group_4_1_2__1 : rule__Assignment__Group_4_1_2__1__Impl ;
    public final void rule__Assignment__Group_4_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3910:1: ( rule__Assignment__Group_4_1_2__1__Impl )
            // InternalAssign.g:3911:2: rule__Assignment__Group_4_1_2__1__Impl
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
    // InternalAssign.g:3917:1: rule__Assignment__Group_4_1_2__1__Impl : ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) ;
    public final void rule__Assignment__Group_4_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3921:1: ( ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) )
            // InternalAssign.g:3922:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            {
            // InternalAssign.g:3922:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            // InternalAssign.g:3923:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            {
             before(grammarAccess.getAssignmentAccess().getResetPolicyAssignment_4_1_2_1()); 
            // InternalAssign.g:3924:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            // InternalAssign.g:3924:3: rule__Assignment__ResetPolicyAssignment_4_1_2_1
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
    // InternalAssign.g:3933:1: rule__RegionMapping__Group__0 : rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 ;
    public final void rule__RegionMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3937:1: ( rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 )
            // InternalAssign.g:3938:2: rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1
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
    // InternalAssign.g:3945:1: rule__RegionMapping__Group__0__Impl : ( 'map' ) ;
    public final void rule__RegionMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3949:1: ( ( 'map' ) )
            // InternalAssign.g:3950:1: ( 'map' )
            {
            // InternalAssign.g:3950:1: ( 'map' )
            // InternalAssign.g:3951:2: 'map'
            {
             before(grammarAccess.getRegionMappingAccess().getMapKeyword_0()); 
            match(input,34,FOLLOW_2); 
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
    // InternalAssign.g:3960:1: rule__RegionMapping__Group__1 : rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 ;
    public final void rule__RegionMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3964:1: ( rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 )
            // InternalAssign.g:3965:2: rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2
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
    // InternalAssign.g:3972:1: rule__RegionMapping__Group__1__Impl : ( ( rule__RegionMapping__RegionAssignment_1 ) ) ;
    public final void rule__RegionMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3976:1: ( ( ( rule__RegionMapping__RegionAssignment_1 ) ) )
            // InternalAssign.g:3977:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            {
            // InternalAssign.g:3977:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            // InternalAssign.g:3978:2: ( rule__RegionMapping__RegionAssignment_1 )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionAssignment_1()); 
            // InternalAssign.g:3979:2: ( rule__RegionMapping__RegionAssignment_1 )
            // InternalAssign.g:3979:3: rule__RegionMapping__RegionAssignment_1
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
    // InternalAssign.g:3987:1: rule__RegionMapping__Group__2 : rule__RegionMapping__Group__2__Impl ;
    public final void rule__RegionMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3991:1: ( rule__RegionMapping__Group__2__Impl )
            // InternalAssign.g:3992:2: rule__RegionMapping__Group__2__Impl
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
    // InternalAssign.g:3998:1: rule__RegionMapping__Group__2__Impl : ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) ;
    public final void rule__RegionMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4002:1: ( ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) )
            // InternalAssign.g:4003:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            {
            // InternalAssign.g:4003:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            // InternalAssign.g:4004:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyAssignment_2()); 
            // InternalAssign.g:4005:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==12) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalAssign.g:4005:3: rule__RegionMapping__ReadOnlyAssignment_2
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
    // InternalAssign.g:4014:1: rule__IrqBinding__Group__0 : rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 ;
    public final void rule__IrqBinding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4018:1: ( rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 )
            // InternalAssign.g:4019:2: rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1
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
    // InternalAssign.g:4026:1: rule__IrqBinding__Group__0__Impl : ( 'irq' ) ;
    public final void rule__IrqBinding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4030:1: ( ( 'irq' ) )
            // InternalAssign.g:4031:1: ( 'irq' )
            {
            // InternalAssign.g:4031:1: ( 'irq' )
            // InternalAssign.g:4032:2: 'irq'
            {
             before(grammarAccess.getIrqBindingAccess().getIrqKeyword_0()); 
            match(input,35,FOLLOW_2); 
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
    // InternalAssign.g:4041:1: rule__IrqBinding__Group__1 : rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 ;
    public final void rule__IrqBinding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4045:1: ( rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 )
            // InternalAssign.g:4046:2: rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2
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
    // InternalAssign.g:4053:1: rule__IrqBinding__Group__1__Impl : ( ( rule__IrqBinding__InterruptAssignment_1 ) ) ;
    public final void rule__IrqBinding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4057:1: ( ( ( rule__IrqBinding__InterruptAssignment_1 ) ) )
            // InternalAssign.g:4058:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            {
            // InternalAssign.g:4058:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            // InternalAssign.g:4059:2: ( rule__IrqBinding__InterruptAssignment_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptAssignment_1()); 
            // InternalAssign.g:4060:2: ( rule__IrqBinding__InterruptAssignment_1 )
            // InternalAssign.g:4060:3: rule__IrqBinding__InterruptAssignment_1
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
    // InternalAssign.g:4068:1: rule__IrqBinding__Group__2 : rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 ;
    public final void rule__IrqBinding__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4072:1: ( rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 )
            // InternalAssign.g:4073:2: rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3
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
    // InternalAssign.g:4080:1: rule__IrqBinding__Group__2__Impl : ( ( rule__IrqBinding__Group_2__0 )? ) ;
    public final void rule__IrqBinding__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4084:1: ( ( ( rule__IrqBinding__Group_2__0 )? ) )
            // InternalAssign.g:4085:1: ( ( rule__IrqBinding__Group_2__0 )? )
            {
            // InternalAssign.g:4085:1: ( ( rule__IrqBinding__Group_2__0 )? )
            // InternalAssign.g:4086:2: ( rule__IrqBinding__Group_2__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_2()); 
            // InternalAssign.g:4087:2: ( rule__IrqBinding__Group_2__0 )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==96) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalAssign.g:4087:3: rule__IrqBinding__Group_2__0
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
    // InternalAssign.g:4095:1: rule__IrqBinding__Group__3 : rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 ;
    public final void rule__IrqBinding__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4099:1: ( rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 )
            // InternalAssign.g:4100:2: rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4
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
    // InternalAssign.g:4107:1: rule__IrqBinding__Group__3__Impl : ( ( rule__IrqBinding__Group_3__0 )? ) ;
    public final void rule__IrqBinding__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4111:1: ( ( ( rule__IrqBinding__Group_3__0 )? ) )
            // InternalAssign.g:4112:1: ( ( rule__IrqBinding__Group_3__0 )? )
            {
            // InternalAssign.g:4112:1: ( ( rule__IrqBinding__Group_3__0 )? )
            // InternalAssign.g:4113:2: ( rule__IrqBinding__Group_3__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_3()); 
            // InternalAssign.g:4114:2: ( rule__IrqBinding__Group_3__0 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==97) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalAssign.g:4114:3: rule__IrqBinding__Group_3__0
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
    // InternalAssign.g:4122:1: rule__IrqBinding__Group__4 : rule__IrqBinding__Group__4__Impl ;
    public final void rule__IrqBinding__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4126:1: ( rule__IrqBinding__Group__4__Impl )
            // InternalAssign.g:4127:2: rule__IrqBinding__Group__4__Impl
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
    // InternalAssign.g:4133:1: rule__IrqBinding__Group__4__Impl : ( ( rule__IrqBinding__ModeAssignment_4 ) ) ;
    public final void rule__IrqBinding__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4137:1: ( ( ( rule__IrqBinding__ModeAssignment_4 ) ) )
            // InternalAssign.g:4138:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            {
            // InternalAssign.g:4138:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            // InternalAssign.g:4139:2: ( rule__IrqBinding__ModeAssignment_4 )
            {
             before(grammarAccess.getIrqBindingAccess().getModeAssignment_4()); 
            // InternalAssign.g:4140:2: ( rule__IrqBinding__ModeAssignment_4 )
            // InternalAssign.g:4140:3: rule__IrqBinding__ModeAssignment_4
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
    // InternalAssign.g:4149:1: rule__IrqBinding__Group_2__0 : rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 ;
    public final void rule__IrqBinding__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4153:1: ( rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 )
            // InternalAssign.g:4154:2: rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1
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
    // InternalAssign.g:4161:1: rule__IrqBinding__Group_2__0__Impl : ( 'start' ) ;
    public final void rule__IrqBinding__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4165:1: ( ( 'start' ) )
            // InternalAssign.g:4166:1: ( 'start' )
            {
            // InternalAssign.g:4166:1: ( 'start' )
            // InternalAssign.g:4167:2: 'start'
            {
             before(grammarAccess.getIrqBindingAccess().getStartKeyword_2_0()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:4176:1: rule__IrqBinding__Group_2__1 : rule__IrqBinding__Group_2__1__Impl ;
    public final void rule__IrqBinding__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4180:1: ( rule__IrqBinding__Group_2__1__Impl )
            // InternalAssign.g:4181:2: rule__IrqBinding__Group_2__1__Impl
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
    // InternalAssign.g:4187:1: rule__IrqBinding__Group_2__1__Impl : ( ( rule__IrqBinding__StartAssignment_2_1 ) ) ;
    public final void rule__IrqBinding__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4191:1: ( ( ( rule__IrqBinding__StartAssignment_2_1 ) ) )
            // InternalAssign.g:4192:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            {
            // InternalAssign.g:4192:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            // InternalAssign.g:4193:2: ( rule__IrqBinding__StartAssignment_2_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getStartAssignment_2_1()); 
            // InternalAssign.g:4194:2: ( rule__IrqBinding__StartAssignment_2_1 )
            // InternalAssign.g:4194:3: rule__IrqBinding__StartAssignment_2_1
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
    // InternalAssign.g:4203:1: rule__IrqBinding__Group_3__0 : rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 ;
    public final void rule__IrqBinding__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4207:1: ( rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 )
            // InternalAssign.g:4208:2: rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1
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
    // InternalAssign.g:4215:1: rule__IrqBinding__Group_3__0__Impl : ( 'count' ) ;
    public final void rule__IrqBinding__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4219:1: ( ( 'count' ) )
            // InternalAssign.g:4220:1: ( 'count' )
            {
            // InternalAssign.g:4220:1: ( 'count' )
            // InternalAssign.g:4221:2: 'count'
            {
             before(grammarAccess.getIrqBindingAccess().getCountKeyword_3_0()); 
            match(input,97,FOLLOW_2); 
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
    // InternalAssign.g:4230:1: rule__IrqBinding__Group_3__1 : rule__IrqBinding__Group_3__1__Impl ;
    public final void rule__IrqBinding__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4234:1: ( rule__IrqBinding__Group_3__1__Impl )
            // InternalAssign.g:4235:2: rule__IrqBinding__Group_3__1__Impl
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
    // InternalAssign.g:4241:1: rule__IrqBinding__Group_3__1__Impl : ( ( rule__IrqBinding__CountAssignment_3_1 ) ) ;
    public final void rule__IrqBinding__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4245:1: ( ( ( rule__IrqBinding__CountAssignment_3_1 ) ) )
            // InternalAssign.g:4246:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            {
            // InternalAssign.g:4246:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            // InternalAssign.g:4247:2: ( rule__IrqBinding__CountAssignment_3_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getCountAssignment_3_1()); 
            // InternalAssign.g:4248:2: ( rule__IrqBinding__CountAssignment_3_1 )
            // InternalAssign.g:4248:3: rule__IrqBinding__CountAssignment_3_1
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
    // InternalAssign.g:4257:1: rule__DmaWindow__Group__0 : rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 ;
    public final void rule__DmaWindow__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4261:1: ( rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 )
            // InternalAssign.g:4262:2: rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1
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
    // InternalAssign.g:4269:1: rule__DmaWindow__Group__0__Impl : ( 'dma' ) ;
    public final void rule__DmaWindow__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4273:1: ( ( 'dma' ) )
            // InternalAssign.g:4274:1: ( 'dma' )
            {
            // InternalAssign.g:4274:1: ( 'dma' )
            // InternalAssign.g:4275:2: 'dma'
            {
             before(grammarAccess.getDmaWindowAccess().getDmaKeyword_0()); 
            match(input,36,FOLLOW_2); 
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
    // InternalAssign.g:4284:1: rule__DmaWindow__Group__1 : rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 ;
    public final void rule__DmaWindow__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4288:1: ( rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 )
            // InternalAssign.g:4289:2: rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2
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
    // InternalAssign.g:4296:1: rule__DmaWindow__Group__1__Impl : ( ( rule__DmaWindow__NameAssignment_1 )? ) ;
    public final void rule__DmaWindow__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4300:1: ( ( ( rule__DmaWindow__NameAssignment_1 )? ) )
            // InternalAssign.g:4301:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            {
            // InternalAssign.g:4301:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            // InternalAssign.g:4302:2: ( rule__DmaWindow__NameAssignment_1 )?
            {
             before(grammarAccess.getDmaWindowAccess().getNameAssignment_1()); 
            // InternalAssign.g:4303:2: ( rule__DmaWindow__NameAssignment_1 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==RULE_ID||(LA40_0>=14 && LA40_0<=83)) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalAssign.g:4303:3: rule__DmaWindow__NameAssignment_1
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
    // InternalAssign.g:4311:1: rule__DmaWindow__Group__2 : rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 ;
    public final void rule__DmaWindow__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4315:1: ( rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 )
            // InternalAssign.g:4316:2: rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3
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
    // InternalAssign.g:4323:1: rule__DmaWindow__Group__2__Impl : ( 'at' ) ;
    public final void rule__DmaWindow__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4327:1: ( ( 'at' ) )
            // InternalAssign.g:4328:1: ( 'at' )
            {
            // InternalAssign.g:4328:1: ( 'at' )
            // InternalAssign.g:4329:2: 'at'
            {
             before(grammarAccess.getDmaWindowAccess().getAtKeyword_2()); 
            match(input,98,FOLLOW_2); 
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
    // InternalAssign.g:4338:1: rule__DmaWindow__Group__3 : rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 ;
    public final void rule__DmaWindow__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4342:1: ( rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 )
            // InternalAssign.g:4343:2: rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4
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
    // InternalAssign.g:4350:1: rule__DmaWindow__Group__3__Impl : ( ( rule__DmaWindow__IovaAssignment_3 ) ) ;
    public final void rule__DmaWindow__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4354:1: ( ( ( rule__DmaWindow__IovaAssignment_3 ) ) )
            // InternalAssign.g:4355:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            {
            // InternalAssign.g:4355:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            // InternalAssign.g:4356:2: ( rule__DmaWindow__IovaAssignment_3 )
            {
             before(grammarAccess.getDmaWindowAccess().getIovaAssignment_3()); 
            // InternalAssign.g:4357:2: ( rule__DmaWindow__IovaAssignment_3 )
            // InternalAssign.g:4357:3: rule__DmaWindow__IovaAssignment_3
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
    // InternalAssign.g:4365:1: rule__DmaWindow__Group__4 : rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 ;
    public final void rule__DmaWindow__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4369:1: ( rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 )
            // InternalAssign.g:4370:2: rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5
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
    // InternalAssign.g:4377:1: rule__DmaWindow__Group__4__Impl : ( 'size' ) ;
    public final void rule__DmaWindow__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4381:1: ( ( 'size' ) )
            // InternalAssign.g:4382:1: ( 'size' )
            {
            // InternalAssign.g:4382:1: ( 'size' )
            // InternalAssign.g:4383:2: 'size'
            {
             before(grammarAccess.getDmaWindowAccess().getSizeKeyword_4()); 
            match(input,99,FOLLOW_2); 
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
    // InternalAssign.g:4392:1: rule__DmaWindow__Group__5 : rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 ;
    public final void rule__DmaWindow__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4396:1: ( rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 )
            // InternalAssign.g:4397:2: rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6
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
    // InternalAssign.g:4404:1: rule__DmaWindow__Group__5__Impl : ( ( rule__DmaWindow__SizeAssignment_5 ) ) ;
    public final void rule__DmaWindow__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4408:1: ( ( ( rule__DmaWindow__SizeAssignment_5 ) ) )
            // InternalAssign.g:4409:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            {
            // InternalAssign.g:4409:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            // InternalAssign.g:4410:2: ( rule__DmaWindow__SizeAssignment_5 )
            {
             before(grammarAccess.getDmaWindowAccess().getSizeAssignment_5()); 
            // InternalAssign.g:4411:2: ( rule__DmaWindow__SizeAssignment_5 )
            // InternalAssign.g:4411:3: rule__DmaWindow__SizeAssignment_5
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
    // InternalAssign.g:4419:1: rule__DmaWindow__Group__6 : rule__DmaWindow__Group__6__Impl ;
    public final void rule__DmaWindow__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4423:1: ( rule__DmaWindow__Group__6__Impl )
            // InternalAssign.g:4424:2: rule__DmaWindow__Group__6__Impl
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
    // InternalAssign.g:4430:1: rule__DmaWindow__Group__6__Impl : ( ( rule__DmaWindow__Alternatives_6 )? ) ;
    public final void rule__DmaWindow__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4434:1: ( ( ( rule__DmaWindow__Alternatives_6 )? ) )
            // InternalAssign.g:4435:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            {
            // InternalAssign.g:4435:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            // InternalAssign.g:4436:2: ( rule__DmaWindow__Alternatives_6 )?
            {
             before(grammarAccess.getDmaWindowAccess().getAlternatives_6()); 
            // InternalAssign.g:4437:2: ( rule__DmaWindow__Alternatives_6 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( ((LA41_0>=12 && LA41_0<=13)) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalAssign.g:4437:3: rule__DmaWindow__Alternatives_6
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
    // InternalAssign.g:4446:1: rule__InlineBoard__Group__0 : rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 ;
    public final void rule__InlineBoard__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4450:1: ( rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 )
            // InternalAssign.g:4451:2: rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1
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
    // InternalAssign.g:4458:1: rule__InlineBoard__Group__0__Impl : ( ( rule__InlineBoard__NameAssignment_0 ) ) ;
    public final void rule__InlineBoard__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4462:1: ( ( ( rule__InlineBoard__NameAssignment_0 ) ) )
            // InternalAssign.g:4463:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            {
            // InternalAssign.g:4463:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            // InternalAssign.g:4464:2: ( rule__InlineBoard__NameAssignment_0 )
            {
             before(grammarAccess.getInlineBoardAccess().getNameAssignment_0()); 
            // InternalAssign.g:4465:2: ( rule__InlineBoard__NameAssignment_0 )
            // InternalAssign.g:4465:3: rule__InlineBoard__NameAssignment_0
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
    // InternalAssign.g:4473:1: rule__InlineBoard__Group__1 : rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 ;
    public final void rule__InlineBoard__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4477:1: ( rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 )
            // InternalAssign.g:4478:2: rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2
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
    // InternalAssign.g:4485:1: rule__InlineBoard__Group__1__Impl : ( '{' ) ;
    public final void rule__InlineBoard__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4489:1: ( ( '{' ) )
            // InternalAssign.g:4490:1: ( '{' )
            {
            // InternalAssign.g:4490:1: ( '{' )
            // InternalAssign.g:4491:2: '{'
            {
             before(grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:4500:1: rule__InlineBoard__Group__2 : rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 ;
    public final void rule__InlineBoard__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4504:1: ( rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 )
            // InternalAssign.g:4505:2: rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3
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
    // InternalAssign.g:4512:1: rule__InlineBoard__Group__2__Impl : ( ( rule__InlineBoard__UnorderedGroup_2 ) ) ;
    public final void rule__InlineBoard__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4516:1: ( ( ( rule__InlineBoard__UnorderedGroup_2 ) ) )
            // InternalAssign.g:4517:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            {
            // InternalAssign.g:4517:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            // InternalAssign.g:4518:2: ( rule__InlineBoard__UnorderedGroup_2 )
            {
             before(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2()); 
            // InternalAssign.g:4519:2: ( rule__InlineBoard__UnorderedGroup_2 )
            // InternalAssign.g:4519:3: rule__InlineBoard__UnorderedGroup_2
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
    // InternalAssign.g:4527:1: rule__InlineBoard__Group__3 : rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 ;
    public final void rule__InlineBoard__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4531:1: ( rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 )
            // InternalAssign.g:4532:2: rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4
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
    // InternalAssign.g:4539:1: rule__InlineBoard__Group__3__Impl : ( ( rule__InlineBoard__Alternatives_3 )* ) ;
    public final void rule__InlineBoard__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4543:1: ( ( ( rule__InlineBoard__Alternatives_3 )* ) )
            // InternalAssign.g:4544:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            {
            // InternalAssign.g:4544:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            // InternalAssign.g:4545:2: ( rule__InlineBoard__Alternatives_3 )*
            {
             before(grammarAccess.getInlineBoardAccess().getAlternatives_3()); 
            // InternalAssign.g:4546:2: ( rule__InlineBoard__Alternatives_3 )*
            loop42:
            do {
                int alt42=2;
                int LA42_0 = input.LA(1);

                if ( ((LA42_0>=53 && LA42_0<=54)||LA42_0==88) ) {
                    alt42=1;
                }


                switch (alt42) {
            	case 1 :
            	    // InternalAssign.g:4546:3: rule__InlineBoard__Alternatives_3
            	    {
            	    pushFollow(FOLLOW_34);
            	    rule__InlineBoard__Alternatives_3();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop42;
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
    // InternalAssign.g:4554:1: rule__InlineBoard__Group__4 : rule__InlineBoard__Group__4__Impl ;
    public final void rule__InlineBoard__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4558:1: ( rule__InlineBoard__Group__4__Impl )
            // InternalAssign.g:4559:2: rule__InlineBoard__Group__4__Impl
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
    // InternalAssign.g:4565:1: rule__InlineBoard__Group__4__Impl : ( '}' ) ;
    public final void rule__InlineBoard__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4569:1: ( ( '}' ) )
            // InternalAssign.g:4570:1: ( '}' )
            {
            // InternalAssign.g:4570:1: ( '}' )
            // InternalAssign.g:4571:2: '}'
            {
             before(grammarAccess.getInlineBoardAccess().getRightCurlyBracketKeyword_4()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:4581:1: rule__InlineBoard__Group_2_0__0 : rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 ;
    public final void rule__InlineBoard__Group_2_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4585:1: ( rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 )
            // InternalAssign.g:4586:2: rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1
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
    // InternalAssign.g:4593:1: rule__InlineBoard__Group_2_0__0__Impl : ( 'arch' ) ;
    public final void rule__InlineBoard__Group_2_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4597:1: ( ( 'arch' ) )
            // InternalAssign.g:4598:1: ( 'arch' )
            {
            // InternalAssign.g:4598:1: ( 'arch' )
            // InternalAssign.g:4599:2: 'arch'
            {
             before(grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0()); 
            match(input,45,FOLLOW_2); 
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
    // InternalAssign.g:4608:1: rule__InlineBoard__Group_2_0__1 : rule__InlineBoard__Group_2_0__1__Impl ;
    public final void rule__InlineBoard__Group_2_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4612:1: ( rule__InlineBoard__Group_2_0__1__Impl )
            // InternalAssign.g:4613:2: rule__InlineBoard__Group_2_0__1__Impl
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
    // InternalAssign.g:4619:1: rule__InlineBoard__Group_2_0__1__Impl : ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) ;
    public final void rule__InlineBoard__Group_2_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4623:1: ( ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) )
            // InternalAssign.g:4624:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            {
            // InternalAssign.g:4624:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            // InternalAssign.g:4625:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getArchitectureAssignment_2_0_1()); 
            // InternalAssign.g:4626:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            // InternalAssign.g:4626:3: rule__InlineBoard__ArchitectureAssignment_2_0_1
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
    // InternalAssign.g:4635:1: rule__InlineBoard__Group_2_1__0 : rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 ;
    public final void rule__InlineBoard__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4639:1: ( rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 )
            // InternalAssign.g:4640:2: rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1
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
    // InternalAssign.g:4647:1: rule__InlineBoard__Group_2_1__0__Impl : ( 'page' ) ;
    public final void rule__InlineBoard__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4651:1: ( ( 'page' ) )
            // InternalAssign.g:4652:1: ( 'page' )
            {
            // InternalAssign.g:4652:1: ( 'page' )
            // InternalAssign.g:4653:2: 'page'
            {
             before(grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0()); 
            match(input,46,FOLLOW_2); 
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
    // InternalAssign.g:4662:1: rule__InlineBoard__Group_2_1__1 : rule__InlineBoard__Group_2_1__1__Impl ;
    public final void rule__InlineBoard__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4666:1: ( rule__InlineBoard__Group_2_1__1__Impl )
            // InternalAssign.g:4667:2: rule__InlineBoard__Group_2_1__1__Impl
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
    // InternalAssign.g:4673:1: rule__InlineBoard__Group_2_1__1__Impl : ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) ;
    public final void rule__InlineBoard__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4677:1: ( ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) )
            // InternalAssign.g:4678:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            {
            // InternalAssign.g:4678:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            // InternalAssign.g:4679:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getPageSizeAssignment_2_1_1()); 
            // InternalAssign.g:4680:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            // InternalAssign.g:4680:3: rule__InlineBoard__PageSizeAssignment_2_1_1
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
    // InternalAssign.g:4689:1: rule__InlineBoard__Group_2_2__0 : rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 ;
    public final void rule__InlineBoard__Group_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4693:1: ( rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 )
            // InternalAssign.g:4694:2: rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1
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
    // InternalAssign.g:4701:1: rule__InlineBoard__Group_2_2__0__Impl : ( 'kernel' ) ;
    public final void rule__InlineBoard__Group_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4705:1: ( ( 'kernel' ) )
            // InternalAssign.g:4706:1: ( 'kernel' )
            {
            // InternalAssign.g:4706:1: ( 'kernel' )
            // InternalAssign.g:4707:2: 'kernel'
            {
             before(grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0()); 
            match(input,47,FOLLOW_2); 
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
    // InternalAssign.g:4716:1: rule__InlineBoard__Group_2_2__1 : rule__InlineBoard__Group_2_2__1__Impl ;
    public final void rule__InlineBoard__Group_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4720:1: ( rule__InlineBoard__Group_2_2__1__Impl )
            // InternalAssign.g:4721:2: rule__InlineBoard__Group_2_2__1__Impl
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
    // InternalAssign.g:4727:1: rule__InlineBoard__Group_2_2__1__Impl : ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) ;
    public final void rule__InlineBoard__Group_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4731:1: ( ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) )
            // InternalAssign.g:4732:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            {
            // InternalAssign.g:4732:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            // InternalAssign.g:4733:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelVersionAssignment_2_2_1()); 
            // InternalAssign.g:4734:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            // InternalAssign.g:4734:3: rule__InlineBoard__KernelVersionAssignment_2_2_1
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
    // InternalAssign.g:4743:1: rule__InlineBoard__Group_2_3__0 : rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 ;
    public final void rule__InlineBoard__Group_2_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4747:1: ( rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 )
            // InternalAssign.g:4748:2: rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1
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
    // InternalAssign.g:4755:1: rule__InlineBoard__Group_2_3__0__Impl : ( 'capabilities' ) ;
    public final void rule__InlineBoard__Group_2_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4759:1: ( ( 'capabilities' ) )
            // InternalAssign.g:4760:1: ( 'capabilities' )
            {
            // InternalAssign.g:4760:1: ( 'capabilities' )
            // InternalAssign.g:4761:2: 'capabilities'
            {
             before(grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0()); 
            match(input,48,FOLLOW_2); 
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
    // InternalAssign.g:4770:1: rule__InlineBoard__Group_2_3__1 : rule__InlineBoard__Group_2_3__1__Impl ;
    public final void rule__InlineBoard__Group_2_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4774:1: ( rule__InlineBoard__Group_2_3__1__Impl )
            // InternalAssign.g:4775:2: rule__InlineBoard__Group_2_3__1__Impl
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
    // InternalAssign.g:4781:1: rule__InlineBoard__Group_2_3__1__Impl : ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) ;
    public final void rule__InlineBoard__Group_2_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4785:1: ( ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) )
            // InternalAssign.g:4786:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            {
            // InternalAssign.g:4786:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            // InternalAssign.g:4787:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            {
            // InternalAssign.g:4787:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) )
            // InternalAssign.g:4788:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:4789:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            // InternalAssign.g:4789:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            {
            pushFollow(FOLLOW_36);
            rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 

            }

            // InternalAssign.g:4792:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            // InternalAssign.g:4793:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:4794:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            loop43:
            do {
                int alt43=2;
                int LA43_0 = input.LA(1);

                if ( ((LA43_0>=38 && LA43_0<=40)||(LA43_0>=49 && LA43_0<=52)) ) {
                    alt43=1;
                }


                switch (alt43) {
            	case 1 :
            	    // InternalAssign.g:4794:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            	    {
            	    pushFollow(FOLLOW_36);
            	    rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop43;
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
    // InternalAssign.g:4804:1: rule__PciDevice__Group__0 : rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 ;
    public final void rule__PciDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4808:1: ( rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 )
            // InternalAssign.g:4809:2: rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1
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
    // InternalAssign.g:4816:1: rule__PciDevice__Group__0__Impl : ( 'pci' ) ;
    public final void rule__PciDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4820:1: ( ( 'pci' ) )
            // InternalAssign.g:4821:1: ( 'pci' )
            {
            // InternalAssign.g:4821:1: ( 'pci' )
            // InternalAssign.g:4822:2: 'pci'
            {
             before(grammarAccess.getPciDeviceAccess().getPciKeyword_0()); 
            match(input,53,FOLLOW_2); 
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
    // InternalAssign.g:4831:1: rule__PciDevice__Group__1 : rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 ;
    public final void rule__PciDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4835:1: ( rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 )
            // InternalAssign.g:4836:2: rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2
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
    // InternalAssign.g:4843:1: rule__PciDevice__Group__1__Impl : ( ( rule__PciDevice__NameAssignment_1 ) ) ;
    public final void rule__PciDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4847:1: ( ( ( rule__PciDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:4848:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:4848:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            // InternalAssign.g:4849:2: ( rule__PciDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:4850:2: ( rule__PciDevice__NameAssignment_1 )
            // InternalAssign.g:4850:3: rule__PciDevice__NameAssignment_1
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
    // InternalAssign.g:4858:1: rule__PciDevice__Group__2 : rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 ;
    public final void rule__PciDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4862:1: ( rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 )
            // InternalAssign.g:4863:2: rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3
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
    // InternalAssign.g:4870:1: rule__PciDevice__Group__2__Impl : ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PciDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4874:1: ( ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:4875:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:4875:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:4876:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPciDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:4877:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:4877:3: rule__PciDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:4885:1: rule__PciDevice__Group__3 : rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 ;
    public final void rule__PciDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4889:1: ( rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 )
            // InternalAssign.g:4890:2: rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4
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
    // InternalAssign.g:4897:1: rule__PciDevice__Group__3__Impl : ( ( rule__PciDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PciDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4901:1: ( ( ( rule__PciDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:4902:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:4902:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:4903:2: ( rule__PciDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:4904:2: ( rule__PciDevice__UnorderedGroup_3 )
            // InternalAssign.g:4904:3: rule__PciDevice__UnorderedGroup_3
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
    // InternalAssign.g:4912:1: rule__PciDevice__Group__4 : rule__PciDevice__Group__4__Impl ;
    public final void rule__PciDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4916:1: ( rule__PciDevice__Group__4__Impl )
            // InternalAssign.g:4917:2: rule__PciDevice__Group__4__Impl
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
    // InternalAssign.g:4923:1: rule__PciDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PciDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4927:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:4928:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:4928:1: ( ruleDeviceFacts )
            // InternalAssign.g:4929:2: ruleDeviceFacts
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
    // InternalAssign.g:4939:1: rule__PciDevice__Group_3_0__0 : rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 ;
    public final void rule__PciDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4943:1: ( rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 )
            // InternalAssign.g:4944:2: rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1
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
    // InternalAssign.g:4951:1: rule__PciDevice__Group_3_0__0__Impl : ( 'vendor' ) ;
    public final void rule__PciDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4955:1: ( ( 'vendor' ) )
            // InternalAssign.g:4956:1: ( 'vendor' )
            {
            // InternalAssign.g:4956:1: ( 'vendor' )
            // InternalAssign.g:4957:2: 'vendor'
            {
             before(grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0()); 
            match(input,55,FOLLOW_2); 
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
    // InternalAssign.g:4966:1: rule__PciDevice__Group_3_0__1 : rule__PciDevice__Group_3_0__1__Impl ;
    public final void rule__PciDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4970:1: ( rule__PciDevice__Group_3_0__1__Impl )
            // InternalAssign.g:4971:2: rule__PciDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:4977:1: rule__PciDevice__Group_3_0__1__Impl : ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) ;
    public final void rule__PciDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4981:1: ( ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) )
            // InternalAssign.g:4982:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            {
            // InternalAssign.g:4982:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            // InternalAssign.g:4983:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getVendorIdAssignment_3_0_1()); 
            // InternalAssign.g:4984:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            // InternalAssign.g:4984:3: rule__PciDevice__VendorIdAssignment_3_0_1
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
    // InternalAssign.g:4993:1: rule__PciDevice__Group_3_1__0 : rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 ;
    public final void rule__PciDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4997:1: ( rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 )
            // InternalAssign.g:4998:2: rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1
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
    // InternalAssign.g:5005:1: rule__PciDevice__Group_3_1__0__Impl : ( 'device' ) ;
    public final void rule__PciDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5009:1: ( ( 'device' ) )
            // InternalAssign.g:5010:1: ( 'device' )
            {
            // InternalAssign.g:5010:1: ( 'device' )
            // InternalAssign.g:5011:2: 'device'
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0()); 
            match(input,56,FOLLOW_2); 
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
    // InternalAssign.g:5020:1: rule__PciDevice__Group_3_1__1 : rule__PciDevice__Group_3_1__1__Impl ;
    public final void rule__PciDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5024:1: ( rule__PciDevice__Group_3_1__1__Impl )
            // InternalAssign.g:5025:2: rule__PciDevice__Group_3_1__1__Impl
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
    // InternalAssign.g:5031:1: rule__PciDevice__Group_3_1__1__Impl : ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) ;
    public final void rule__PciDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5035:1: ( ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) )
            // InternalAssign.g:5036:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5036:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            // InternalAssign.g:5037:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceIdAssignment_3_1_1()); 
            // InternalAssign.g:5038:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            // InternalAssign.g:5038:3: rule__PciDevice__DeviceIdAssignment_3_1_1
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
    // InternalAssign.g:5047:1: rule__PciDevice__Group_3_2__0 : rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 ;
    public final void rule__PciDevice__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5051:1: ( rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 )
            // InternalAssign.g:5052:2: rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1
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
    // InternalAssign.g:5059:1: rule__PciDevice__Group_3_2__0__Impl : ( 'class' ) ;
    public final void rule__PciDevice__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5063:1: ( ( 'class' ) )
            // InternalAssign.g:5064:1: ( 'class' )
            {
            // InternalAssign.g:5064:1: ( 'class' )
            // InternalAssign.g:5065:2: 'class'
            {
             before(grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0()); 
            match(input,57,FOLLOW_2); 
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
    // InternalAssign.g:5074:1: rule__PciDevice__Group_3_2__1 : rule__PciDevice__Group_3_2__1__Impl ;
    public final void rule__PciDevice__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5078:1: ( rule__PciDevice__Group_3_2__1__Impl )
            // InternalAssign.g:5079:2: rule__PciDevice__Group_3_2__1__Impl
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
    // InternalAssign.g:5085:1: rule__PciDevice__Group_3_2__1__Impl : ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) ;
    public final void rule__PciDevice__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5089:1: ( ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) )
            // InternalAssign.g:5090:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            {
            // InternalAssign.g:5090:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            // InternalAssign.g:5091:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getClassCodeAssignment_3_2_1()); 
            // InternalAssign.g:5092:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            // InternalAssign.g:5092:3: rule__PciDevice__ClassCodeAssignment_3_2_1
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
    // InternalAssign.g:5101:1: rule__PlatformDevice__Group__0 : rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 ;
    public final void rule__PlatformDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5105:1: ( rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 )
            // InternalAssign.g:5106:2: rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1
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
    // InternalAssign.g:5113:1: rule__PlatformDevice__Group__0__Impl : ( 'platform' ) ;
    public final void rule__PlatformDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5117:1: ( ( 'platform' ) )
            // InternalAssign.g:5118:1: ( 'platform' )
            {
            // InternalAssign.g:5118:1: ( 'platform' )
            // InternalAssign.g:5119:2: 'platform'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0()); 
            match(input,54,FOLLOW_2); 
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
    // InternalAssign.g:5128:1: rule__PlatformDevice__Group__1 : rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 ;
    public final void rule__PlatformDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5132:1: ( rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 )
            // InternalAssign.g:5133:2: rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2
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
    // InternalAssign.g:5140:1: rule__PlatformDevice__Group__1__Impl : ( ( rule__PlatformDevice__NameAssignment_1 ) ) ;
    public final void rule__PlatformDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5144:1: ( ( ( rule__PlatformDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:5145:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:5145:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            // InternalAssign.g:5146:2: ( rule__PlatformDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:5147:2: ( rule__PlatformDevice__NameAssignment_1 )
            // InternalAssign.g:5147:3: rule__PlatformDevice__NameAssignment_1
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
    // InternalAssign.g:5155:1: rule__PlatformDevice__Group__2 : rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 ;
    public final void rule__PlatformDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5159:1: ( rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 )
            // InternalAssign.g:5160:2: rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3
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
    // InternalAssign.g:5167:1: rule__PlatformDevice__Group__2__Impl : ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PlatformDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5171:1: ( ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:5172:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:5172:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:5173:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:5174:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:5174:3: rule__PlatformDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:5182:1: rule__PlatformDevice__Group__3 : rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 ;
    public final void rule__PlatformDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5186:1: ( rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 )
            // InternalAssign.g:5187:2: rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4
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
    // InternalAssign.g:5194:1: rule__PlatformDevice__Group__3__Impl : ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PlatformDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5198:1: ( ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:5199:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:5199:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:5200:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:5201:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            // InternalAssign.g:5201:3: rule__PlatformDevice__UnorderedGroup_3
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
    // InternalAssign.g:5209:1: rule__PlatformDevice__Group__4 : rule__PlatformDevice__Group__4__Impl ;
    public final void rule__PlatformDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5213:1: ( rule__PlatformDevice__Group__4__Impl )
            // InternalAssign.g:5214:2: rule__PlatformDevice__Group__4__Impl
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
    // InternalAssign.g:5220:1: rule__PlatformDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PlatformDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5224:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:5225:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:5225:1: ( ruleDeviceFacts )
            // InternalAssign.g:5226:2: ruleDeviceFacts
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
    // InternalAssign.g:5236:1: rule__PlatformDevice__Group_3_0__0 : rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 ;
    public final void rule__PlatformDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5240:1: ( rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 )
            // InternalAssign.g:5241:2: rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1
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
    // InternalAssign.g:5248:1: rule__PlatformDevice__Group_3_0__0__Impl : ( 'path' ) ;
    public final void rule__PlatformDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5252:1: ( ( 'path' ) )
            // InternalAssign.g:5253:1: ( 'path' )
            {
            // InternalAssign.g:5253:1: ( 'path' )
            // InternalAssign.g:5254:2: 'path'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0()); 
            match(input,59,FOLLOW_2); 
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
    // InternalAssign.g:5263:1: rule__PlatformDevice__Group_3_0__1 : rule__PlatformDevice__Group_3_0__1__Impl ;
    public final void rule__PlatformDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5267:1: ( rule__PlatformDevice__Group_3_0__1__Impl )
            // InternalAssign.g:5268:2: rule__PlatformDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:5274:1: rule__PlatformDevice__Group_3_0__1__Impl : ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5278:1: ( ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) )
            // InternalAssign.g:5279:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            {
            // InternalAssign.g:5279:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            // InternalAssign.g:5280:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getDtPathAssignment_3_0_1()); 
            // InternalAssign.g:5281:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            // InternalAssign.g:5281:3: rule__PlatformDevice__DtPathAssignment_3_0_1
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
    // InternalAssign.g:5290:1: rule__PlatformDevice__Group_3_1__0 : rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 ;
    public final void rule__PlatformDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5294:1: ( rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 )
            // InternalAssign.g:5295:2: rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1
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
    // InternalAssign.g:5302:1: rule__PlatformDevice__Group_3_1__0__Impl : ( 'compatible' ) ;
    public final void rule__PlatformDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5306:1: ( ( 'compatible' ) )
            // InternalAssign.g:5307:1: ( 'compatible' )
            {
            // InternalAssign.g:5307:1: ( 'compatible' )
            // InternalAssign.g:5308:2: 'compatible'
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0()); 
            match(input,60,FOLLOW_2); 
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
    // InternalAssign.g:5317:1: rule__PlatformDevice__Group_3_1__1 : rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 ;
    public final void rule__PlatformDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5321:1: ( rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 )
            // InternalAssign.g:5322:2: rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2
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
    // InternalAssign.g:5329:1: rule__PlatformDevice__Group_3_1__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5333:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) )
            // InternalAssign.g:5334:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5334:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            // InternalAssign.g:5335:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_1()); 
            // InternalAssign.g:5336:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            // InternalAssign.g:5336:3: rule__PlatformDevice__CompatibleAssignment_3_1_1
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
    // InternalAssign.g:5344:1: rule__PlatformDevice__Group_3_1__2 : rule__PlatformDevice__Group_3_1__2__Impl ;
    public final void rule__PlatformDevice__Group_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5348:1: ( rule__PlatformDevice__Group_3_1__2__Impl )
            // InternalAssign.g:5349:2: rule__PlatformDevice__Group_3_1__2__Impl
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
    // InternalAssign.g:5355:1: rule__PlatformDevice__Group_3_1__2__Impl : ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) ;
    public final void rule__PlatformDevice__Group_3_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5359:1: ( ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) )
            // InternalAssign.g:5360:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            {
            // InternalAssign.g:5360:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            // InternalAssign.g:5361:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            {
             before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1_2()); 
            // InternalAssign.g:5362:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( (LA44_0==100) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalAssign.g:5362:3: rule__PlatformDevice__Group_3_1_2__0
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__PlatformDevice__Group_3_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop44;
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
    // InternalAssign.g:5371:1: rule__PlatformDevice__Group_3_1_2__0 : rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 ;
    public final void rule__PlatformDevice__Group_3_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5375:1: ( rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 )
            // InternalAssign.g:5376:2: rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1
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
    // InternalAssign.g:5383:1: rule__PlatformDevice__Group_3_1_2__0__Impl : ( ',' ) ;
    public final void rule__PlatformDevice__Group_3_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5387:1: ( ( ',' ) )
            // InternalAssign.g:5388:1: ( ',' )
            {
            // InternalAssign.g:5388:1: ( ',' )
            // InternalAssign.g:5389:2: ','
            {
             before(grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0()); 
            match(input,100,FOLLOW_2); 
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
    // InternalAssign.g:5398:1: rule__PlatformDevice__Group_3_1_2__1 : rule__PlatformDevice__Group_3_1_2__1__Impl ;
    public final void rule__PlatformDevice__Group_3_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5402:1: ( rule__PlatformDevice__Group_3_1_2__1__Impl )
            // InternalAssign.g:5403:2: rule__PlatformDevice__Group_3_1_2__1__Impl
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
    // InternalAssign.g:5409:1: rule__PlatformDevice__Group_3_1_2__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5413:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) )
            // InternalAssign.g:5414:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            {
            // InternalAssign.g:5414:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            // InternalAssign.g:5415:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_2_1()); 
            // InternalAssign.g:5416:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            // InternalAssign.g:5416:3: rule__PlatformDevice__CompatibleAssignment_3_1_2_1
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
    // InternalAssign.g:5425:1: rule__DeviceFacts__Group__0 : rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 ;
    public final void rule__DeviceFacts__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5429:1: ( rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 )
            // InternalAssign.g:5430:2: rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1
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
    // InternalAssign.g:5437:1: rule__DeviceFacts__Group__0__Impl : ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) ;
    public final void rule__DeviceFacts__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5441:1: ( ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) )
            // InternalAssign.g:5442:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            {
            // InternalAssign.g:5442:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            // InternalAssign.g:5443:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0()); 
            // InternalAssign.g:5444:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            // InternalAssign.g:5444:3: rule__DeviceFacts__UnorderedGroup_0
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
    // InternalAssign.g:5452:1: rule__DeviceFacts__Group__1 : rule__DeviceFacts__Group__1__Impl ;
    public final void rule__DeviceFacts__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5456:1: ( rule__DeviceFacts__Group__1__Impl )
            // InternalAssign.g:5457:2: rule__DeviceFacts__Group__1__Impl
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
    // InternalAssign.g:5463:1: rule__DeviceFacts__Group__1__Impl : ( ( rule__DeviceFacts__Group_1__0 )? ) ;
    public final void rule__DeviceFacts__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5467:1: ( ( ( rule__DeviceFacts__Group_1__0 )? ) )
            // InternalAssign.g:5468:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            {
            // InternalAssign.g:5468:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            // InternalAssign.g:5469:2: ( rule__DeviceFacts__Group_1__0 )?
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_1()); 
            // InternalAssign.g:5470:2: ( rule__DeviceFacts__Group_1__0 )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==93) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalAssign.g:5470:3: rule__DeviceFacts__Group_1__0
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
    // InternalAssign.g:5479:1: rule__DeviceFacts__Group_0_0__0 : rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 ;
    public final void rule__DeviceFacts__Group_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5483:1: ( rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 )
            // InternalAssign.g:5484:2: rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1
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
    // InternalAssign.g:5491:1: rule__DeviceFacts__Group_0_0__0__Impl : ( 'driver' ) ;
    public final void rule__DeviceFacts__Group_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5495:1: ( ( 'driver' ) )
            // InternalAssign.g:5496:1: ( 'driver' )
            {
            // InternalAssign.g:5496:1: ( 'driver' )
            // InternalAssign.g:5497:2: 'driver'
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverKeyword_0_0_0()); 
            match(input,29,FOLLOW_2); 
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
    // InternalAssign.g:5506:1: rule__DeviceFacts__Group_0_0__1 : rule__DeviceFacts__Group_0_0__1__Impl ;
    public final void rule__DeviceFacts__Group_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5510:1: ( rule__DeviceFacts__Group_0_0__1__Impl )
            // InternalAssign.g:5511:2: rule__DeviceFacts__Group_0_0__1__Impl
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
    // InternalAssign.g:5517:1: rule__DeviceFacts__Group_0_0__1__Impl : ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5521:1: ( ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) )
            // InternalAssign.g:5522:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            {
            // InternalAssign.g:5522:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            // InternalAssign.g:5523:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAssignment_0_0_1()); 
            // InternalAssign.g:5524:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            // InternalAssign.g:5524:3: rule__DeviceFacts__DriverAssignment_0_0_1
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
    // InternalAssign.g:5533:1: rule__DeviceFacts__Group_0_1__0 : rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 ;
    public final void rule__DeviceFacts__Group_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5537:1: ( rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 )
            // InternalAssign.g:5538:2: rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1
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
    // InternalAssign.g:5545:1: rule__DeviceFacts__Group_0_1__0__Impl : ( 'protected' ) ;
    public final void rule__DeviceFacts__Group_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5549:1: ( ( 'protected' ) )
            // InternalAssign.g:5550:1: ( 'protected' )
            {
            // InternalAssign.g:5550:1: ( 'protected' )
            // InternalAssign.g:5551:2: 'protected'
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0()); 
            match(input,61,FOLLOW_2); 
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
    // InternalAssign.g:5560:1: rule__DeviceFacts__Group_0_1__1 : rule__DeviceFacts__Group_0_1__1__Impl ;
    public final void rule__DeviceFacts__Group_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5564:1: ( rule__DeviceFacts__Group_0_1__1__Impl )
            // InternalAssign.g:5565:2: rule__DeviceFacts__Group_0_1__1__Impl
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
    // InternalAssign.g:5571:1: rule__DeviceFacts__Group_0_1__1__Impl : ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5575:1: ( ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) )
            // InternalAssign.g:5576:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            {
            // InternalAssign.g:5576:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            // InternalAssign.g:5577:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectionAssignment_0_1_1()); 
            // InternalAssign.g:5578:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            // InternalAssign.g:5578:3: rule__DeviceFacts__ProtectionAssignment_0_1_1
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
    // InternalAssign.g:5587:1: rule__DeviceFacts__Group_0_2__0 : rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 ;
    public final void rule__DeviceFacts__Group_0_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5591:1: ( rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 )
            // InternalAssign.g:5592:2: rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1
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
    // InternalAssign.g:5599:1: rule__DeviceFacts__Group_0_2__0__Impl : ( 'reset' ) ;
    public final void rule__DeviceFacts__Group_0_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5603:1: ( ( 'reset' ) )
            // InternalAssign.g:5604:1: ( 'reset' )
            {
            // InternalAssign.g:5604:1: ( 'reset' )
            // InternalAssign.g:5605:2: 'reset'
            {
             before(grammarAccess.getDeviceFactsAccess().getResetKeyword_0_2_0()); 
            match(input,31,FOLLOW_2); 
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
    // InternalAssign.g:5614:1: rule__DeviceFacts__Group_0_2__1 : rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 ;
    public final void rule__DeviceFacts__Group_0_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5618:1: ( rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 )
            // InternalAssign.g:5619:2: rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2
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
    // InternalAssign.g:5626:1: rule__DeviceFacts__Group_0_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5630:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) )
            // InternalAssign.g:5631:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            {
            // InternalAssign.g:5631:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            // InternalAssign.g:5632:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_1()); 
            // InternalAssign.g:5633:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            // InternalAssign.g:5633:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_1
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
    // InternalAssign.g:5641:1: rule__DeviceFacts__Group_0_2__2 : rule__DeviceFacts__Group_0_2__2__Impl ;
    public final void rule__DeviceFacts__Group_0_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5645:1: ( rule__DeviceFacts__Group_0_2__2__Impl )
            // InternalAssign.g:5646:2: rule__DeviceFacts__Group_0_2__2__Impl
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
    // InternalAssign.g:5652:1: rule__DeviceFacts__Group_0_2__2__Impl : ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) ;
    public final void rule__DeviceFacts__Group_0_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5656:1: ( ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) )
            // InternalAssign.g:5657:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            {
            // InternalAssign.g:5657:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            // InternalAssign.g:5658:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_0_2_2()); 
            // InternalAssign.g:5659:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==100) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalAssign.g:5659:3: rule__DeviceFacts__Group_0_2_2__0
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__DeviceFacts__Group_0_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop46;
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
    // InternalAssign.g:5668:1: rule__DeviceFacts__Group_0_2_2__0 : rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 ;
    public final void rule__DeviceFacts__Group_0_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5672:1: ( rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 )
            // InternalAssign.g:5673:2: rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1
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
    // InternalAssign.g:5680:1: rule__DeviceFacts__Group_0_2_2__0__Impl : ( ',' ) ;
    public final void rule__DeviceFacts__Group_0_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5684:1: ( ( ',' ) )
            // InternalAssign.g:5685:1: ( ',' )
            {
            // InternalAssign.g:5685:1: ( ',' )
            // InternalAssign.g:5686:2: ','
            {
             before(grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0()); 
            match(input,100,FOLLOW_2); 
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
    // InternalAssign.g:5695:1: rule__DeviceFacts__Group_0_2_2__1 : rule__DeviceFacts__Group_0_2_2__1__Impl ;
    public final void rule__DeviceFacts__Group_0_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5699:1: ( rule__DeviceFacts__Group_0_2_2__1__Impl )
            // InternalAssign.g:5700:2: rule__DeviceFacts__Group_0_2_2__1__Impl
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
    // InternalAssign.g:5706:1: rule__DeviceFacts__Group_0_2_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5710:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) )
            // InternalAssign.g:5711:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            {
            // InternalAssign.g:5711:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            // InternalAssign.g:5712:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_2_1()); 
            // InternalAssign.g:5713:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            // InternalAssign.g:5713:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1
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


    // $ANTLR start "rule__DeviceFacts__Group_0_3__0"
    // InternalAssign.g:5722:1: rule__DeviceFacts__Group_0_3__0 : rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 ;
    public final void rule__DeviceFacts__Group_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5726:1: ( rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 )
            // InternalAssign.g:5727:2: rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1
            {
            pushFollow(FOLLOW_14);
            rule__DeviceFacts__Group_0_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_3__1();

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
    // $ANTLR end "rule__DeviceFacts__Group_0_3__0"


    // $ANTLR start "rule__DeviceFacts__Group_0_3__0__Impl"
    // InternalAssign.g:5734:1: rule__DeviceFacts__Group_0_3__0__Impl : ( 'dma-mask' ) ;
    public final void rule__DeviceFacts__Group_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5738:1: ( ( 'dma-mask' ) )
            // InternalAssign.g:5739:1: ( 'dma-mask' )
            {
            // InternalAssign.g:5739:1: ( 'dma-mask' )
            // InternalAssign.g:5740:2: 'dma-mask'
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskKeyword_0_3_0()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getDmaMaskKeyword_0_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_3__0__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_0_3__1"
    // InternalAssign.g:5749:1: rule__DeviceFacts__Group_0_3__1 : rule__DeviceFacts__Group_0_3__1__Impl ;
    public final void rule__DeviceFacts__Group_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5753:1: ( rule__DeviceFacts__Group_0_3__1__Impl )
            // InternalAssign.g:5754:2: rule__DeviceFacts__Group_0_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__Group_0_3__1__Impl();

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
    // $ANTLR end "rule__DeviceFacts__Group_0_3__1"


    // $ANTLR start "rule__DeviceFacts__Group_0_3__1__Impl"
    // InternalAssign.g:5760:1: rule__DeviceFacts__Group_0_3__1__Impl : ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5764:1: ( ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) )
            // InternalAssign.g:5765:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            {
            // InternalAssign.g:5765:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            // InternalAssign.g:5766:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskBitsAssignment_0_3_1()); 
            // InternalAssign.g:5767:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            // InternalAssign.g:5767:3: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1
            {
            pushFollow(FOLLOW_2);
            rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1();

            state._fsp--;


            }

             after(grammarAccess.getDeviceFactsAccess().getDmaMaskBitsAssignment_0_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__Group_0_3__1__Impl"


    // $ANTLR start "rule__DeviceFacts__Group_1__0"
    // InternalAssign.g:5776:1: rule__DeviceFacts__Group_1__0 : rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 ;
    public final void rule__DeviceFacts__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5780:1: ( rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 )
            // InternalAssign.g:5781:2: rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1
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
    // InternalAssign.g:5788:1: rule__DeviceFacts__Group_1__0__Impl : ( '{' ) ;
    public final void rule__DeviceFacts__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5792:1: ( ( '{' ) )
            // InternalAssign.g:5793:1: ( '{' )
            {
            // InternalAssign.g:5793:1: ( '{' )
            // InternalAssign.g:5794:2: '{'
            {
             before(grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:5803:1: rule__DeviceFacts__Group_1__1 : rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 ;
    public final void rule__DeviceFacts__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5807:1: ( rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 )
            // InternalAssign.g:5808:2: rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2
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
    // InternalAssign.g:5815:1: rule__DeviceFacts__Group_1__1__Impl : ( ( rule__DeviceFacts__Alternatives_1_1 )* ) ;
    public final void rule__DeviceFacts__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5819:1: ( ( ( rule__DeviceFacts__Alternatives_1_1 )* ) )
            // InternalAssign.g:5820:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            {
            // InternalAssign.g:5820:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            // InternalAssign.g:5821:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getAlternatives_1_1()); 
            // InternalAssign.g:5822:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==35||LA47_0==69) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalAssign.g:5822:3: rule__DeviceFacts__Alternatives_1_1
            	    {
            	    pushFollow(FOLLOW_44);
            	    rule__DeviceFacts__Alternatives_1_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop47;
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
    // InternalAssign.g:5830:1: rule__DeviceFacts__Group_1__2 : rule__DeviceFacts__Group_1__2__Impl ;
    public final void rule__DeviceFacts__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5834:1: ( rule__DeviceFacts__Group_1__2__Impl )
            // InternalAssign.g:5835:2: rule__DeviceFacts__Group_1__2__Impl
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
    // InternalAssign.g:5841:1: rule__DeviceFacts__Group_1__2__Impl : ( '}' ) ;
    public final void rule__DeviceFacts__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5845:1: ( ( '}' ) )
            // InternalAssign.g:5846:1: ( '}' )
            {
            // InternalAssign.g:5846:1: ( '}' )
            // InternalAssign.g:5847:2: '}'
            {
             before(grammarAccess.getDeviceFactsAccess().getRightCurlyBracketKeyword_1_2()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:5857:1: rule__Region__Group__0 : rule__Region__Group__0__Impl rule__Region__Group__1 ;
    public final void rule__Region__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5861:1: ( rule__Region__Group__0__Impl rule__Region__Group__1 )
            // InternalAssign.g:5862:2: rule__Region__Group__0__Impl rule__Region__Group__1
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
    // InternalAssign.g:5869:1: rule__Region__Group__0__Impl : ( 'region' ) ;
    public final void rule__Region__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5873:1: ( ( 'region' ) )
            // InternalAssign.g:5874:1: ( 'region' )
            {
            // InternalAssign.g:5874:1: ( 'region' )
            // InternalAssign.g:5875:2: 'region'
            {
             before(grammarAccess.getRegionAccess().getRegionKeyword_0()); 
            match(input,69,FOLLOW_2); 
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
    // InternalAssign.g:5884:1: rule__Region__Group__1 : rule__Region__Group__1__Impl rule__Region__Group__2 ;
    public final void rule__Region__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5888:1: ( rule__Region__Group__1__Impl rule__Region__Group__2 )
            // InternalAssign.g:5889:2: rule__Region__Group__1__Impl rule__Region__Group__2
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
    // InternalAssign.g:5896:1: rule__Region__Group__1__Impl : ( ( rule__Region__NameAssignment_1 ) ) ;
    public final void rule__Region__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5900:1: ( ( ( rule__Region__NameAssignment_1 ) ) )
            // InternalAssign.g:5901:1: ( ( rule__Region__NameAssignment_1 ) )
            {
            // InternalAssign.g:5901:1: ( ( rule__Region__NameAssignment_1 ) )
            // InternalAssign.g:5902:2: ( rule__Region__NameAssignment_1 )
            {
             before(grammarAccess.getRegionAccess().getNameAssignment_1()); 
            // InternalAssign.g:5903:2: ( rule__Region__NameAssignment_1 )
            // InternalAssign.g:5903:3: rule__Region__NameAssignment_1
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
    // InternalAssign.g:5911:1: rule__Region__Group__2 : rule__Region__Group__2__Impl rule__Region__Group__3 ;
    public final void rule__Region__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5915:1: ( rule__Region__Group__2__Impl rule__Region__Group__3 )
            // InternalAssign.g:5916:2: rule__Region__Group__2__Impl rule__Region__Group__3
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
    // InternalAssign.g:5923:1: rule__Region__Group__2__Impl : ( 'index' ) ;
    public final void rule__Region__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5927:1: ( ( 'index' ) )
            // InternalAssign.g:5928:1: ( 'index' )
            {
            // InternalAssign.g:5928:1: ( 'index' )
            // InternalAssign.g:5929:2: 'index'
            {
             before(grammarAccess.getRegionAccess().getIndexKeyword_2()); 
            match(input,101,FOLLOW_2); 
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
    // InternalAssign.g:5938:1: rule__Region__Group__3 : rule__Region__Group__3__Impl rule__Region__Group__4 ;
    public final void rule__Region__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5942:1: ( rule__Region__Group__3__Impl rule__Region__Group__4 )
            // InternalAssign.g:5943:2: rule__Region__Group__3__Impl rule__Region__Group__4
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
    // InternalAssign.g:5950:1: rule__Region__Group__3__Impl : ( ( rule__Region__IndexAssignment_3 ) ) ;
    public final void rule__Region__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5954:1: ( ( ( rule__Region__IndexAssignment_3 ) ) )
            // InternalAssign.g:5955:1: ( ( rule__Region__IndexAssignment_3 ) )
            {
            // InternalAssign.g:5955:1: ( ( rule__Region__IndexAssignment_3 ) )
            // InternalAssign.g:5956:2: ( rule__Region__IndexAssignment_3 )
            {
             before(grammarAccess.getRegionAccess().getIndexAssignment_3()); 
            // InternalAssign.g:5957:2: ( rule__Region__IndexAssignment_3 )
            // InternalAssign.g:5957:3: rule__Region__IndexAssignment_3
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
    // InternalAssign.g:5965:1: rule__Region__Group__4 : rule__Region__Group__4__Impl rule__Region__Group__5 ;
    public final void rule__Region__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5969:1: ( rule__Region__Group__4__Impl rule__Region__Group__5 )
            // InternalAssign.g:5970:2: rule__Region__Group__4__Impl rule__Region__Group__5
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
    // InternalAssign.g:5977:1: rule__Region__Group__4__Impl : ( ( rule__Region__KindAssignment_4 )? ) ;
    public final void rule__Region__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5981:1: ( ( ( rule__Region__KindAssignment_4 )? ) )
            // InternalAssign.g:5982:1: ( ( rule__Region__KindAssignment_4 )? )
            {
            // InternalAssign.g:5982:1: ( ( rule__Region__KindAssignment_4 )? )
            // InternalAssign.g:5983:2: ( rule__Region__KindAssignment_4 )?
            {
             before(grammarAccess.getRegionAccess().getKindAssignment_4()); 
            // InternalAssign.g:5984:2: ( rule__Region__KindAssignment_4 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==14||(LA48_0>=70 && LA48_0<=73)) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalAssign.g:5984:3: rule__Region__KindAssignment_4
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
    // InternalAssign.g:5992:1: rule__Region__Group__5 : rule__Region__Group__5__Impl rule__Region__Group__6 ;
    public final void rule__Region__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5996:1: ( rule__Region__Group__5__Impl rule__Region__Group__6 )
            // InternalAssign.g:5997:2: rule__Region__Group__5__Impl rule__Region__Group__6
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
    // InternalAssign.g:6004:1: rule__Region__Group__5__Impl : ( ( rule__Region__Group_5__0 )? ) ;
    public final void rule__Region__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6008:1: ( ( ( rule__Region__Group_5__0 )? ) )
            // InternalAssign.g:6009:1: ( ( rule__Region__Group_5__0 )? )
            {
            // InternalAssign.g:6009:1: ( ( rule__Region__Group_5__0 )? )
            // InternalAssign.g:6010:2: ( rule__Region__Group_5__0 )?
            {
             before(grammarAccess.getRegionAccess().getGroup_5()); 
            // InternalAssign.g:6011:2: ( rule__Region__Group_5__0 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==98) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalAssign.g:6011:3: rule__Region__Group_5__0
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
    // InternalAssign.g:6019:1: rule__Region__Group__6 : rule__Region__Group__6__Impl rule__Region__Group__7 ;
    public final void rule__Region__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6023:1: ( rule__Region__Group__6__Impl rule__Region__Group__7 )
            // InternalAssign.g:6024:2: rule__Region__Group__6__Impl rule__Region__Group__7
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
    // InternalAssign.g:6031:1: rule__Region__Group__6__Impl : ( 'size' ) ;
    public final void rule__Region__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6035:1: ( ( 'size' ) )
            // InternalAssign.g:6036:1: ( 'size' )
            {
            // InternalAssign.g:6036:1: ( 'size' )
            // InternalAssign.g:6037:2: 'size'
            {
             before(grammarAccess.getRegionAccess().getSizeKeyword_6()); 
            match(input,99,FOLLOW_2); 
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
    // InternalAssign.g:6046:1: rule__Region__Group__7 : rule__Region__Group__7__Impl rule__Region__Group__8 ;
    public final void rule__Region__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6050:1: ( rule__Region__Group__7__Impl rule__Region__Group__8 )
            // InternalAssign.g:6051:2: rule__Region__Group__7__Impl rule__Region__Group__8
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
    // InternalAssign.g:6058:1: rule__Region__Group__7__Impl : ( ( rule__Region__SizeAssignment_7 ) ) ;
    public final void rule__Region__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6062:1: ( ( ( rule__Region__SizeAssignment_7 ) ) )
            // InternalAssign.g:6063:1: ( ( rule__Region__SizeAssignment_7 ) )
            {
            // InternalAssign.g:6063:1: ( ( rule__Region__SizeAssignment_7 ) )
            // InternalAssign.g:6064:2: ( rule__Region__SizeAssignment_7 )
            {
             before(grammarAccess.getRegionAccess().getSizeAssignment_7()); 
            // InternalAssign.g:6065:2: ( rule__Region__SizeAssignment_7 )
            // InternalAssign.g:6065:3: rule__Region__SizeAssignment_7
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
    // InternalAssign.g:6073:1: rule__Region__Group__8 : rule__Region__Group__8__Impl rule__Region__Group__9 ;
    public final void rule__Region__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6077:1: ( rule__Region__Group__8__Impl rule__Region__Group__9 )
            // InternalAssign.g:6078:2: rule__Region__Group__8__Impl rule__Region__Group__9
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
    // InternalAssign.g:6085:1: rule__Region__Group__8__Impl : ( ( rule__Region__ReadableAssignment_8 )? ) ;
    public final void rule__Region__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6089:1: ( ( ( rule__Region__ReadableAssignment_8 )? ) )
            // InternalAssign.g:6090:1: ( ( rule__Region__ReadableAssignment_8 )? )
            {
            // InternalAssign.g:6090:1: ( ( rule__Region__ReadableAssignment_8 )? )
            // InternalAssign.g:6091:2: ( rule__Region__ReadableAssignment_8 )?
            {
             before(grammarAccess.getRegionAccess().getReadableAssignment_8()); 
            // InternalAssign.g:6092:2: ( rule__Region__ReadableAssignment_8 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==74) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalAssign.g:6092:3: rule__Region__ReadableAssignment_8
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
    // InternalAssign.g:6100:1: rule__Region__Group__9 : rule__Region__Group__9__Impl rule__Region__Group__10 ;
    public final void rule__Region__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6104:1: ( rule__Region__Group__9__Impl rule__Region__Group__10 )
            // InternalAssign.g:6105:2: rule__Region__Group__9__Impl rule__Region__Group__10
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
    // InternalAssign.g:6112:1: rule__Region__Group__9__Impl : ( ( rule__Region__WritableAssignment_9 )? ) ;
    public final void rule__Region__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6116:1: ( ( ( rule__Region__WritableAssignment_9 )? ) )
            // InternalAssign.g:6117:1: ( ( rule__Region__WritableAssignment_9 )? )
            {
            // InternalAssign.g:6117:1: ( ( rule__Region__WritableAssignment_9 )? )
            // InternalAssign.g:6118:2: ( rule__Region__WritableAssignment_9 )?
            {
             before(grammarAccess.getRegionAccess().getWritableAssignment_9()); 
            // InternalAssign.g:6119:2: ( rule__Region__WritableAssignment_9 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==75) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalAssign.g:6119:3: rule__Region__WritableAssignment_9
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
    // InternalAssign.g:6127:1: rule__Region__Group__10 : rule__Region__Group__10__Impl ;
    public final void rule__Region__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6131:1: ( rule__Region__Group__10__Impl )
            // InternalAssign.g:6132:2: rule__Region__Group__10__Impl
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
    // InternalAssign.g:6138:1: rule__Region__Group__10__Impl : ( ( rule__Region__MmappableAssignment_10 )? ) ;
    public final void rule__Region__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6142:1: ( ( ( rule__Region__MmappableAssignment_10 )? ) )
            // InternalAssign.g:6143:1: ( ( rule__Region__MmappableAssignment_10 )? )
            {
            // InternalAssign.g:6143:1: ( ( rule__Region__MmappableAssignment_10 )? )
            // InternalAssign.g:6144:2: ( rule__Region__MmappableAssignment_10 )?
            {
             before(grammarAccess.getRegionAccess().getMmappableAssignment_10()); 
            // InternalAssign.g:6145:2: ( rule__Region__MmappableAssignment_10 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==76) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalAssign.g:6145:3: rule__Region__MmappableAssignment_10
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
    // InternalAssign.g:6154:1: rule__Region__Group_5__0 : rule__Region__Group_5__0__Impl rule__Region__Group_5__1 ;
    public final void rule__Region__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6158:1: ( rule__Region__Group_5__0__Impl rule__Region__Group_5__1 )
            // InternalAssign.g:6159:2: rule__Region__Group_5__0__Impl rule__Region__Group_5__1
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
    // InternalAssign.g:6166:1: rule__Region__Group_5__0__Impl : ( 'at' ) ;
    public final void rule__Region__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6170:1: ( ( 'at' ) )
            // InternalAssign.g:6171:1: ( 'at' )
            {
            // InternalAssign.g:6171:1: ( 'at' )
            // InternalAssign.g:6172:2: 'at'
            {
             before(grammarAccess.getRegionAccess().getAtKeyword_5_0()); 
            match(input,98,FOLLOW_2); 
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
    // InternalAssign.g:6181:1: rule__Region__Group_5__1 : rule__Region__Group_5__1__Impl ;
    public final void rule__Region__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6185:1: ( rule__Region__Group_5__1__Impl )
            // InternalAssign.g:6186:2: rule__Region__Group_5__1__Impl
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
    // InternalAssign.g:6192:1: rule__Region__Group_5__1__Impl : ( ( rule__Region__BaseAssignment_5_1 ) ) ;
    public final void rule__Region__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6196:1: ( ( ( rule__Region__BaseAssignment_5_1 ) ) )
            // InternalAssign.g:6197:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            {
            // InternalAssign.g:6197:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            // InternalAssign.g:6198:2: ( rule__Region__BaseAssignment_5_1 )
            {
             before(grammarAccess.getRegionAccess().getBaseAssignment_5_1()); 
            // InternalAssign.g:6199:2: ( rule__Region__BaseAssignment_5_1 )
            // InternalAssign.g:6199:3: rule__Region__BaseAssignment_5_1
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
    // InternalAssign.g:6208:1: rule__Interrupt__Group__0 : rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 ;
    public final void rule__Interrupt__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6212:1: ( rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 )
            // InternalAssign.g:6213:2: rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1
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
    // InternalAssign.g:6220:1: rule__Interrupt__Group__0__Impl : ( 'irq' ) ;
    public final void rule__Interrupt__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6224:1: ( ( 'irq' ) )
            // InternalAssign.g:6225:1: ( 'irq' )
            {
            // InternalAssign.g:6225:1: ( 'irq' )
            // InternalAssign.g:6226:2: 'irq'
            {
             before(grammarAccess.getInterruptAccess().getIrqKeyword_0()); 
            match(input,35,FOLLOW_2); 
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
    // InternalAssign.g:6235:1: rule__Interrupt__Group__1 : rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 ;
    public final void rule__Interrupt__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6239:1: ( rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 )
            // InternalAssign.g:6240:2: rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2
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
    // InternalAssign.g:6247:1: rule__Interrupt__Group__1__Impl : ( ( rule__Interrupt__KindAssignment_1 ) ) ;
    public final void rule__Interrupt__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6251:1: ( ( ( rule__Interrupt__KindAssignment_1 ) ) )
            // InternalAssign.g:6252:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            {
            // InternalAssign.g:6252:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            // InternalAssign.g:6253:2: ( rule__Interrupt__KindAssignment_1 )
            {
             before(grammarAccess.getInterruptAccess().getKindAssignment_1()); 
            // InternalAssign.g:6254:2: ( rule__Interrupt__KindAssignment_1 )
            // InternalAssign.g:6254:3: rule__Interrupt__KindAssignment_1
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
    // InternalAssign.g:6262:1: rule__Interrupt__Group__2 : rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 ;
    public final void rule__Interrupt__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6266:1: ( rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 )
            // InternalAssign.g:6267:2: rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3
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
    // InternalAssign.g:6274:1: rule__Interrupt__Group__2__Impl : ( 'index' ) ;
    public final void rule__Interrupt__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6278:1: ( ( 'index' ) )
            // InternalAssign.g:6279:1: ( 'index' )
            {
            // InternalAssign.g:6279:1: ( 'index' )
            // InternalAssign.g:6280:2: 'index'
            {
             before(grammarAccess.getInterruptAccess().getIndexKeyword_2()); 
            match(input,101,FOLLOW_2); 
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
    // InternalAssign.g:6289:1: rule__Interrupt__Group__3 : rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 ;
    public final void rule__Interrupt__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6293:1: ( rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 )
            // InternalAssign.g:6294:2: rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4
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
    // InternalAssign.g:6301:1: rule__Interrupt__Group__3__Impl : ( ( rule__Interrupt__IndexAssignment_3 ) ) ;
    public final void rule__Interrupt__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6305:1: ( ( ( rule__Interrupt__IndexAssignment_3 ) ) )
            // InternalAssign.g:6306:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            {
            // InternalAssign.g:6306:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            // InternalAssign.g:6307:2: ( rule__Interrupt__IndexAssignment_3 )
            {
             before(grammarAccess.getInterruptAccess().getIndexAssignment_3()); 
            // InternalAssign.g:6308:2: ( rule__Interrupt__IndexAssignment_3 )
            // InternalAssign.g:6308:3: rule__Interrupt__IndexAssignment_3
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
    // InternalAssign.g:6316:1: rule__Interrupt__Group__4 : rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 ;
    public final void rule__Interrupt__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6320:1: ( rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 )
            // InternalAssign.g:6321:2: rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5
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
    // InternalAssign.g:6328:1: rule__Interrupt__Group__4__Impl : ( ( rule__Interrupt__Group_4__0 )? ) ;
    public final void rule__Interrupt__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6332:1: ( ( ( rule__Interrupt__Group_4__0 )? ) )
            // InternalAssign.g:6333:1: ( ( rule__Interrupt__Group_4__0 )? )
            {
            // InternalAssign.g:6333:1: ( ( rule__Interrupt__Group_4__0 )? )
            // InternalAssign.g:6334:2: ( rule__Interrupt__Group_4__0 )?
            {
             before(grammarAccess.getInterruptAccess().getGroup_4()); 
            // InternalAssign.g:6335:2: ( rule__Interrupt__Group_4__0 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==97) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalAssign.g:6335:3: rule__Interrupt__Group_4__0
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
    // InternalAssign.g:6343:1: rule__Interrupt__Group__5 : rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 ;
    public final void rule__Interrupt__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6347:1: ( rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 )
            // InternalAssign.g:6348:2: rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6
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
    // InternalAssign.g:6355:1: rule__Interrupt__Group__5__Impl : ( ( rule__Interrupt__EventfdAssignment_5 )? ) ;
    public final void rule__Interrupt__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6359:1: ( ( ( rule__Interrupt__EventfdAssignment_5 )? ) )
            // InternalAssign.g:6360:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            {
            // InternalAssign.g:6360:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            // InternalAssign.g:6361:2: ( rule__Interrupt__EventfdAssignment_5 )?
            {
             before(grammarAccess.getInterruptAccess().getEventfdAssignment_5()); 
            // InternalAssign.g:6362:2: ( rule__Interrupt__EventfdAssignment_5 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==89) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalAssign.g:6362:3: rule__Interrupt__EventfdAssignment_5
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
    // InternalAssign.g:6370:1: rule__Interrupt__Group__6 : rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 ;
    public final void rule__Interrupt__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6374:1: ( rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 )
            // InternalAssign.g:6375:2: rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7
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
    // InternalAssign.g:6382:1: rule__Interrupt__Group__6__Impl : ( ( rule__Interrupt__MaskableAssignment_6 )? ) ;
    public final void rule__Interrupt__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6386:1: ( ( ( rule__Interrupt__MaskableAssignment_6 )? ) )
            // InternalAssign.g:6387:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            {
            // InternalAssign.g:6387:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            // InternalAssign.g:6388:2: ( rule__Interrupt__MaskableAssignment_6 )?
            {
             before(grammarAccess.getInterruptAccess().getMaskableAssignment_6()); 
            // InternalAssign.g:6389:2: ( rule__Interrupt__MaskableAssignment_6 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==82) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalAssign.g:6389:3: rule__Interrupt__MaskableAssignment_6
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
    // InternalAssign.g:6397:1: rule__Interrupt__Group__7 : rule__Interrupt__Group__7__Impl ;
    public final void rule__Interrupt__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6401:1: ( rule__Interrupt__Group__7__Impl )
            // InternalAssign.g:6402:2: rule__Interrupt__Group__7__Impl
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
    // InternalAssign.g:6408:1: rule__Interrupt__Group__7__Impl : ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) ;
    public final void rule__Interrupt__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6412:1: ( ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) )
            // InternalAssign.g:6413:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            {
            // InternalAssign.g:6413:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            // InternalAssign.g:6414:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAssignment_7()); 
            // InternalAssign.g:6415:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==83) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalAssign.g:6415:3: rule__Interrupt__AutomaskedAssignment_7
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
    // InternalAssign.g:6424:1: rule__Interrupt__Group_4__0 : rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 ;
    public final void rule__Interrupt__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6428:1: ( rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 )
            // InternalAssign.g:6429:2: rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1
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
    // InternalAssign.g:6436:1: rule__Interrupt__Group_4__0__Impl : ( 'count' ) ;
    public final void rule__Interrupt__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6440:1: ( ( 'count' ) )
            // InternalAssign.g:6441:1: ( 'count' )
            {
            // InternalAssign.g:6441:1: ( 'count' )
            // InternalAssign.g:6442:2: 'count'
            {
             before(grammarAccess.getInterruptAccess().getCountKeyword_4_0()); 
            match(input,97,FOLLOW_2); 
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
    // InternalAssign.g:6451:1: rule__Interrupt__Group_4__1 : rule__Interrupt__Group_4__1__Impl ;
    public final void rule__Interrupt__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6455:1: ( rule__Interrupt__Group_4__1__Impl )
            // InternalAssign.g:6456:2: rule__Interrupt__Group_4__1__Impl
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
    // InternalAssign.g:6462:1: rule__Interrupt__Group_4__1__Impl : ( ( rule__Interrupt__CountAssignment_4_1 ) ) ;
    public final void rule__Interrupt__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6466:1: ( ( ( rule__Interrupt__CountAssignment_4_1 ) ) )
            // InternalAssign.g:6467:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            {
            // InternalAssign.g:6467:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            // InternalAssign.g:6468:2: ( rule__Interrupt__CountAssignment_4_1 )
            {
             before(grammarAccess.getInterruptAccess().getCountAssignment_4_1()); 
            // InternalAssign.g:6469:2: ( rule__Interrupt__CountAssignment_4_1 )
            // InternalAssign.g:6469:3: rule__Interrupt__CountAssignment_4_1
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
    // InternalAssign.g:6478:1: rule__IommuGroup__Group__0 : rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 ;
    public final void rule__IommuGroup__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6482:1: ( rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 )
            // InternalAssign.g:6483:2: rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1
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
    // InternalAssign.g:6490:1: rule__IommuGroup__Group__0__Impl : ( 'group' ) ;
    public final void rule__IommuGroup__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6494:1: ( ( 'group' ) )
            // InternalAssign.g:6495:1: ( 'group' )
            {
            // InternalAssign.g:6495:1: ( 'group' )
            // InternalAssign.g:6496:2: 'group'
            {
             before(grammarAccess.getIommuGroupAccess().getGroupKeyword_0()); 
            match(input,88,FOLLOW_2); 
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
    // InternalAssign.g:6505:1: rule__IommuGroup__Group__1 : rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 ;
    public final void rule__IommuGroup__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6509:1: ( rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 )
            // InternalAssign.g:6510:2: rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2
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
    // InternalAssign.g:6517:1: rule__IommuGroup__Group__1__Impl : ( ( rule__IommuGroup__IdAssignment_1 ) ) ;
    public final void rule__IommuGroup__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6521:1: ( ( ( rule__IommuGroup__IdAssignment_1 ) ) )
            // InternalAssign.g:6522:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            {
            // InternalAssign.g:6522:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            // InternalAssign.g:6523:2: ( rule__IommuGroup__IdAssignment_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIdAssignment_1()); 
            // InternalAssign.g:6524:2: ( rule__IommuGroup__IdAssignment_1 )
            // InternalAssign.g:6524:3: rule__IommuGroup__IdAssignment_1
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
    // InternalAssign.g:6532:1: rule__IommuGroup__Group__2 : rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 ;
    public final void rule__IommuGroup__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6536:1: ( rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 )
            // InternalAssign.g:6537:2: rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3
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
    // InternalAssign.g:6544:1: rule__IommuGroup__Group__2__Impl : ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) ;
    public final void rule__IommuGroup__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6548:1: ( ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) )
            // InternalAssign.g:6549:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            {
            // InternalAssign.g:6549:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            // InternalAssign.g:6550:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuAssignment_2()); 
            // InternalAssign.g:6551:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==51) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalAssign.g:6551:3: rule__IommuGroup__NoIommuAssignment_2
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
    // InternalAssign.g:6559:1: rule__IommuGroup__Group__3 : rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 ;
    public final void rule__IommuGroup__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6563:1: ( rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 )
            // InternalAssign.g:6564:2: rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4
            {
            pushFollow(FOLLOW_50);
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
    // InternalAssign.g:6571:1: rule__IommuGroup__Group__3__Impl : ( ( rule__IommuGroup__Group_3__0 )? ) ;
    public final void rule__IommuGroup__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6575:1: ( ( ( rule__IommuGroup__Group_3__0 )? ) )
            // InternalAssign.g:6576:1: ( ( rule__IommuGroup__Group_3__0 )? )
            {
            // InternalAssign.g:6576:1: ( ( rule__IommuGroup__Group_3__0 )? )
            // InternalAssign.g:6577:2: ( rule__IommuGroup__Group_3__0 )?
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3()); 
            // InternalAssign.g:6578:2: ( rule__IommuGroup__Group_3__0 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==63) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalAssign.g:6578:3: rule__IommuGroup__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__IommuGroup__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getIommuGroupAccess().getGroup_3()); 

            }


            }

        }
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
    // InternalAssign.g:6586:1: rule__IommuGroup__Group__4 : rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 ;
    public final void rule__IommuGroup__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6590:1: ( rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 )
            // InternalAssign.g:6591:2: rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5
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
    // InternalAssign.g:6598:1: rule__IommuGroup__Group__4__Impl : ( '{' ) ;
    public final void rule__IommuGroup__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6602:1: ( ( '{' ) )
            // InternalAssign.g:6603:1: ( '{' )
            {
            // InternalAssign.g:6603:1: ( '{' )
            // InternalAssign.g:6604:2: '{'
            {
             before(grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_4()); 
            match(input,93,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_4()); 

            }


            }

        }
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
    // InternalAssign.g:6613:1: rule__IommuGroup__Group__5 : rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 ;
    public final void rule__IommuGroup__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6617:1: ( rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 )
            // InternalAssign.g:6618:2: rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6
            {
            pushFollow(FOLLOW_51);
            rule__IommuGroup__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__6();

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
    // InternalAssign.g:6625:1: rule__IommuGroup__Group__5__Impl : ( ( rule__IommuGroup__DevicesAssignment_5 )* ) ;
    public final void rule__IommuGroup__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6629:1: ( ( ( rule__IommuGroup__DevicesAssignment_5 )* ) )
            // InternalAssign.g:6630:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            {
            // InternalAssign.g:6630:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            // InternalAssign.g:6631:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesAssignment_5()); 
            // InternalAssign.g:6632:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            loop59:
            do {
                int alt59=2;
                int LA59_0 = input.LA(1);

                if ( ((LA59_0>=RULE_STRING && LA59_0<=RULE_ID)||(LA59_0>=14 && LA59_0<=83)) ) {
                    alt59=1;
                }


                switch (alt59) {
            	case 1 :
            	    // InternalAssign.g:6632:3: rule__IommuGroup__DevicesAssignment_5
            	    {
            	    pushFollow(FOLLOW_52);
            	    rule__IommuGroup__DevicesAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop59;
                }
            } while (true);

             after(grammarAccess.getIommuGroupAccess().getDevicesAssignment_5()); 

            }


            }

        }
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


    // $ANTLR start "rule__IommuGroup__Group__6"
    // InternalAssign.g:6640:1: rule__IommuGroup__Group__6 : rule__IommuGroup__Group__6__Impl ;
    public final void rule__IommuGroup__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6644:1: ( rule__IommuGroup__Group__6__Impl )
            // InternalAssign.g:6645:2: rule__IommuGroup__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group__6__Impl();

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
    // $ANTLR end "rule__IommuGroup__Group__6"


    // $ANTLR start "rule__IommuGroup__Group__6__Impl"
    // InternalAssign.g:6651:1: rule__IommuGroup__Group__6__Impl : ( '}' ) ;
    public final void rule__IommuGroup__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6655:1: ( ( '}' ) )
            // InternalAssign.g:6656:1: ( '}' )
            {
            // InternalAssign.g:6656:1: ( '}' )
            // InternalAssign.g:6657:2: '}'
            {
             before(grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_6()); 
            match(input,94,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group__6__Impl"


    // $ANTLR start "rule__IommuGroup__Group_3__0"
    // InternalAssign.g:6667:1: rule__IommuGroup__Group_3__0 : rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 ;
    public final void rule__IommuGroup__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6671:1: ( rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 )
            // InternalAssign.g:6672:2: rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1
            {
            pushFollow(FOLLOW_13);
            rule__IommuGroup__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group_3__1();

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
    // $ANTLR end "rule__IommuGroup__Group_3__0"


    // $ANTLR start "rule__IommuGroup__Group_3__0__Impl"
    // InternalAssign.g:6679:1: rule__IommuGroup__Group_3__0__Impl : ( 'iova' ) ;
    public final void rule__IommuGroup__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6683:1: ( ( 'iova' ) )
            // InternalAssign.g:6684:1: ( 'iova' )
            {
            // InternalAssign.g:6684:1: ( 'iova' )
            // InternalAssign.g:6685:2: 'iova'
            {
             before(grammarAccess.getIommuGroupAccess().getIovaKeyword_3_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getIovaKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group_3__0__Impl"


    // $ANTLR start "rule__IommuGroup__Group_3__1"
    // InternalAssign.g:6694:1: rule__IommuGroup__Group_3__1 : rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 ;
    public final void rule__IommuGroup__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6698:1: ( rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 )
            // InternalAssign.g:6699:2: rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2
            {
            pushFollow(FOLLOW_40);
            rule__IommuGroup__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group_3__2();

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
    // $ANTLR end "rule__IommuGroup__Group_3__1"


    // $ANTLR start "rule__IommuGroup__Group_3__1__Impl"
    // InternalAssign.g:6706:1: rule__IommuGroup__Group_3__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) ;
    public final void rule__IommuGroup__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6710:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) )
            // InternalAssign.g:6711:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            {
            // InternalAssign.g:6711:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            // InternalAssign.g:6712:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_1()); 
            // InternalAssign.g:6713:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            // InternalAssign.g:6713:3: rule__IommuGroup__IovaRangesAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__IovaRangesAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group_3__1__Impl"


    // $ANTLR start "rule__IommuGroup__Group_3__2"
    // InternalAssign.g:6721:1: rule__IommuGroup__Group_3__2 : rule__IommuGroup__Group_3__2__Impl ;
    public final void rule__IommuGroup__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6725:1: ( rule__IommuGroup__Group_3__2__Impl )
            // InternalAssign.g:6726:2: rule__IommuGroup__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group_3__2__Impl();

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
    // $ANTLR end "rule__IommuGroup__Group_3__2"


    // $ANTLR start "rule__IommuGroup__Group_3__2__Impl"
    // InternalAssign.g:6732:1: rule__IommuGroup__Group_3__2__Impl : ( ( rule__IommuGroup__Group_3_2__0 )* ) ;
    public final void rule__IommuGroup__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6736:1: ( ( ( rule__IommuGroup__Group_3_2__0 )* ) )
            // InternalAssign.g:6737:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            {
            // InternalAssign.g:6737:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            // InternalAssign.g:6738:2: ( rule__IommuGroup__Group_3_2__0 )*
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3_2()); 
            // InternalAssign.g:6739:2: ( rule__IommuGroup__Group_3_2__0 )*
            loop60:
            do {
                int alt60=2;
                int LA60_0 = input.LA(1);

                if ( (LA60_0==100) ) {
                    alt60=1;
                }


                switch (alt60) {
            	case 1 :
            	    // InternalAssign.g:6739:3: rule__IommuGroup__Group_3_2__0
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__IommuGroup__Group_3_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop60;
                }
            } while (true);

             after(grammarAccess.getIommuGroupAccess().getGroup_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group_3__2__Impl"


    // $ANTLR start "rule__IommuGroup__Group_3_2__0"
    // InternalAssign.g:6748:1: rule__IommuGroup__Group_3_2__0 : rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 ;
    public final void rule__IommuGroup__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6752:1: ( rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 )
            // InternalAssign.g:6753:2: rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1
            {
            pushFollow(FOLLOW_13);
            rule__IommuGroup__Group_3_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group_3_2__1();

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
    // $ANTLR end "rule__IommuGroup__Group_3_2__0"


    // $ANTLR start "rule__IommuGroup__Group_3_2__0__Impl"
    // InternalAssign.g:6760:1: rule__IommuGroup__Group_3_2__0__Impl : ( ',' ) ;
    public final void rule__IommuGroup__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6764:1: ( ( ',' ) )
            // InternalAssign.g:6765:1: ( ',' )
            {
            // InternalAssign.g:6765:1: ( ',' )
            // InternalAssign.g:6766:2: ','
            {
             before(grammarAccess.getIommuGroupAccess().getCommaKeyword_3_2_0()); 
            match(input,100,FOLLOW_2); 
             after(grammarAccess.getIommuGroupAccess().getCommaKeyword_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group_3_2__0__Impl"


    // $ANTLR start "rule__IommuGroup__Group_3_2__1"
    // InternalAssign.g:6775:1: rule__IommuGroup__Group_3_2__1 : rule__IommuGroup__Group_3_2__1__Impl ;
    public final void rule__IommuGroup__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6779:1: ( rule__IommuGroup__Group_3_2__1__Impl )
            // InternalAssign.g:6780:2: rule__IommuGroup__Group_3_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__Group_3_2__1__Impl();

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
    // $ANTLR end "rule__IommuGroup__Group_3_2__1"


    // $ANTLR start "rule__IommuGroup__Group_3_2__1__Impl"
    // InternalAssign.g:6786:1: rule__IommuGroup__Group_3_2__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) ;
    public final void rule__IommuGroup__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6790:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) )
            // InternalAssign.g:6791:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            {
            // InternalAssign.g:6791:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            // InternalAssign.g:6792:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_2_1()); 
            // InternalAssign.g:6793:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            // InternalAssign.g:6793:3: rule__IommuGroup__IovaRangesAssignment_3_2_1
            {
            pushFollow(FOLLOW_2);
            rule__IommuGroup__IovaRangesAssignment_3_2_1();

            state._fsp--;


            }

             after(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__Group_3_2__1__Impl"


    // $ANTLR start "rule__IovaRange__Group__0"
    // InternalAssign.g:6802:1: rule__IovaRange__Group__0 : rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 ;
    public final void rule__IovaRange__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6806:1: ( rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 )
            // InternalAssign.g:6807:2: rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1
            {
            pushFollow(FOLLOW_53);
            rule__IovaRange__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IovaRange__Group__1();

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
    // $ANTLR end "rule__IovaRange__Group__0"


    // $ANTLR start "rule__IovaRange__Group__0__Impl"
    // InternalAssign.g:6814:1: rule__IovaRange__Group__0__Impl : ( ( rule__IovaRange__StartAssignment_0 ) ) ;
    public final void rule__IovaRange__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6818:1: ( ( ( rule__IovaRange__StartAssignment_0 ) ) )
            // InternalAssign.g:6819:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            {
            // InternalAssign.g:6819:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            // InternalAssign.g:6820:2: ( rule__IovaRange__StartAssignment_0 )
            {
             before(grammarAccess.getIovaRangeAccess().getStartAssignment_0()); 
            // InternalAssign.g:6821:2: ( rule__IovaRange__StartAssignment_0 )
            // InternalAssign.g:6821:3: rule__IovaRange__StartAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__IovaRange__StartAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getIovaRangeAccess().getStartAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IovaRange__Group__0__Impl"


    // $ANTLR start "rule__IovaRange__Group__1"
    // InternalAssign.g:6829:1: rule__IovaRange__Group__1 : rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 ;
    public final void rule__IovaRange__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6833:1: ( rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 )
            // InternalAssign.g:6834:2: rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2
            {
            pushFollow(FOLLOW_13);
            rule__IovaRange__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IovaRange__Group__2();

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
    // $ANTLR end "rule__IovaRange__Group__1"


    // $ANTLR start "rule__IovaRange__Group__1__Impl"
    // InternalAssign.g:6841:1: rule__IovaRange__Group__1__Impl : ( '..' ) ;
    public final void rule__IovaRange__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6845:1: ( ( '..' ) )
            // InternalAssign.g:6846:1: ( '..' )
            {
            // InternalAssign.g:6846:1: ( '..' )
            // InternalAssign.g:6847:2: '..'
            {
             before(grammarAccess.getIovaRangeAccess().getFullStopFullStopKeyword_1()); 
            match(input,102,FOLLOW_2); 
             after(grammarAccess.getIovaRangeAccess().getFullStopFullStopKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IovaRange__Group__1__Impl"


    // $ANTLR start "rule__IovaRange__Group__2"
    // InternalAssign.g:6856:1: rule__IovaRange__Group__2 : rule__IovaRange__Group__2__Impl ;
    public final void rule__IovaRange__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6860:1: ( rule__IovaRange__Group__2__Impl )
            // InternalAssign.g:6861:2: rule__IovaRange__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IovaRange__Group__2__Impl();

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
    // $ANTLR end "rule__IovaRange__Group__2"


    // $ANTLR start "rule__IovaRange__Group__2__Impl"
    // InternalAssign.g:6867:1: rule__IovaRange__Group__2__Impl : ( ( rule__IovaRange__LastAssignment_2 ) ) ;
    public final void rule__IovaRange__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6871:1: ( ( ( rule__IovaRange__LastAssignment_2 ) ) )
            // InternalAssign.g:6872:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            {
            // InternalAssign.g:6872:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            // InternalAssign.g:6873:2: ( rule__IovaRange__LastAssignment_2 )
            {
             before(grammarAccess.getIovaRangeAccess().getLastAssignment_2()); 
            // InternalAssign.g:6874:2: ( rule__IovaRange__LastAssignment_2 )
            // InternalAssign.g:6874:3: rule__IovaRange__LastAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__IovaRange__LastAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getIovaRangeAccess().getLastAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IovaRange__Group__2__Impl"


    // $ANTLR start "rule__MemberRef__Group__0"
    // InternalAssign.g:6883:1: rule__MemberRef__Group__0 : rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 ;
    public final void rule__MemberRef__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6887:1: ( rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 )
            // InternalAssign.g:6888:2: rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1
            {
            pushFollow(FOLLOW_54);
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
    // InternalAssign.g:6895:1: rule__MemberRef__Group__0__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6899:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:6900:1: ( ruleMemberPart )
            {
            // InternalAssign.g:6900:1: ( ruleMemberPart )
            // InternalAssign.g:6901:2: ruleMemberPart
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
    // InternalAssign.g:6910:1: rule__MemberRef__Group__1 : rule__MemberRef__Group__1__Impl ;
    public final void rule__MemberRef__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6914:1: ( rule__MemberRef__Group__1__Impl )
            // InternalAssign.g:6915:2: rule__MemberRef__Group__1__Impl
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
    // InternalAssign.g:6921:1: rule__MemberRef__Group__1__Impl : ( ( rule__MemberRef__Group_1__0 )? ) ;
    public final void rule__MemberRef__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6925:1: ( ( ( rule__MemberRef__Group_1__0 )? ) )
            // InternalAssign.g:6926:1: ( ( rule__MemberRef__Group_1__0 )? )
            {
            // InternalAssign.g:6926:1: ( ( rule__MemberRef__Group_1__0 )? )
            // InternalAssign.g:6927:2: ( rule__MemberRef__Group_1__0 )?
            {
             before(grammarAccess.getMemberRefAccess().getGroup_1()); 
            // InternalAssign.g:6928:2: ( rule__MemberRef__Group_1__0 )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==103) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalAssign.g:6928:3: rule__MemberRef__Group_1__0
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
    // InternalAssign.g:6937:1: rule__MemberRef__Group_1__0 : rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 ;
    public final void rule__MemberRef__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6941:1: ( rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 )
            // InternalAssign.g:6942:2: rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1
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
    // InternalAssign.g:6949:1: rule__MemberRef__Group_1__0__Impl : ( '.' ) ;
    public final void rule__MemberRef__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6953:1: ( ( '.' ) )
            // InternalAssign.g:6954:1: ( '.' )
            {
            // InternalAssign.g:6954:1: ( '.' )
            // InternalAssign.g:6955:2: '.'
            {
             before(grammarAccess.getMemberRefAccess().getFullStopKeyword_1_0()); 
            match(input,103,FOLLOW_2); 
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
    // InternalAssign.g:6964:1: rule__MemberRef__Group_1__1 : rule__MemberRef__Group_1__1__Impl ;
    public final void rule__MemberRef__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6968:1: ( rule__MemberRef__Group_1__1__Impl )
            // InternalAssign.g:6969:2: rule__MemberRef__Group_1__1__Impl
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
    // InternalAssign.g:6975:1: rule__MemberRef__Group_1__1__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6979:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:6980:1: ( ruleMemberPart )
            {
            // InternalAssign.g:6980:1: ( ruleMemberPart )
            // InternalAssign.g:6981:2: ruleMemberPart
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
    // InternalAssign.g:6991:1: rule__Size__Group__0 : rule__Size__Group__0__Impl rule__Size__Group__1 ;
    public final void rule__Size__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6995:1: ( rule__Size__Group__0__Impl rule__Size__Group__1 )
            // InternalAssign.g:6996:2: rule__Size__Group__0__Impl rule__Size__Group__1
            {
            pushFollow(FOLLOW_55);
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
    // InternalAssign.g:7003:1: rule__Size__Group__0__Impl : ( ruleNumber ) ;
    public final void rule__Size__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7007:1: ( ( ruleNumber ) )
            // InternalAssign.g:7008:1: ( ruleNumber )
            {
            // InternalAssign.g:7008:1: ( ruleNumber )
            // InternalAssign.g:7009:2: ruleNumber
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
    // InternalAssign.g:7018:1: rule__Size__Group__1 : rule__Size__Group__1__Impl ;
    public final void rule__Size__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7022:1: ( rule__Size__Group__1__Impl )
            // InternalAssign.g:7023:2: rule__Size__Group__1__Impl
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
    // InternalAssign.g:7029:1: rule__Size__Group__1__Impl : ( ( rule__Size__Alternatives_1 )? ) ;
    public final void rule__Size__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7033:1: ( ( ( rule__Size__Alternatives_1 )? ) )
            // InternalAssign.g:7034:1: ( ( rule__Size__Alternatives_1 )? )
            {
            // InternalAssign.g:7034:1: ( ( rule__Size__Alternatives_1 )? )
            // InternalAssign.g:7035:2: ( rule__Size__Alternatives_1 )?
            {
             before(grammarAccess.getSizeAccess().getAlternatives_1()); 
            // InternalAssign.g:7036:2: ( rule__Size__Alternatives_1 )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( ((LA62_0>=84 && LA62_0<=87)) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalAssign.g:7036:3: rule__Size__Alternatives_1
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
    // InternalAssign.g:7045:1: rule__VmGuest__UnorderedGroup_2_1 : ( rule__VmGuest__UnorderedGroup_2_1__0 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7050:1: ( ( rule__VmGuest__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7051:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7051:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( LA63_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt63=1;
            }
            else if ( LA63_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt63=1;
            }
            else if ( LA63_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt63=1;
            }
            else if ( LA63_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt63=1;
            }
            else if ( LA63_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt63=1;
            }
            else if ( LA63_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalAssign.g:7051:2: rule__VmGuest__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7059:1: rule__VmGuest__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) ;
    public final void rule__VmGuest__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7064:1: ( ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) )
            // InternalAssign.g:7065:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
            {
            // InternalAssign.g:7065:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
            int alt64=6;
            int LA64_0 = input.LA(1);

            if ( LA64_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt64=1;
            }
            else if ( LA64_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt64=2;
            }
            else if ( LA64_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt64=3;
            }
            else if ( LA64_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt64=4;
            }
            else if ( LA64_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt64=5;
            }
            else if ( LA64_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt64=6;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 64, 0, input);

                throw nvae;
            }
            switch (alt64) {
                case 1 :
                    // InternalAssign.g:7066:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7066:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7067:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7067:105: ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7068:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7074:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    // InternalAssign.g:7075:6: ( rule__VmGuest__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7076:6: ( rule__VmGuest__Group_2_1_0__0 )
                    // InternalAssign.g:7076:7: rule__VmGuest__Group_2_1_0__0
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
                    // InternalAssign.g:7081:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7081:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7082:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7082:105: ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7083:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7089:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    // InternalAssign.g:7090:6: ( rule__VmGuest__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7091:6: ( rule__VmGuest__Group_2_1_1__0 )
                    // InternalAssign.g:7091:7: rule__VmGuest__Group_2_1_1__0
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
                    // InternalAssign.g:7096:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7096:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7097:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7097:105: ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7098:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7104:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    // InternalAssign.g:7105:6: ( rule__VmGuest__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7106:6: ( rule__VmGuest__Group_2_1_2__0 )
                    // InternalAssign.g:7106:7: rule__VmGuest__Group_2_1_2__0
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
                    // InternalAssign.g:7111:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7111:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7112:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7112:105: ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7113:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7119:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    // InternalAssign.g:7120:6: ( rule__VmGuest__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7121:6: ( rule__VmGuest__Group_2_1_3__0 )
                    // InternalAssign.g:7121:7: rule__VmGuest__Group_2_1_3__0
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
                case 5 :
                    // InternalAssign.g:7126:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    {
                    // InternalAssign.g:7126:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    // InternalAssign.g:7127:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4)");
                    }
                    // InternalAssign.g:7127:105: ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    // InternalAssign.g:7128:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7134:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    // InternalAssign.g:7135:6: ( rule__VmGuest__Group_2_1_4__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_4()); 
                    // InternalAssign.g:7136:6: ( rule__VmGuest__Group_2_1_4__0 )
                    // InternalAssign.g:7136:7: rule__VmGuest__Group_2_1_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__Group_2_1_4__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getVmGuestAccess().getGroup_2_1_4()); 

                    }


                    }


                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:7141:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    {
                    // InternalAssign.g:7141:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    // InternalAssign.g:7142:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5)");
                    }
                    // InternalAssign.g:7142:105: ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    // InternalAssign.g:7143:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7149:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    // InternalAssign.g:7150:6: ( rule__VmGuest__Group_2_1_5__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_5()); 
                    // InternalAssign.g:7151:6: ( rule__VmGuest__Group_2_1_5__0 )
                    // InternalAssign.g:7151:7: rule__VmGuest__Group_2_1_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__Group_2_1_5__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getVmGuestAccess().getGroup_2_1_5()); 

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
    // InternalAssign.g:7164:1: rule__VmGuest__UnorderedGroup_2_1__0 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7168:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7169:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7170:2: ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( LA65_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt65=1;
            }
            else if ( LA65_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt65=1;
            }
            else if ( LA65_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt65=1;
            }
            else if ( LA65_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt65=1;
            }
            else if ( LA65_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt65=1;
            }
            else if ( LA65_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalAssign.g:7170:2: rule__VmGuest__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7176:1: rule__VmGuest__UnorderedGroup_2_1__1 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7180:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7181:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7182:2: ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( LA66_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt66=1;
            }
            else if ( LA66_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt66=1;
            }
            else if ( LA66_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt66=1;
            }
            else if ( LA66_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt66=1;
            }
            else if ( LA66_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt66=1;
            }
            else if ( LA66_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalAssign.g:7182:2: rule__VmGuest__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7188:1: rule__VmGuest__UnorderedGroup_2_1__2 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7192:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7193:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7194:2: ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( LA67_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt67=1;
            }
            else if ( LA67_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt67=1;
            }
            else if ( LA67_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt67=1;
            }
            else if ( LA67_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt67=1;
            }
            else if ( LA67_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt67=1;
            }
            else if ( LA67_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt67=1;
            }
            switch (alt67) {
                case 1 :
                    // InternalAssign.g:7194:2: rule__VmGuest__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7200:1: rule__VmGuest__UnorderedGroup_2_1__3 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7204:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? )
            // InternalAssign.g:7205:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7206:2: ( rule__VmGuest__UnorderedGroup_2_1__4 )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( LA68_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt68=1;
            }
            else if ( LA68_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt68=1;
            }
            else if ( LA68_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt68=1;
            }
            else if ( LA68_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt68=1;
            }
            else if ( LA68_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt68=1;
            }
            else if ( LA68_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalAssign.g:7206:2: rule__VmGuest__UnorderedGroup_2_1__4
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__UnorderedGroup_2_1__4();

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
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__3"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1__4"
    // InternalAssign.g:7212:1: rule__VmGuest__UnorderedGroup_2_1__4 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7216:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? )
            // InternalAssign.g:7217:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7218:2: ( rule__VmGuest__UnorderedGroup_2_1__5 )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( LA69_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt69=1;
            }
            else if ( LA69_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt69=1;
            }
            else if ( LA69_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt69=1;
            }
            else if ( LA69_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt69=1;
            }
            else if ( LA69_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt69=1;
            }
            else if ( LA69_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalAssign.g:7218:2: rule__VmGuest__UnorderedGroup_2_1__5
                    {
                    pushFollow(FOLLOW_2);
                    rule__VmGuest__UnorderedGroup_2_1__5();

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
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__4"


    // $ANTLR start "rule__VmGuest__UnorderedGroup_2_1__5"
    // InternalAssign.g:7224:1: rule__VmGuest__UnorderedGroup_2_1__5 : rule__VmGuest__UnorderedGroup_2_1__Impl ;
    public final void rule__VmGuest__UnorderedGroup_2_1__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7228:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7229:2: rule__VmGuest__UnorderedGroup_2_1__Impl
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
    // $ANTLR end "rule__VmGuest__UnorderedGroup_2_1__5"


    // $ANTLR start "rule__UserspaceDriver__UnorderedGroup_2_1"
    // InternalAssign.g:7236:1: rule__UserspaceDriver__UnorderedGroup_2_1 : ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7241:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7242:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7242:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( LA70_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt70=1;
            }
            else if ( LA70_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt70=1;
            }
            else if ( LA70_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt70=1;
            }
            else if ( LA70_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalAssign.g:7242:2: rule__UserspaceDriver__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7250:1: rule__UserspaceDriver__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7255:1: ( ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) )
            // InternalAssign.g:7256:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7256:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            int alt71=4;
            int LA71_0 = input.LA(1);

            if ( LA71_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt71=1;
            }
            else if ( LA71_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt71=2;
            }
            else if ( LA71_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt71=3;
            }
            else if ( LA71_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt71=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 71, 0, input);

                throw nvae;
            }
            switch (alt71) {
                case 1 :
                    // InternalAssign.g:7257:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7257:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7258:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7258:113: ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7259:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7265:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    // InternalAssign.g:7266:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7267:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    // InternalAssign.g:7267:7: rule__UserspaceDriver__Group_2_1_0__0
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
                    // InternalAssign.g:7272:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7272:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7273:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7273:113: ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7274:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7280:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    // InternalAssign.g:7281:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7282:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    // InternalAssign.g:7282:7: rule__UserspaceDriver__Group_2_1_1__0
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
                    // InternalAssign.g:7287:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7287:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7288:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7288:113: ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7289:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7295:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    // InternalAssign.g:7296:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7297:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    // InternalAssign.g:7297:7: rule__UserspaceDriver__Group_2_1_2__0
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
                    // InternalAssign.g:7302:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7302:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7303:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7303:113: ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7304:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7310:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    // InternalAssign.g:7311:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7312:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    // InternalAssign.g:7312:7: rule__UserspaceDriver__Group_2_1_3__0
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
    // InternalAssign.g:7325:1: rule__UserspaceDriver__UnorderedGroup_2_1__0 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7329:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7330:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_57);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7331:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( LA72_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt72=1;
            }
            else if ( LA72_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt72=1;
            }
            else if ( LA72_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt72=1;
            }
            else if ( LA72_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalAssign.g:7331:2: rule__UserspaceDriver__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7337:1: rule__UserspaceDriver__UnorderedGroup_2_1__1 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7341:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7342:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_57);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7343:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( LA73_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt73=1;
            }
            else if ( LA73_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt73=1;
            }
            else if ( LA73_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt73=1;
            }
            else if ( LA73_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalAssign.g:7343:2: rule__UserspaceDriver__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7349:1: rule__UserspaceDriver__UnorderedGroup_2_1__2 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7353:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7354:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_57);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7355:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( LA74_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt74=1;
            }
            else if ( LA74_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt74=1;
            }
            else if ( LA74_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt74=1;
            }
            else if ( LA74_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalAssign.g:7355:2: rule__UserspaceDriver__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7361:1: rule__UserspaceDriver__UnorderedGroup_2_1__3 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7365:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7366:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl
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
    // InternalAssign.g:7373:1: rule__Assignment__UnorderedGroup_4_1 : ( rule__Assignment__UnorderedGroup_4_1__0 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
        	
        try {
            // InternalAssign.g:7378:1: ( ( rule__Assignment__UnorderedGroup_4_1__0 )? )
            // InternalAssign.g:7379:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            {
            // InternalAssign.g:7379:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( LA75_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt75=1;
            }
            else if ( LA75_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt75=1;
            }
            else if ( LA75_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt75=1;
            }
            else if ( LA75_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt75=1;
            }
            else if ( LA75_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalAssign.g:7379:2: rule__Assignment__UnorderedGroup_4_1__0
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
    // InternalAssign.g:7387:1: rule__Assignment__UnorderedGroup_4_1__Impl : ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) ) ;
    public final void rule__Assignment__UnorderedGroup_4_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7392:1: ( ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) ) )
            // InternalAssign.g:7393:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) )
            {
            // InternalAssign.g:7393:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) )
            int alt76=5;
            int LA76_0 = input.LA(1);

            if ( LA76_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt76=1;
            }
            else if ( LA76_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt76=2;
            }
            else if ( LA76_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt76=3;
            }
            else if ( LA76_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt76=4;
            }
            else if ( LA76_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt76=5;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 76, 0, input);

                throw nvae;
            }
            switch (alt76) {
                case 1 :
                    // InternalAssign.g:7394:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7394:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    // InternalAssign.g:7395:4: {...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0)");
                    }
                    // InternalAssign.g:7395:108: ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    // InternalAssign.g:7396:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7402:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    // InternalAssign.g:7403:6: ( rule__Assignment__Group_4_1_0__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_0()); 
                    // InternalAssign.g:7404:6: ( rule__Assignment__Group_4_1_0__0 )
                    // InternalAssign.g:7404:7: rule__Assignment__Group_4_1_0__0
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
                    // InternalAssign.g:7409:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7409:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    // InternalAssign.g:7410:4: {...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1)");
                    }
                    // InternalAssign.g:7410:108: ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    // InternalAssign.g:7411:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7417:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    // InternalAssign.g:7418:6: ( rule__Assignment__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_1()); 
                    // InternalAssign.g:7419:6: ( rule__Assignment__Group_4_1_1__0 )
                    // InternalAssign.g:7419:7: rule__Assignment__Group_4_1_1__0
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
                    // InternalAssign.g:7424:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7424:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    // InternalAssign.g:7425:4: {...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2)");
                    }
                    // InternalAssign.g:7425:108: ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    // InternalAssign.g:7426:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7432:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    // InternalAssign.g:7433:6: ( rule__Assignment__Group_4_1_2__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_2()); 
                    // InternalAssign.g:7434:6: ( rule__Assignment__Group_4_1_2__0 )
                    // InternalAssign.g:7434:7: rule__Assignment__Group_4_1_2__0
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
                    // InternalAssign.g:7439:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    {
                    // InternalAssign.g:7439:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    // InternalAssign.g:7440:4: {...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3)");
                    }
                    // InternalAssign.g:7440:108: ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    // InternalAssign.g:7441:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7447:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    // InternalAssign.g:7448:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    {
                     before(grammarAccess.getAssignmentAccess().getPersistentAssignment_4_1_3()); 
                    // InternalAssign.g:7449:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    // InternalAssign.g:7449:7: rule__Assignment__PersistentAssignment_4_1_3
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
                case 5 :
                    // InternalAssign.g:7454:3: ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) )
                    {
                    // InternalAssign.g:7454:3: ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) )
                    // InternalAssign.g:7455:4: {...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4)");
                    }
                    // InternalAssign.g:7455:108: ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) )
                    // InternalAssign.g:7456:5: ( ( rule__Assignment__ForceAssignment_4_1_4 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7462:5: ( ( rule__Assignment__ForceAssignment_4_1_4 ) )
                    // InternalAssign.g:7463:6: ( rule__Assignment__ForceAssignment_4_1_4 )
                    {
                     before(grammarAccess.getAssignmentAccess().getForceAssignment_4_1_4()); 
                    // InternalAssign.g:7464:6: ( rule__Assignment__ForceAssignment_4_1_4 )
                    // InternalAssign.g:7464:7: rule__Assignment__ForceAssignment_4_1_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__ForceAssignment_4_1_4();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getForceAssignment_4_1_4()); 

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
    // InternalAssign.g:7477:1: rule__Assignment__UnorderedGroup_4_1__0 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7481:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? )
            // InternalAssign.g:7482:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )?
            {
            pushFollow(FOLLOW_58);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7483:2: ( rule__Assignment__UnorderedGroup_4_1__1 )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( LA77_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt77=1;
            }
            else if ( LA77_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt77=1;
            }
            else if ( LA77_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt77=1;
            }
            else if ( LA77_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt77=1;
            }
            else if ( LA77_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalAssign.g:7483:2: rule__Assignment__UnorderedGroup_4_1__1
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
    // InternalAssign.g:7489:1: rule__Assignment__UnorderedGroup_4_1__1 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7493:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? )
            // InternalAssign.g:7494:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )?
            {
            pushFollow(FOLLOW_58);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7495:2: ( rule__Assignment__UnorderedGroup_4_1__2 )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( LA78_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt78=1;
            }
            else if ( LA78_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt78=1;
            }
            else if ( LA78_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt78=1;
            }
            else if ( LA78_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt78=1;
            }
            else if ( LA78_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalAssign.g:7495:2: rule__Assignment__UnorderedGroup_4_1__2
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
    // InternalAssign.g:7501:1: rule__Assignment__UnorderedGroup_4_1__2 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7505:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? )
            // InternalAssign.g:7506:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )?
            {
            pushFollow(FOLLOW_58);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7507:2: ( rule__Assignment__UnorderedGroup_4_1__3 )?
            int alt79=2;
            int LA79_0 = input.LA(1);

            if ( LA79_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt79=1;
            }
            else if ( LA79_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt79=1;
            }
            else if ( LA79_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt79=1;
            }
            else if ( LA79_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt79=1;
            }
            else if ( LA79_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt79=1;
            }
            switch (alt79) {
                case 1 :
                    // InternalAssign.g:7507:2: rule__Assignment__UnorderedGroup_4_1__3
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
    // InternalAssign.g:7513:1: rule__Assignment__UnorderedGroup_4_1__3 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__4 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7517:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__4 )? )
            // InternalAssign.g:7518:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__4 )?
            {
            pushFollow(FOLLOW_58);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7519:2: ( rule__Assignment__UnorderedGroup_4_1__4 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( LA80_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt80=1;
            }
            else if ( LA80_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt80=1;
            }
            else if ( LA80_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt80=1;
            }
            else if ( LA80_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt80=1;
            }
            else if ( LA80_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalAssign.g:7519:2: rule__Assignment__UnorderedGroup_4_1__4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__UnorderedGroup_4_1__4();

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
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1__3"


    // $ANTLR start "rule__Assignment__UnorderedGroup_4_1__4"
    // InternalAssign.g:7525:1: rule__Assignment__UnorderedGroup_4_1__4 : rule__Assignment__UnorderedGroup_4_1__Impl ;
    public final void rule__Assignment__UnorderedGroup_4_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7529:1: ( rule__Assignment__UnorderedGroup_4_1__Impl )
            // InternalAssign.g:7530:2: rule__Assignment__UnorderedGroup_4_1__Impl
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
    // $ANTLR end "rule__Assignment__UnorderedGroup_4_1__4"


    // $ANTLR start "rule__InlineBoard__UnorderedGroup_2"
    // InternalAssign.g:7537:1: rule__InlineBoard__UnorderedGroup_2 : ( rule__InlineBoard__UnorderedGroup_2__0 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
        	
        try {
            // InternalAssign.g:7542:1: ( ( rule__InlineBoard__UnorderedGroup_2__0 )? )
            // InternalAssign.g:7543:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            {
            // InternalAssign.g:7543:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( LA81_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt81=1;
            }
            else if ( LA81_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt81=1;
            }
            else if ( LA81_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt81=1;
            }
            else if ( LA81_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalAssign.g:7543:2: rule__InlineBoard__UnorderedGroup_2__0
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
    // InternalAssign.g:7551:1: rule__InlineBoard__UnorderedGroup_2__Impl : ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) ;
    public final void rule__InlineBoard__UnorderedGroup_2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7556:1: ( ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) )
            // InternalAssign.g:7557:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7557:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            int alt82=4;
            int LA82_0 = input.LA(1);

            if ( LA82_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt82=1;
            }
            else if ( LA82_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt82=2;
            }
            else if ( LA82_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt82=3;
            }
            else if ( LA82_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt82=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 82, 0, input);

                throw nvae;
            }
            switch (alt82) {
                case 1 :
                    // InternalAssign.g:7558:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7558:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    // InternalAssign.g:7559:4: {...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0)");
                    }
                    // InternalAssign.g:7559:107: ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    // InternalAssign.g:7560:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7566:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    // InternalAssign.g:7567:6: ( rule__InlineBoard__Group_2_0__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_0()); 
                    // InternalAssign.g:7568:6: ( rule__InlineBoard__Group_2_0__0 )
                    // InternalAssign.g:7568:7: rule__InlineBoard__Group_2_0__0
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
                    // InternalAssign.g:7573:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7573:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    // InternalAssign.g:7574:4: {...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1)");
                    }
                    // InternalAssign.g:7574:107: ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    // InternalAssign.g:7575:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7581:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    // InternalAssign.g:7582:6: ( rule__InlineBoard__Group_2_1__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_1()); 
                    // InternalAssign.g:7583:6: ( rule__InlineBoard__Group_2_1__0 )
                    // InternalAssign.g:7583:7: rule__InlineBoard__Group_2_1__0
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
                    // InternalAssign.g:7588:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7588:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    // InternalAssign.g:7589:4: {...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2)");
                    }
                    // InternalAssign.g:7589:107: ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    // InternalAssign.g:7590:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7596:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    // InternalAssign.g:7597:6: ( rule__InlineBoard__Group_2_2__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_2()); 
                    // InternalAssign.g:7598:6: ( rule__InlineBoard__Group_2_2__0 )
                    // InternalAssign.g:7598:7: rule__InlineBoard__Group_2_2__0
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
                    // InternalAssign.g:7603:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7603:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    // InternalAssign.g:7604:4: {...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3)");
                    }
                    // InternalAssign.g:7604:107: ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    // InternalAssign.g:7605:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7611:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    // InternalAssign.g:7612:6: ( rule__InlineBoard__Group_2_3__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_3()); 
                    // InternalAssign.g:7613:6: ( rule__InlineBoard__Group_2_3__0 )
                    // InternalAssign.g:7613:7: rule__InlineBoard__Group_2_3__0
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
    // InternalAssign.g:7626:1: rule__InlineBoard__UnorderedGroup_2__0 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7630:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? )
            // InternalAssign.g:7631:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )?
            {
            pushFollow(FOLLOW_59);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:7632:2: ( rule__InlineBoard__UnorderedGroup_2__1 )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( LA83_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt83=1;
            }
            else if ( LA83_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt83=1;
            }
            else if ( LA83_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt83=1;
            }
            else if ( LA83_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalAssign.g:7632:2: rule__InlineBoard__UnorderedGroup_2__1
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
    // InternalAssign.g:7638:1: rule__InlineBoard__UnorderedGroup_2__1 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7642:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? )
            // InternalAssign.g:7643:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )?
            {
            pushFollow(FOLLOW_59);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:7644:2: ( rule__InlineBoard__UnorderedGroup_2__2 )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( LA84_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt84=1;
            }
            else if ( LA84_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt84=1;
            }
            else if ( LA84_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt84=1;
            }
            else if ( LA84_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalAssign.g:7644:2: rule__InlineBoard__UnorderedGroup_2__2
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
    // InternalAssign.g:7650:1: rule__InlineBoard__UnorderedGroup_2__2 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7654:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? )
            // InternalAssign.g:7655:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )?
            {
            pushFollow(FOLLOW_59);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:7656:2: ( rule__InlineBoard__UnorderedGroup_2__3 )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( LA85_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt85=1;
            }
            else if ( LA85_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt85=1;
            }
            else if ( LA85_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt85=1;
            }
            else if ( LA85_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalAssign.g:7656:2: rule__InlineBoard__UnorderedGroup_2__3
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
    // InternalAssign.g:7662:1: rule__InlineBoard__UnorderedGroup_2__3 : rule__InlineBoard__UnorderedGroup_2__Impl ;
    public final void rule__InlineBoard__UnorderedGroup_2__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7666:1: ( rule__InlineBoard__UnorderedGroup_2__Impl )
            // InternalAssign.g:7667:2: rule__InlineBoard__UnorderedGroup_2__Impl
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
    // InternalAssign.g:7674:1: rule__PciDevice__UnorderedGroup_3 : ( rule__PciDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PciDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:7679:1: ( ( rule__PciDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:7680:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:7680:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            int alt86=2;
            int LA86_0 = input.LA(1);

            if ( LA86_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt86=1;
            }
            else if ( LA86_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt86=1;
            }
            else if ( LA86_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt86=1;
            }
            else if ( LA86_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt86=1;
            }
            switch (alt86) {
                case 1 :
                    // InternalAssign.g:7680:2: rule__PciDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:7688:1: rule__PciDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) ;
    public final void rule__PciDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7693:1: ( ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) )
            // InternalAssign.g:7694:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            {
            // InternalAssign.g:7694:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            int alt87=4;
            int LA87_0 = input.LA(1);

            if ( LA87_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt87=1;
            }
            else if ( LA87_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt87=2;
            }
            else if ( LA87_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt87=3;
            }
            else if ( LA87_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt87=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 87, 0, input);

                throw nvae;
            }
            switch (alt87) {
                case 1 :
                    // InternalAssign.g:7695:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7695:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:7696:4: {...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:7696:105: ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:7697:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7703:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    // InternalAssign.g:7704:6: ( rule__PciDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:7705:6: ( rule__PciDevice__Group_3_0__0 )
                    // InternalAssign.g:7705:7: rule__PciDevice__Group_3_0__0
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
                    // InternalAssign.g:7710:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7710:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:7711:4: {...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:7711:105: ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:7712:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7718:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    // InternalAssign.g:7719:6: ( rule__PciDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:7720:6: ( rule__PciDevice__Group_3_1__0 )
                    // InternalAssign.g:7720:7: rule__PciDevice__Group_3_1__0
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
                    // InternalAssign.g:7725:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7725:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    // InternalAssign.g:7726:4: {...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2)");
                    }
                    // InternalAssign.g:7726:105: ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    // InternalAssign.g:7727:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7733:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    // InternalAssign.g:7734:6: ( rule__PciDevice__Group_3_2__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_2()); 
                    // InternalAssign.g:7735:6: ( rule__PciDevice__Group_3_2__0 )
                    // InternalAssign.g:7735:7: rule__PciDevice__Group_3_2__0
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
                    // InternalAssign.g:7740:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    {
                    // InternalAssign.g:7740:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    // InternalAssign.g:7741:4: {...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3)");
                    }
                    // InternalAssign.g:7741:105: ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    // InternalAssign.g:7742:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7748:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    // InternalAssign.g:7749:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getBridgeAssignment_3_3()); 
                    // InternalAssign.g:7750:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    // InternalAssign.g:7750:7: rule__PciDevice__BridgeAssignment_3_3
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
    // InternalAssign.g:7763:1: rule__PciDevice__UnorderedGroup_3__0 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7767:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:7768:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_60);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7769:2: ( rule__PciDevice__UnorderedGroup_3__1 )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( LA88_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt88=1;
            }
            else if ( LA88_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt88=1;
            }
            else if ( LA88_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt88=1;
            }
            else if ( LA88_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalAssign.g:7769:2: rule__PciDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:7775:1: rule__PciDevice__UnorderedGroup_3__1 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7779:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? )
            // InternalAssign.g:7780:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )?
            {
            pushFollow(FOLLOW_60);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7781:2: ( rule__PciDevice__UnorderedGroup_3__2 )?
            int alt89=2;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt89=1;
            }
            else if ( LA89_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt89=1;
            }
            else if ( LA89_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt89=1;
            }
            else if ( LA89_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt89=1;
            }
            switch (alt89) {
                case 1 :
                    // InternalAssign.g:7781:2: rule__PciDevice__UnorderedGroup_3__2
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
    // InternalAssign.g:7787:1: rule__PciDevice__UnorderedGroup_3__2 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7791:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? )
            // InternalAssign.g:7792:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )?
            {
            pushFollow(FOLLOW_60);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7793:2: ( rule__PciDevice__UnorderedGroup_3__3 )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( LA90_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt90=1;
            }
            else if ( LA90_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt90=1;
            }
            else if ( LA90_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt90=1;
            }
            else if ( LA90_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalAssign.g:7793:2: rule__PciDevice__UnorderedGroup_3__3
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
    // InternalAssign.g:7799:1: rule__PciDevice__UnorderedGroup_3__3 : rule__PciDevice__UnorderedGroup_3__Impl ;
    public final void rule__PciDevice__UnorderedGroup_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7803:1: ( rule__PciDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:7804:2: rule__PciDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:7811:1: rule__PlatformDevice__UnorderedGroup_3 : ( rule__PlatformDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:7816:1: ( ( rule__PlatformDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:7817:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:7817:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( LA91_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt91=1;
            }
            else if ( LA91_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalAssign.g:7817:2: rule__PlatformDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:7825:1: rule__PlatformDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) ;
    public final void rule__PlatformDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7830:1: ( ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) )
            // InternalAssign.g:7831:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            {
            // InternalAssign.g:7831:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( LA92_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt92=1;
            }
            else if ( LA92_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt92=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 92, 0, input);

                throw nvae;
            }
            switch (alt92) {
                case 1 :
                    // InternalAssign.g:7832:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7832:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:7833:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:7833:110: ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:7834:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7840:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    // InternalAssign.g:7841:6: ( rule__PlatformDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:7842:6: ( rule__PlatformDevice__Group_3_0__0 )
                    // InternalAssign.g:7842:7: rule__PlatformDevice__Group_3_0__0
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
                    // InternalAssign.g:7847:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7847:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:7848:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:7848:110: ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:7849:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7855:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    // InternalAssign.g:7856:6: ( rule__PlatformDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:7857:6: ( rule__PlatformDevice__Group_3_1__0 )
                    // InternalAssign.g:7857:7: rule__PlatformDevice__Group_3_1__0
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
    // InternalAssign.g:7870:1: rule__PlatformDevice__UnorderedGroup_3__0 : rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7874:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:7875:2: rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_61);
            rule__PlatformDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7876:2: ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( LA93_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt93=1;
            }
            else if ( LA93_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalAssign.g:7876:2: rule__PlatformDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:7882:1: rule__PlatformDevice__UnorderedGroup_3__1 : rule__PlatformDevice__UnorderedGroup_3__Impl ;
    public final void rule__PlatformDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7886:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:7887:2: rule__PlatformDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:7894:1: rule__DeviceFacts__UnorderedGroup_0 : ( rule__DeviceFacts__UnorderedGroup_0__0 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
        	
        try {
            // InternalAssign.g:7899:1: ( ( rule__DeviceFacts__UnorderedGroup_0__0 )? )
            // InternalAssign.g:7900:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            {
            // InternalAssign.g:7900:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            int alt94=2;
            int LA94_0 = input.LA(1);

            if ( LA94_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt94=1;
            }
            else if ( LA94_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt94=1;
            }
            else if ( LA94_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt94=1;
            }
            else if ( LA94_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt94=1;
            }
            switch (alt94) {
                case 1 :
                    // InternalAssign.g:7900:2: rule__DeviceFacts__UnorderedGroup_0__0
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
    // InternalAssign.g:7908:1: rule__DeviceFacts__UnorderedGroup_0__Impl : ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) ;
    public final void rule__DeviceFacts__UnorderedGroup_0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7913:1: ( ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) )
            // InternalAssign.g:7914:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7914:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            int alt95=4;
            int LA95_0 = input.LA(1);

            if ( LA95_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt95=1;
            }
            else if ( LA95_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt95=2;
            }
            else if ( LA95_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt95=3;
            }
            else if ( LA95_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt95=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 95, 0, input);

                throw nvae;
            }
            switch (alt95) {
                case 1 :
                    // InternalAssign.g:7915:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7915:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    // InternalAssign.g:7916:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0)");
                    }
                    // InternalAssign.g:7916:107: ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    // InternalAssign.g:7917:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7923:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    // InternalAssign.g:7924:6: ( rule__DeviceFacts__Group_0_0__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_0()); 
                    // InternalAssign.g:7925:6: ( rule__DeviceFacts__Group_0_0__0 )
                    // InternalAssign.g:7925:7: rule__DeviceFacts__Group_0_0__0
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
                    // InternalAssign.g:7930:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7930:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    // InternalAssign.g:7931:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1)");
                    }
                    // InternalAssign.g:7931:107: ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    // InternalAssign.g:7932:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7938:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    // InternalAssign.g:7939:6: ( rule__DeviceFacts__Group_0_1__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_1()); 
                    // InternalAssign.g:7940:6: ( rule__DeviceFacts__Group_0_1__0 )
                    // InternalAssign.g:7940:7: rule__DeviceFacts__Group_0_1__0
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
                    // InternalAssign.g:7945:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7945:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    // InternalAssign.g:7946:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2)");
                    }
                    // InternalAssign.g:7946:107: ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    // InternalAssign.g:7947:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7953:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    // InternalAssign.g:7954:6: ( rule__DeviceFacts__Group_0_2__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_2()); 
                    // InternalAssign.g:7955:6: ( rule__DeviceFacts__Group_0_2__0 )
                    // InternalAssign.g:7955:7: rule__DeviceFacts__Group_0_2__0
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
                case 4 :
                    // InternalAssign.g:7960:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7960:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    // InternalAssign.g:7961:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3)");
                    }
                    // InternalAssign.g:7961:107: ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    // InternalAssign.g:7962:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7968:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    // InternalAssign.g:7969:6: ( rule__DeviceFacts__Group_0_3__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_3()); 
                    // InternalAssign.g:7970:6: ( rule__DeviceFacts__Group_0_3__0 )
                    // InternalAssign.g:7970:7: rule__DeviceFacts__Group_0_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__Group_0_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDeviceFactsAccess().getGroup_0_3()); 

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
    // InternalAssign.g:7983:1: rule__DeviceFacts__UnorderedGroup_0__0 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7987:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? )
            // InternalAssign.g:7988:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            {
            pushFollow(FOLLOW_62);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:7989:2: ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            int alt96=2;
            int LA96_0 = input.LA(1);

            if ( LA96_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt96=1;
            }
            else if ( LA96_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt96=1;
            }
            else if ( LA96_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt96=1;
            }
            else if ( LA96_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt96=1;
            }
            switch (alt96) {
                case 1 :
                    // InternalAssign.g:7989:2: rule__DeviceFacts__UnorderedGroup_0__1
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
    // InternalAssign.g:7995:1: rule__DeviceFacts__UnorderedGroup_0__1 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7999:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? )
            // InternalAssign.g:8000:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            {
            pushFollow(FOLLOW_62);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8001:2: ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( LA97_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt97=1;
            }
            else if ( LA97_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt97=1;
            }
            else if ( LA97_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt97=1;
            }
            else if ( LA97_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalAssign.g:8001:2: rule__DeviceFacts__UnorderedGroup_0__2
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
    // InternalAssign.g:8007:1: rule__DeviceFacts__UnorderedGroup_0__2 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8011:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? )
            // InternalAssign.g:8012:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            {
            pushFollow(FOLLOW_62);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8013:2: ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( LA98_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt98=1;
            }
            else if ( LA98_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt98=1;
            }
            else if ( LA98_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt98=1;
            }
            else if ( LA98_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt98=1;
            }
            switch (alt98) {
                case 1 :
                    // InternalAssign.g:8013:2: rule__DeviceFacts__UnorderedGroup_0__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__DeviceFacts__UnorderedGroup_0__3();

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
    // $ANTLR end "rule__DeviceFacts__UnorderedGroup_0__2"


    // $ANTLR start "rule__DeviceFacts__UnorderedGroup_0__3"
    // InternalAssign.g:8019:1: rule__DeviceFacts__UnorderedGroup_0__3 : rule__DeviceFacts__UnorderedGroup_0__Impl ;
    public final void rule__DeviceFacts__UnorderedGroup_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8023:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl )
            // InternalAssign.g:8024:2: rule__DeviceFacts__UnorderedGroup_0__Impl
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
    // $ANTLR end "rule__DeviceFacts__UnorderedGroup_0__3"


    // $ANTLR start "rule__AssignmentConfig__ImportsAssignment_0"
    // InternalAssign.g:8031:1: rule__AssignmentConfig__ImportsAssignment_0 : ( ruleImport ) ;
    public final void rule__AssignmentConfig__ImportsAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8035:1: ( ( ruleImport ) )
            // InternalAssign.g:8036:2: ( ruleImport )
            {
            // InternalAssign.g:8036:2: ( ruleImport )
            // InternalAssign.g:8037:3: ruleImport
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
    // InternalAssign.g:8046:1: rule__AssignmentConfig__NameAssignment_2 : ( ruleName ) ;
    public final void rule__AssignmentConfig__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8050:1: ( ( ruleName ) )
            // InternalAssign.g:8051:2: ( ruleName )
            {
            // InternalAssign.g:8051:2: ( ruleName )
            // InternalAssign.g:8052:3: ruleName
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
    // InternalAssign.g:8061:1: rule__AssignmentConfig__BoardAssignment_3_1_0 : ( ( ruleBoardRef ) ) ;
    public final void rule__AssignmentConfig__BoardAssignment_3_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8065:1: ( ( ( ruleBoardRef ) ) )
            // InternalAssign.g:8066:2: ( ( ruleBoardRef ) )
            {
            // InternalAssign.g:8066:2: ( ( ruleBoardRef ) )
            // InternalAssign.g:8067:3: ( ruleBoardRef )
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardBoardCrossReference_3_1_0_0()); 
            // InternalAssign.g:8068:3: ( ruleBoardRef )
            // InternalAssign.g:8069:4: ruleBoardRef
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
    // InternalAssign.g:8080:1: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 : ( ruleInlineBoard ) ;
    public final void rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8084:1: ( ( ruleInlineBoard ) )
            // InternalAssign.g:8085:2: ( ruleInlineBoard )
            {
            // InternalAssign.g:8085:2: ( ruleInlineBoard )
            // InternalAssign.g:8086:3: ruleInlineBoard
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
    // InternalAssign.g:8095:1: rule__AssignmentConfig__ConsumersAssignment_4_0 : ( ruleConsumer ) ;
    public final void rule__AssignmentConfig__ConsumersAssignment_4_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8099:1: ( ( ruleConsumer ) )
            // InternalAssign.g:8100:2: ( ruleConsumer )
            {
            // InternalAssign.g:8100:2: ( ruleConsumer )
            // InternalAssign.g:8101:3: ruleConsumer
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
    // InternalAssign.g:8110:1: rule__AssignmentConfig__AssignmentsAssignment_4_1 : ( ruleAssignment ) ;
    public final void rule__AssignmentConfig__AssignmentsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8114:1: ( ( ruleAssignment ) )
            // InternalAssign.g:8115:2: ( ruleAssignment )
            {
            // InternalAssign.g:8115:2: ( ruleAssignment )
            // InternalAssign.g:8116:3: ruleAssignment
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
    // InternalAssign.g:8125:1: rule__Import__ImportURIAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Import__ImportURIAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8129:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8130:2: ( RULE_STRING )
            {
            // InternalAssign.g:8130:2: ( RULE_STRING )
            // InternalAssign.g:8131:3: RULE_STRING
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
    // InternalAssign.g:8140:1: rule__VmGuest__NameAssignment_1 : ( ruleName ) ;
    public final void rule__VmGuest__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8144:1: ( ( ruleName ) )
            // InternalAssign.g:8145:2: ( ruleName )
            {
            // InternalAssign.g:8145:2: ( ruleName )
            // InternalAssign.g:8146:3: ruleName
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
    // InternalAssign.g:8155:1: rule__VmGuest__MemorySizeAssignment_2_1_0_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemorySizeAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8159:1: ( ( ruleSize ) )
            // InternalAssign.g:8160:2: ( ruleSize )
            {
            // InternalAssign.g:8160:2: ( ruleSize )
            // InternalAssign.g:8161:3: ruleSize
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
    // InternalAssign.g:8170:1: rule__VmGuest__VcpusAssignment_2_1_1_1 : ( RULE_INT ) ;
    public final void rule__VmGuest__VcpusAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8174:1: ( ( RULE_INT ) )
            // InternalAssign.g:8175:2: ( RULE_INT )
            {
            // InternalAssign.g:8175:2: ( RULE_INT )
            // InternalAssign.g:8176:3: RULE_INT
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
    // InternalAssign.g:8185:1: rule__VmGuest__MachineAssignment_2_1_2_1 : ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) ;
    public final void rule__VmGuest__MachineAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8189:1: ( ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) )
            // InternalAssign.g:8190:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            {
            // InternalAssign.g:8190:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            // InternalAssign.g:8191:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAlternatives_2_1_2_1_0()); 
            // InternalAssign.g:8192:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            // InternalAssign.g:8192:4: rule__VmGuest__MachineAlternatives_2_1_2_1_0
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
    // InternalAssign.g:8200:1: rule__VmGuest__MemlockLimitAssignment_2_1_3_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemlockLimitAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8204:1: ( ( ruleSize ) )
            // InternalAssign.g:8205:2: ( ruleSize )
            {
            // InternalAssign.g:8205:2: ( ruleSize )
            // InternalAssign.g:8206:3: ruleSize
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


    // $ANTLR start "rule__VmGuest__QemuVersionAssignment_2_1_4_1"
    // InternalAssign.g:8215:1: rule__VmGuest__QemuVersionAssignment_2_1_4_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__QemuVersionAssignment_2_1_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8219:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8220:2: ( RULE_STRING )
            {
            // InternalAssign.g:8220:2: ( RULE_STRING )
            // InternalAssign.g:8221:3: RULE_STRING
            {
             before(grammarAccess.getVmGuestAccess().getQemuVersionSTRINGTerminalRuleCall_2_1_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getQemuVersionSTRINGTerminalRuleCall_2_1_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__QemuVersionAssignment_2_1_4_1"


    // $ANTLR start "rule__VmGuest__LibvirtVersionAssignment_2_1_5_1"
    // InternalAssign.g:8230:1: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__LibvirtVersionAssignment_2_1_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8234:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8235:2: ( RULE_STRING )
            {
            // InternalAssign.g:8235:2: ( RULE_STRING )
            // InternalAssign.g:8236:3: RULE_STRING
            {
             before(grammarAccess.getVmGuestAccess().getLibvirtVersionSTRINGTerminalRuleCall_2_1_5_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getVmGuestAccess().getLibvirtVersionSTRINGTerminalRuleCall_2_1_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VmGuest__LibvirtVersionAssignment_2_1_5_1"


    // $ANTLR start "rule__UserspaceDriver__NameAssignment_1"
    // InternalAssign.g:8245:1: rule__UserspaceDriver__NameAssignment_1 : ( ruleName ) ;
    public final void rule__UserspaceDriver__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8249:1: ( ( ruleName ) )
            // InternalAssign.g:8250:2: ( ruleName )
            {
            // InternalAssign.g:8250:2: ( ruleName )
            // InternalAssign.g:8251:3: ruleName
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
    // InternalAssign.g:8260:1: rule__UserspaceDriver__UidAssignment_2_1_0_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__UidAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8264:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8265:2: ( ruleUnixId )
            {
            // InternalAssign.g:8265:2: ( ruleUnixId )
            // InternalAssign.g:8266:3: ruleUnixId
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidUnixIdParserRuleCall_2_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleUnixId();

            state._fsp--;

             after(grammarAccess.getUserspaceDriverAccess().getUidUnixIdParserRuleCall_2_1_0_1_0()); 

            }


            }

        }
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
    // InternalAssign.g:8275:1: rule__UserspaceDriver__GidAssignment_2_1_1_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__GidAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8279:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8280:2: ( ruleUnixId )
            {
            // InternalAssign.g:8280:2: ( ruleUnixId )
            // InternalAssign.g:8281:3: ruleUnixId
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidUnixIdParserRuleCall_2_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleUnixId();

            state._fsp--;

             after(grammarAccess.getUserspaceDriverAccess().getGidUnixIdParserRuleCall_2_1_1_1_0()); 

            }


            }

        }
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
    // InternalAssign.g:8290:1: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 : ( ruleSize ) ;
    public final void rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8294:1: ( ( ruleSize ) )
            // InternalAssign.g:8295:2: ( ruleSize )
            {
            // InternalAssign.g:8295:2: ( ruleSize )
            // InternalAssign.g:8296:3: ruleSize
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
    // InternalAssign.g:8305:1: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 : ( RULE_STRING ) ;
    public final void rule__UserspaceDriver__SocketPathAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8309:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8310:2: ( RULE_STRING )
            {
            // InternalAssign.g:8310:2: ( RULE_STRING )
            // InternalAssign.g:8311:3: RULE_STRING
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
    // InternalAssign.g:8320:1: rule__Probe__NameAssignment_1 : ( ruleName ) ;
    public final void rule__Probe__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8324:1: ( ( ruleName ) )
            // InternalAssign.g:8325:2: ( ruleName )
            {
            // InternalAssign.g:8325:2: ( ruleName )
            // InternalAssign.g:8326:3: ruleName
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
    // InternalAssign.g:8335:1: rule__Probe__MemlockLimitAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__Probe__MemlockLimitAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8339:1: ( ( ruleSize ) )
            // InternalAssign.g:8340:2: ( ruleSize )
            {
            // InternalAssign.g:8340:2: ( ruleSize )
            // InternalAssign.g:8341:3: ruleSize
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
    // InternalAssign.g:8350:1: rule__Assignment__DeviceAssignment_1_0 : ( ( ruleDeviceRef ) ) ;
    public final void rule__Assignment__DeviceAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8354:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8355:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8355:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8356:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_0_0()); 
            // InternalAssign.g:8357:3: ( ruleDeviceRef )
            // InternalAssign.g:8358:4: ruleDeviceRef
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
    // InternalAssign.g:8369:1: rule__Assignment__GroupAssignment_1_1_1 : ( ( ruleGroupId ) ) ;
    public final void rule__Assignment__GroupAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8373:1: ( ( ( ruleGroupId ) ) )
            // InternalAssign.g:8374:2: ( ( ruleGroupId ) )
            {
            // InternalAssign.g:8374:2: ( ( ruleGroupId ) )
            // InternalAssign.g:8375:3: ( ruleGroupId )
            {
             before(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_1_1_0()); 
            // InternalAssign.g:8376:3: ( ruleGroupId )
            // InternalAssign.g:8377:4: ruleGroupId
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
    // InternalAssign.g:8388:1: rule__Assignment__ConsumerAssignment_3 : ( ( ruleName ) ) ;
    public final void rule__Assignment__ConsumerAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8392:1: ( ( ( ruleName ) ) )
            // InternalAssign.g:8393:2: ( ( ruleName ) )
            {
            // InternalAssign.g:8393:2: ( ( ruleName ) )
            // InternalAssign.g:8394:3: ( ruleName )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerConsumerCrossReference_3_0()); 
            // InternalAssign.g:8395:3: ( ruleName )
            // InternalAssign.g:8396:4: ruleName
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
    // InternalAssign.g:8407:1: rule__Assignment__DriverAssignment_4_1_0_1 : ( ruleVfioDriver ) ;
    public final void rule__Assignment__DriverAssignment_4_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8411:1: ( ( ruleVfioDriver ) )
            // InternalAssign.g:8412:2: ( ruleVfioDriver )
            {
            // InternalAssign.g:8412:2: ( ruleVfioDriver )
            // InternalAssign.g:8413:3: ruleVfioDriver
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
    // InternalAssign.g:8422:1: rule__Assignment__OpenPathAssignment_4_1_1_1 : ( ruleOpenPath ) ;
    public final void rule__Assignment__OpenPathAssignment_4_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8426:1: ( ( ruleOpenPath ) )
            // InternalAssign.g:8427:2: ( ruleOpenPath )
            {
            // InternalAssign.g:8427:2: ( ruleOpenPath )
            // InternalAssign.g:8428:3: ruleOpenPath
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
    // InternalAssign.g:8437:1: rule__Assignment__ResetPolicyAssignment_4_1_2_1 : ( ruleResetPolicy ) ;
    public final void rule__Assignment__ResetPolicyAssignment_4_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8441:1: ( ( ruleResetPolicy ) )
            // InternalAssign.g:8442:2: ( ruleResetPolicy )
            {
            // InternalAssign.g:8442:2: ( ruleResetPolicy )
            // InternalAssign.g:8443:3: ruleResetPolicy
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
    // InternalAssign.g:8452:1: rule__Assignment__PersistentAssignment_4_1_3 : ( ( 'persistent' ) ) ;
    public final void rule__Assignment__PersistentAssignment_4_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8456:1: ( ( ( 'persistent' ) ) )
            // InternalAssign.g:8457:2: ( ( 'persistent' ) )
            {
            // InternalAssign.g:8457:2: ( ( 'persistent' ) )
            // InternalAssign.g:8458:3: ( 'persistent' )
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            // InternalAssign.g:8459:3: ( 'persistent' )
            // InternalAssign.g:8460:4: 'persistent'
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            match(input,32,FOLLOW_2); 
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


    // $ANTLR start "rule__Assignment__ForceAssignment_4_1_4"
    // InternalAssign.g:8471:1: rule__Assignment__ForceAssignment_4_1_4 : ( ( 'force' ) ) ;
    public final void rule__Assignment__ForceAssignment_4_1_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8475:1: ( ( ( 'force' ) ) )
            // InternalAssign.g:8476:2: ( ( 'force' ) )
            {
            // InternalAssign.g:8476:2: ( ( 'force' ) )
            // InternalAssign.g:8477:3: ( 'force' )
            {
             before(grammarAccess.getAssignmentAccess().getForceForceKeyword_4_1_4_0()); 
            // InternalAssign.g:8478:3: ( 'force' )
            // InternalAssign.g:8479:4: 'force'
            {
             before(grammarAccess.getAssignmentAccess().getForceForceKeyword_4_1_4_0()); 
            match(input,33,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getForceForceKeyword_4_1_4_0()); 

            }

             after(grammarAccess.getAssignmentAccess().getForceForceKeyword_4_1_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__ForceAssignment_4_1_4"


    // $ANTLR start "rule__Assignment__RegionsAssignment_4_2_0"
    // InternalAssign.g:8490:1: rule__Assignment__RegionsAssignment_4_2_0 : ( ruleRegionMapping ) ;
    public final void rule__Assignment__RegionsAssignment_4_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8494:1: ( ( ruleRegionMapping ) )
            // InternalAssign.g:8495:2: ( ruleRegionMapping )
            {
            // InternalAssign.g:8495:2: ( ruleRegionMapping )
            // InternalAssign.g:8496:3: ruleRegionMapping
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
    // InternalAssign.g:8505:1: rule__Assignment__IrqsAssignment_4_2_1 : ( ruleIrqBinding ) ;
    public final void rule__Assignment__IrqsAssignment_4_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8509:1: ( ( ruleIrqBinding ) )
            // InternalAssign.g:8510:2: ( ruleIrqBinding )
            {
            // InternalAssign.g:8510:2: ( ruleIrqBinding )
            // InternalAssign.g:8511:3: ruleIrqBinding
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
    // InternalAssign.g:8520:1: rule__Assignment__DmaWindowsAssignment_4_2_2 : ( ruleDmaWindow ) ;
    public final void rule__Assignment__DmaWindowsAssignment_4_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8524:1: ( ( ruleDmaWindow ) )
            // InternalAssign.g:8525:2: ( ruleDmaWindow )
            {
            // InternalAssign.g:8525:2: ( ruleDmaWindow )
            // InternalAssign.g:8526:3: ruleDmaWindow
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
    // InternalAssign.g:8535:1: rule__RegionMapping__RegionAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__RegionMapping__RegionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8539:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:8540:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:8540:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:8541:3: ( ruleMemberRef )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0()); 
            // InternalAssign.g:8542:3: ( ruleMemberRef )
            // InternalAssign.g:8543:4: ruleMemberRef
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
    // InternalAssign.g:8554:1: rule__RegionMapping__ReadOnlyAssignment_2 : ( ( 'read-only' ) ) ;
    public final void rule__RegionMapping__ReadOnlyAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8558:1: ( ( ( 'read-only' ) ) )
            // InternalAssign.g:8559:2: ( ( 'read-only' ) )
            {
            // InternalAssign.g:8559:2: ( ( 'read-only' ) )
            // InternalAssign.g:8560:3: ( 'read-only' )
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 
            // InternalAssign.g:8561:3: ( 'read-only' )
            // InternalAssign.g:8562:4: 'read-only'
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
    // InternalAssign.g:8573:1: rule__IrqBinding__InterruptAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__IrqBinding__InterruptAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8577:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:8578:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:8578:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:8579:3: ( ruleMemberRef )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0()); 
            // InternalAssign.g:8580:3: ( ruleMemberRef )
            // InternalAssign.g:8581:4: ruleMemberRef
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
    // InternalAssign.g:8592:1: rule__IrqBinding__StartAssignment_2_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__StartAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8596:1: ( ( RULE_INT ) )
            // InternalAssign.g:8597:2: ( RULE_INT )
            {
            // InternalAssign.g:8597:2: ( RULE_INT )
            // InternalAssign.g:8598:3: RULE_INT
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
    // InternalAssign.g:8607:1: rule__IrqBinding__CountAssignment_3_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__CountAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8611:1: ( ( RULE_INT ) )
            // InternalAssign.g:8612:2: ( RULE_INT )
            {
            // InternalAssign.g:8612:2: ( RULE_INT )
            // InternalAssign.g:8613:3: RULE_INT
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
    // InternalAssign.g:8622:1: rule__IrqBinding__ModeAssignment_4 : ( ruleIrqMode ) ;
    public final void rule__IrqBinding__ModeAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8626:1: ( ( ruleIrqMode ) )
            // InternalAssign.g:8627:2: ( ruleIrqMode )
            {
            // InternalAssign.g:8627:2: ( ruleIrqMode )
            // InternalAssign.g:8628:3: ruleIrqMode
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
    // InternalAssign.g:8637:1: rule__DmaWindow__NameAssignment_1 : ( ruleName ) ;
    public final void rule__DmaWindow__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8641:1: ( ( ruleName ) )
            // InternalAssign.g:8642:2: ( ruleName )
            {
            // InternalAssign.g:8642:2: ( ruleName )
            // InternalAssign.g:8643:3: ruleName
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
    // InternalAssign.g:8652:1: rule__DmaWindow__IovaAssignment_3 : ( ruleNumber ) ;
    public final void rule__DmaWindow__IovaAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8656:1: ( ( ruleNumber ) )
            // InternalAssign.g:8657:2: ( ruleNumber )
            {
            // InternalAssign.g:8657:2: ( ruleNumber )
            // InternalAssign.g:8658:3: ruleNumber
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
    // InternalAssign.g:8667:1: rule__DmaWindow__SizeAssignment_5 : ( ruleSize ) ;
    public final void rule__DmaWindow__SizeAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8671:1: ( ( ruleSize ) )
            // InternalAssign.g:8672:2: ( ruleSize )
            {
            // InternalAssign.g:8672:2: ( ruleSize )
            // InternalAssign.g:8673:3: ruleSize
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
    // InternalAssign.g:8682:1: rule__DmaWindow__WritableAssignment_6_0 : ( ruleReadOnly ) ;
    public final void rule__DmaWindow__WritableAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8686:1: ( ( ruleReadOnly ) )
            // InternalAssign.g:8687:2: ( ruleReadOnly )
            {
            // InternalAssign.g:8687:2: ( ruleReadOnly )
            // InternalAssign.g:8688:3: ruleReadOnly
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
    // InternalAssign.g:8697:1: rule__DmaWindow__ReadableAssignment_6_1 : ( ruleWriteOnly ) ;
    public final void rule__DmaWindow__ReadableAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8701:1: ( ( ruleWriteOnly ) )
            // InternalAssign.g:8702:2: ( ruleWriteOnly )
            {
            // InternalAssign.g:8702:2: ( ruleWriteOnly )
            // InternalAssign.g:8703:3: ruleWriteOnly
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
    // InternalAssign.g:8712:1: rule__InlineBoard__NameAssignment_0 : ( ruleName ) ;
    public final void rule__InlineBoard__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8716:1: ( ( ruleName ) )
            // InternalAssign.g:8717:2: ( ruleName )
            {
            // InternalAssign.g:8717:2: ( ruleName )
            // InternalAssign.g:8718:3: ruleName
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
    // InternalAssign.g:8727:1: rule__InlineBoard__ArchitectureAssignment_2_0_1 : ( ruleName ) ;
    public final void rule__InlineBoard__ArchitectureAssignment_2_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8731:1: ( ( ruleName ) )
            // InternalAssign.g:8732:2: ( ruleName )
            {
            // InternalAssign.g:8732:2: ( ruleName )
            // InternalAssign.g:8733:3: ruleName
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
    // InternalAssign.g:8742:1: rule__InlineBoard__PageSizeAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__InlineBoard__PageSizeAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8746:1: ( ( ruleSize ) )
            // InternalAssign.g:8747:2: ( ruleSize )
            {
            // InternalAssign.g:8747:2: ( ruleSize )
            // InternalAssign.g:8748:3: ruleSize
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
    // InternalAssign.g:8757:1: rule__InlineBoard__KernelVersionAssignment_2_2_1 : ( RULE_STRING ) ;
    public final void rule__InlineBoard__KernelVersionAssignment_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8761:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8762:2: ( RULE_STRING )
            {
            // InternalAssign.g:8762:2: ( RULE_STRING )
            // InternalAssign.g:8763:3: RULE_STRING
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
    // InternalAssign.g:8772:1: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 : ( ruleKernelCapability ) ;
    public final void rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8776:1: ( ( ruleKernelCapability ) )
            // InternalAssign.g:8777:2: ( ruleKernelCapability )
            {
            // InternalAssign.g:8777:2: ( ruleKernelCapability )
            // InternalAssign.g:8778:3: ruleKernelCapability
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
    // InternalAssign.g:8787:1: rule__InlineBoard__DevicesAssignment_3_0 : ( ruleDevice ) ;
    public final void rule__InlineBoard__DevicesAssignment_3_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8791:1: ( ( ruleDevice ) )
            // InternalAssign.g:8792:2: ( ruleDevice )
            {
            // InternalAssign.g:8792:2: ( ruleDevice )
            // InternalAssign.g:8793:3: ruleDevice
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
    // InternalAssign.g:8802:1: rule__InlineBoard__IommuGroupsAssignment_3_1 : ( ruleIommuGroup ) ;
    public final void rule__InlineBoard__IommuGroupsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8806:1: ( ( ruleIommuGroup ) )
            // InternalAssign.g:8807:2: ( ruleIommuGroup )
            {
            // InternalAssign.g:8807:2: ( ruleIommuGroup )
            // InternalAssign.g:8808:3: ruleIommuGroup
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
    // InternalAssign.g:8817:1: rule__PciDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PciDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8821:1: ( ( ruleName ) )
            // InternalAssign.g:8822:2: ( ruleName )
            {
            // InternalAssign.g:8822:2: ( ruleName )
            // InternalAssign.g:8823:3: ruleName
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
    // InternalAssign.g:8832:1: rule__PciDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PciDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8836:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8837:2: ( RULE_STRING )
            {
            // InternalAssign.g:8837:2: ( RULE_STRING )
            // InternalAssign.g:8838:3: RULE_STRING
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
    // InternalAssign.g:8847:1: rule__PciDevice__VendorIdAssignment_3_0_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__VendorIdAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8851:1: ( ( ruleInt32 ) )
            // InternalAssign.g:8852:2: ( ruleInt32 )
            {
            // InternalAssign.g:8852:2: ( ruleInt32 )
            // InternalAssign.g:8853:3: ruleInt32
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
    // InternalAssign.g:8862:1: rule__PciDevice__DeviceIdAssignment_3_1_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__DeviceIdAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8866:1: ( ( ruleInt32 ) )
            // InternalAssign.g:8867:2: ( ruleInt32 )
            {
            // InternalAssign.g:8867:2: ( ruleInt32 )
            // InternalAssign.g:8868:3: ruleInt32
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
    // InternalAssign.g:8877:1: rule__PciDevice__ClassCodeAssignment_3_2_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__ClassCodeAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8881:1: ( ( ruleInt32 ) )
            // InternalAssign.g:8882:2: ( ruleInt32 )
            {
            // InternalAssign.g:8882:2: ( ruleInt32 )
            // InternalAssign.g:8883:3: ruleInt32
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
    // InternalAssign.g:8892:1: rule__PciDevice__BridgeAssignment_3_3 : ( ( 'bridge' ) ) ;
    public final void rule__PciDevice__BridgeAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8896:1: ( ( ( 'bridge' ) ) )
            // InternalAssign.g:8897:2: ( ( 'bridge' ) )
            {
            // InternalAssign.g:8897:2: ( ( 'bridge' ) )
            // InternalAssign.g:8898:3: ( 'bridge' )
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            // InternalAssign.g:8899:3: ( 'bridge' )
            // InternalAssign.g:8900:4: 'bridge'
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            match(input,58,FOLLOW_2); 
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
    // InternalAssign.g:8911:1: rule__PlatformDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PlatformDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8915:1: ( ( ruleName ) )
            // InternalAssign.g:8916:2: ( ruleName )
            {
            // InternalAssign.g:8916:2: ( ruleName )
            // InternalAssign.g:8917:3: ruleName
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
    // InternalAssign.g:8926:1: rule__PlatformDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8930:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8931:2: ( RULE_STRING )
            {
            // InternalAssign.g:8931:2: ( RULE_STRING )
            // InternalAssign.g:8932:3: RULE_STRING
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
    // InternalAssign.g:8941:1: rule__PlatformDevice__DtPathAssignment_3_0_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__DtPathAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8945:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8946:2: ( RULE_STRING )
            {
            // InternalAssign.g:8946:2: ( RULE_STRING )
            // InternalAssign.g:8947:3: RULE_STRING
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
    // InternalAssign.g:8956:1: rule__PlatformDevice__CompatibleAssignment_3_1_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8960:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8961:2: ( RULE_STRING )
            {
            // InternalAssign.g:8961:2: ( RULE_STRING )
            // InternalAssign.g:8962:3: RULE_STRING
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
    // InternalAssign.g:8971:1: rule__PlatformDevice__CompatibleAssignment_3_1_2_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8975:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8976:2: ( RULE_STRING )
            {
            // InternalAssign.g:8976:2: ( RULE_STRING )
            // InternalAssign.g:8977:3: RULE_STRING
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
    // InternalAssign.g:8986:1: rule__DeviceFacts__DriverAssignment_0_0_1 : ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) ;
    public final void rule__DeviceFacts__DriverAssignment_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8990:1: ( ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) )
            // InternalAssign.g:8991:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            {
            // InternalAssign.g:8991:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            // InternalAssign.g:8992:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAlternatives_0_0_1_0()); 
            // InternalAssign.g:8993:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            // InternalAssign.g:8993:4: rule__DeviceFacts__DriverAlternatives_0_0_1_0
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
    // InternalAssign.g:9001:1: rule__DeviceFacts__ProtectionAssignment_0_1_1 : ( ruleProtection ) ;
    public final void rule__DeviceFacts__ProtectionAssignment_0_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9005:1: ( ( ruleProtection ) )
            // InternalAssign.g:9006:2: ( ruleProtection )
            {
            // InternalAssign.g:9006:2: ( ruleProtection )
            // InternalAssign.g:9007:3: ruleProtection
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
    // InternalAssign.g:9016:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9020:1: ( ( ruleName ) )
            // InternalAssign.g:9021:2: ( ruleName )
            {
            // InternalAssign.g:9021:2: ( ruleName )
            // InternalAssign.g:9022:3: ruleName
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
    // InternalAssign.g:9031:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9035:1: ( ( ruleName ) )
            // InternalAssign.g:9036:2: ( ruleName )
            {
            // InternalAssign.g:9036:2: ( ruleName )
            // InternalAssign.g:9037:3: ruleName
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


    // $ANTLR start "rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1"
    // InternalAssign.g:9046:1: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 : ( RULE_INT ) ;
    public final void rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9050:1: ( ( RULE_INT ) )
            // InternalAssign.g:9051:2: ( RULE_INT )
            {
            // InternalAssign.g:9051:2: ( RULE_INT )
            // InternalAssign.g:9052:3: RULE_INT
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskBitsINTTerminalRuleCall_0_3_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDeviceFactsAccess().getDmaMaskBitsINTTerminalRuleCall_0_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1"


    // $ANTLR start "rule__DeviceFacts__RegionsAssignment_1_1_0"
    // InternalAssign.g:9061:1: rule__DeviceFacts__RegionsAssignment_1_1_0 : ( ruleRegion ) ;
    public final void rule__DeviceFacts__RegionsAssignment_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9065:1: ( ( ruleRegion ) )
            // InternalAssign.g:9066:2: ( ruleRegion )
            {
            // InternalAssign.g:9066:2: ( ruleRegion )
            // InternalAssign.g:9067:3: ruleRegion
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
    // InternalAssign.g:9076:1: rule__DeviceFacts__InterruptsAssignment_1_1_1 : ( ruleInterrupt ) ;
    public final void rule__DeviceFacts__InterruptsAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9080:1: ( ( ruleInterrupt ) )
            // InternalAssign.g:9081:2: ( ruleInterrupt )
            {
            // InternalAssign.g:9081:2: ( ruleInterrupt )
            // InternalAssign.g:9082:3: ruleInterrupt
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
    // InternalAssign.g:9091:1: rule__Region__NameAssignment_1 : ( ruleRegionName ) ;
    public final void rule__Region__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9095:1: ( ( ruleRegionName ) )
            // InternalAssign.g:9096:2: ( ruleRegionName )
            {
            // InternalAssign.g:9096:2: ( ruleRegionName )
            // InternalAssign.g:9097:3: ruleRegionName
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
    // InternalAssign.g:9106:1: rule__Region__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Region__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9110:1: ( ( RULE_INT ) )
            // InternalAssign.g:9111:2: ( RULE_INT )
            {
            // InternalAssign.g:9111:2: ( RULE_INT )
            // InternalAssign.g:9112:3: RULE_INT
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
    // InternalAssign.g:9121:1: rule__Region__KindAssignment_4 : ( ruleRegionKind ) ;
    public final void rule__Region__KindAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9125:1: ( ( ruleRegionKind ) )
            // InternalAssign.g:9126:2: ( ruleRegionKind )
            {
            // InternalAssign.g:9126:2: ( ruleRegionKind )
            // InternalAssign.g:9127:3: ruleRegionKind
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
    // InternalAssign.g:9136:1: rule__Region__BaseAssignment_5_1 : ( ruleNumber ) ;
    public final void rule__Region__BaseAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9140:1: ( ( ruleNumber ) )
            // InternalAssign.g:9141:2: ( ruleNumber )
            {
            // InternalAssign.g:9141:2: ( ruleNumber )
            // InternalAssign.g:9142:3: ruleNumber
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
    // InternalAssign.g:9151:1: rule__Region__SizeAssignment_7 : ( ruleSize ) ;
    public final void rule__Region__SizeAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9155:1: ( ( ruleSize ) )
            // InternalAssign.g:9156:2: ( ruleSize )
            {
            // InternalAssign.g:9156:2: ( ruleSize )
            // InternalAssign.g:9157:3: ruleSize
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
    // InternalAssign.g:9166:1: rule__Region__ReadableAssignment_8 : ( ( 'read' ) ) ;
    public final void rule__Region__ReadableAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9170:1: ( ( ( 'read' ) ) )
            // InternalAssign.g:9171:2: ( ( 'read' ) )
            {
            // InternalAssign.g:9171:2: ( ( 'read' ) )
            // InternalAssign.g:9172:3: ( 'read' )
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            // InternalAssign.g:9173:3: ( 'read' )
            // InternalAssign.g:9174:4: 'read'
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            match(input,74,FOLLOW_2); 
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
    // InternalAssign.g:9185:1: rule__Region__WritableAssignment_9 : ( ( 'write' ) ) ;
    public final void rule__Region__WritableAssignment_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9189:1: ( ( ( 'write' ) ) )
            // InternalAssign.g:9190:2: ( ( 'write' ) )
            {
            // InternalAssign.g:9190:2: ( ( 'write' ) )
            // InternalAssign.g:9191:3: ( 'write' )
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            // InternalAssign.g:9192:3: ( 'write' )
            // InternalAssign.g:9193:4: 'write'
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            match(input,75,FOLLOW_2); 
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
    // InternalAssign.g:9204:1: rule__Region__MmappableAssignment_10 : ( ( 'mmap' ) ) ;
    public final void rule__Region__MmappableAssignment_10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9208:1: ( ( ( 'mmap' ) ) )
            // InternalAssign.g:9209:2: ( ( 'mmap' ) )
            {
            // InternalAssign.g:9209:2: ( ( 'mmap' ) )
            // InternalAssign.g:9210:3: ( 'mmap' )
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            // InternalAssign.g:9211:3: ( 'mmap' )
            // InternalAssign.g:9212:4: 'mmap'
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            match(input,76,FOLLOW_2); 
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
    // InternalAssign.g:9223:1: rule__Interrupt__KindAssignment_1 : ( ruleInterruptKind ) ;
    public final void rule__Interrupt__KindAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9227:1: ( ( ruleInterruptKind ) )
            // InternalAssign.g:9228:2: ( ruleInterruptKind )
            {
            // InternalAssign.g:9228:2: ( ruleInterruptKind )
            // InternalAssign.g:9229:3: ruleInterruptKind
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
    // InternalAssign.g:9238:1: rule__Interrupt__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Interrupt__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9242:1: ( ( RULE_INT ) )
            // InternalAssign.g:9243:2: ( RULE_INT )
            {
            // InternalAssign.g:9243:2: ( RULE_INT )
            // InternalAssign.g:9244:3: RULE_INT
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
    // InternalAssign.g:9253:1: rule__Interrupt__CountAssignment_4_1 : ( RULE_INT ) ;
    public final void rule__Interrupt__CountAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9257:1: ( ( RULE_INT ) )
            // InternalAssign.g:9258:2: ( RULE_INT )
            {
            // InternalAssign.g:9258:2: ( RULE_INT )
            // InternalAssign.g:9259:3: RULE_INT
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
    // InternalAssign.g:9268:1: rule__Interrupt__EventfdAssignment_5 : ( ( 'eventfd' ) ) ;
    public final void rule__Interrupt__EventfdAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9272:1: ( ( ( 'eventfd' ) ) )
            // InternalAssign.g:9273:2: ( ( 'eventfd' ) )
            {
            // InternalAssign.g:9273:2: ( ( 'eventfd' ) )
            // InternalAssign.g:9274:3: ( 'eventfd' )
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            // InternalAssign.g:9275:3: ( 'eventfd' )
            // InternalAssign.g:9276:4: 'eventfd'
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            match(input,89,FOLLOW_2); 
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
    // InternalAssign.g:9287:1: rule__Interrupt__MaskableAssignment_6 : ( ( 'maskable' ) ) ;
    public final void rule__Interrupt__MaskableAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9291:1: ( ( ( 'maskable' ) ) )
            // InternalAssign.g:9292:2: ( ( 'maskable' ) )
            {
            // InternalAssign.g:9292:2: ( ( 'maskable' ) )
            // InternalAssign.g:9293:3: ( 'maskable' )
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            // InternalAssign.g:9294:3: ( 'maskable' )
            // InternalAssign.g:9295:4: 'maskable'
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            match(input,82,FOLLOW_2); 
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
    // InternalAssign.g:9306:1: rule__Interrupt__AutomaskedAssignment_7 : ( ( 'automasked' ) ) ;
    public final void rule__Interrupt__AutomaskedAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9310:1: ( ( ( 'automasked' ) ) )
            // InternalAssign.g:9311:2: ( ( 'automasked' ) )
            {
            // InternalAssign.g:9311:2: ( ( 'automasked' ) )
            // InternalAssign.g:9312:3: ( 'automasked' )
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            // InternalAssign.g:9313:3: ( 'automasked' )
            // InternalAssign.g:9314:4: 'automasked'
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            match(input,83,FOLLOW_2); 
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
    // InternalAssign.g:9325:1: rule__IommuGroup__IdAssignment_1 : ( RULE_INT ) ;
    public final void rule__IommuGroup__IdAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9329:1: ( ( RULE_INT ) )
            // InternalAssign.g:9330:2: ( RULE_INT )
            {
            // InternalAssign.g:9330:2: ( RULE_INT )
            // InternalAssign.g:9331:3: RULE_INT
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
    // InternalAssign.g:9340:1: rule__IommuGroup__NoIommuAssignment_2 : ( ( 'noiommu' ) ) ;
    public final void rule__IommuGroup__NoIommuAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9344:1: ( ( ( 'noiommu' ) ) )
            // InternalAssign.g:9345:2: ( ( 'noiommu' ) )
            {
            // InternalAssign.g:9345:2: ( ( 'noiommu' ) )
            // InternalAssign.g:9346:3: ( 'noiommu' )
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            // InternalAssign.g:9347:3: ( 'noiommu' )
            // InternalAssign.g:9348:4: 'noiommu'
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            match(input,51,FOLLOW_2); 
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


    // $ANTLR start "rule__IommuGroup__IovaRangesAssignment_3_1"
    // InternalAssign.g:9359:1: rule__IommuGroup__IovaRangesAssignment_3_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9363:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9364:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9364:2: ( ruleIovaRange )
            // InternalAssign.g:9365:3: ruleIovaRange
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIovaRange();

            state._fsp--;

             after(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__IovaRangesAssignment_3_1"


    // $ANTLR start "rule__IommuGroup__IovaRangesAssignment_3_2_1"
    // InternalAssign.g:9374:1: rule__IommuGroup__IovaRangesAssignment_3_2_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9378:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9379:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9379:2: ( ruleIovaRange )
            // InternalAssign.g:9380:3: ruleIovaRange
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIovaRange();

            state._fsp--;

             after(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__IovaRangesAssignment_3_2_1"


    // $ANTLR start "rule__IommuGroup__DevicesAssignment_5"
    // InternalAssign.g:9389:1: rule__IommuGroup__DevicesAssignment_5 : ( ( ruleDeviceRef ) ) ;
    public final void rule__IommuGroup__DevicesAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9393:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:9394:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:9394:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:9395:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_5_0()); 
            // InternalAssign.g:9396:3: ( ruleDeviceRef )
            // InternalAssign.g:9397:4: ruleDeviceRef
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesDeviceDeviceRefParserRuleCall_5_0_1()); 
            pushFollow(FOLLOW_2);
            ruleDeviceRef();

            state._fsp--;

             after(grammarAccess.getIommuGroupAccess().getDevicesDeviceDeviceRefParserRuleCall_5_0_1()); 

            }

             after(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IommuGroup__DevicesAssignment_5"


    // $ANTLR start "rule__IovaRange__StartAssignment_0"
    // InternalAssign.g:9408:1: rule__IovaRange__StartAssignment_0 : ( ruleNumber ) ;
    public final void rule__IovaRange__StartAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9412:1: ( ( ruleNumber ) )
            // InternalAssign.g:9413:2: ( ruleNumber )
            {
            // InternalAssign.g:9413:2: ( ruleNumber )
            // InternalAssign.g:9414:3: ruleNumber
            {
             before(grammarAccess.getIovaRangeAccess().getStartNumberParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getIovaRangeAccess().getStartNumberParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IovaRange__StartAssignment_0"


    // $ANTLR start "rule__IovaRange__LastAssignment_2"
    // InternalAssign.g:9423:1: rule__IovaRange__LastAssignment_2 : ( ruleNumber ) ;
    public final void rule__IovaRange__LastAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9427:1: ( ( ruleNumber ) )
            // InternalAssign.g:9428:2: ( ruleNumber )
            {
            // InternalAssign.g:9428:2: ( ruleNumber )
            // InternalAssign.g:9429:3: ruleNumber
            {
             before(grammarAccess.getIovaRangeAccess().getLastNumberParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getIovaRangeAccess().getLastNumberParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IovaRange__LastAssignment_2"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000008002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x00000000000FFFFFL});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x00000000000F0000L,0x0000000008000000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x00000000000F0002L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000100FFFFFL});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000000L,0x0000000020000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000003F00000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000000L,0x0000000040000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000090L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000000FFFFFL});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x000000001C800000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000800000L,0x0000000040000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000010FFFFFL});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000000000L,0x0000000080000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x00000003E0000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000001C00000000L,0x0000000040000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000001C00000002L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x000001E000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000022000000000L,0x0000000001000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x00001C0000000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0xFFFFFFFFFFFFC070L,0x00000000000FFFFFL});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000000000L,0x0000000306000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x00000004000FFFFFL});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000000000L,0x0000000800000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000000003000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0001E00000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0060000000000000L,0x0000000041000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0060000000000002L,0x0000000001000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x001E01C000000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x001E01C000000002L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0780000000000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x60000000A0000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x1800000000000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000000L,0x0000001000000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000002L,0x0000001000000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000000000000L,0x000000000000001FL});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000000800000000L,0x0000000040000020L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000000800000002L,0x0000000000000020L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000000L,0x0000002000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000004000L,0x0000000C000003C0L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000000L,0x0000000000001C00L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0040000000000000L,0x000000000003E000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000000000000L,0x00000002020C0000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x8008000000000000L,0x0000000020000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000400FFFFFL});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0xFFFFFFFFFFFFC062L,0x00000000000FFFFFL});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000000L,0x0000004000000000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x0000008000000000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000000000000000L,0x0000000000F00000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000003F00002L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x000000001C800002L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x00000003E0000002L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0001E00000000002L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0780000000000002L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x1800000000000002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x60000000A0000002L});

}
