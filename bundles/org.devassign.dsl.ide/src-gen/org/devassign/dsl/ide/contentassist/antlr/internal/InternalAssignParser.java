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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_STRING", "RULE_ID", "RULE_HEX", "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_ANY_OTHER", "'read-only'", "'write-only'", "'config'", "'import'", "'vm'", "'userspace'", "'probe'", "'assign'", "'memory'", "'vcpus'", "'machine'", "'memlock'", "'qemu'", "'libvirt'", "'uid'", "'gid'", "'socket'", "'driver'", "'open'", "'reset'", "'persistent'", "'map'", "'irq'", "'dma'", "'auto'", "'vfio-pci'", "'vfio-platform'", "'vfio-fsl-mc'", "'cdev'", "'if-available'", "'required'", "'never'", "'arch'", "'page'", "'kernel'", "'capabilities'", "'vfio-cdev'", "'iommufd'", "'noiommu'", "'type1v2'", "'pci'", "'platform'", "'vendor'", "'device'", "'class'", "'bridge'", "'path'", "'compatible'", "'protected'", "'dma-mask'", "'iova'", "'none'", "'root-filesystem'", "'agent-connection'", "'management'", "'policy'", "'region'", "'mmio'", "'pio'", "'rom'", "'mc-portal'", "'read'", "'write'", "'mmap'", "'intx'", "'msi'", "'msix'", "'err'", "'req'", "'maskable'", "'automasked'", "'KiB'", "'MiB'", "'GiB'", "'TiB'", "'group'", "'eventfd'", "'masked'", "'for'", "'board'", "'{'", "'}'", "'to'", "'start'", "'count'", "'at'", "'size'", "','", "'index'", "'..'", "'.'"
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

            if ( ((LA1_0>=RULE_STRING && LA1_0<=RULE_ID)||(LA1_0>=14 && LA1_0<=82)) ) {
                alt1=1;
            }
            else if ( (LA1_0==91) ) {
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

            if ( (LA4_0==RULE_ID||(LA4_0>=14 && LA4_0<=82)) ) {
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

            if ( ((LA5_0>=RULE_STRING && LA5_0<=RULE_ID)||(LA5_0>=14 && LA5_0<=82)) ) {
                alt5=1;
            }
            else if ( (LA5_0==87) ) {
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
            case 33:
                {
                alt6=1;
                }
                break;
            case 34:
                {
                alt6=2;
                }
                break;
            case 35:
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

            if ( ((LA8_0>=52 && LA8_0<=53)) ) {
                alt8=1;
            }
            else if ( (LA8_0==87) ) {
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

            if ( (LA9_0==52) ) {
                alt9=1;
            }
            else if ( (LA9_0==53) ) {
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

            if ( (LA10_0==RULE_ID||(LA10_0>=14 && LA10_0<=82)) ) {
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

            if ( (LA11_0==68) ) {
                alt11=1;
            }
            else if ( (LA11_0==34) ) {
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
    // InternalAssign.g:1215:1: rule__Name__Alternatives : ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) );
    public final void rule__Name__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1219:1: ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) )
            int alt12=70;
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
                    // InternalAssign.g:1340:2: ( 'map' )
                    {
                    // InternalAssign.g:1340:2: ( 'map' )
                    // InternalAssign.g:1341:3: 'map'
                    {
                     before(grammarAccess.getNameAccess().getMapKeyword_20()); 
                    match(input,33,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMapKeyword_20()); 

                    }


                    }
                    break;
                case 22 :
                    // InternalAssign.g:1346:2: ( 'irq' )
                    {
                    // InternalAssign.g:1346:2: ( 'irq' )
                    // InternalAssign.g:1347:3: 'irq'
                    {
                     before(grammarAccess.getNameAccess().getIrqKeyword_21()); 
                    match(input,34,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIrqKeyword_21()); 

                    }


                    }
                    break;
                case 23 :
                    // InternalAssign.g:1352:2: ( 'dma' )
                    {
                    // InternalAssign.g:1352:2: ( 'dma' )
                    // InternalAssign.g:1353:3: 'dma'
                    {
                     before(grammarAccess.getNameAccess().getDmaKeyword_22()); 
                    match(input,35,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaKeyword_22()); 

                    }


                    }
                    break;
                case 24 :
                    // InternalAssign.g:1358:2: ( 'auto' )
                    {
                    // InternalAssign.g:1358:2: ( 'auto' )
                    // InternalAssign.g:1359:3: 'auto'
                    {
                     before(grammarAccess.getNameAccess().getAutoKeyword_23()); 
                    match(input,36,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutoKeyword_23()); 

                    }


                    }
                    break;
                case 25 :
                    // InternalAssign.g:1364:2: ( 'vfio-pci' )
                    {
                    // InternalAssign.g:1364:2: ( 'vfio-pci' )
                    // InternalAssign.g:1365:3: 'vfio-pci'
                    {
                     before(grammarAccess.getNameAccess().getVfioPciKeyword_24()); 
                    match(input,37,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPciKeyword_24()); 

                    }


                    }
                    break;
                case 26 :
                    // InternalAssign.g:1370:2: ( 'vfio-platform' )
                    {
                    // InternalAssign.g:1370:2: ( 'vfio-platform' )
                    // InternalAssign.g:1371:3: 'vfio-platform'
                    {
                     before(grammarAccess.getNameAccess().getVfioPlatformKeyword_25()); 
                    match(input,38,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPlatformKeyword_25()); 

                    }


                    }
                    break;
                case 27 :
                    // InternalAssign.g:1376:2: ( 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:1376:2: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1377:3: 'vfio-fsl-mc'
                    {
                     before(grammarAccess.getNameAccess().getVfioFslMcKeyword_26()); 
                    match(input,39,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioFslMcKeyword_26()); 

                    }


                    }
                    break;
                case 28 :
                    // InternalAssign.g:1382:2: ( 'cdev' )
                    {
                    // InternalAssign.g:1382:2: ( 'cdev' )
                    // InternalAssign.g:1383:3: 'cdev'
                    {
                     before(grammarAccess.getNameAccess().getCdevKeyword_27()); 
                    match(input,40,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCdevKeyword_27()); 

                    }


                    }
                    break;
                case 29 :
                    // InternalAssign.g:1388:2: ( 'if-available' )
                    {
                    // InternalAssign.g:1388:2: ( 'if-available' )
                    // InternalAssign.g:1389:3: 'if-available'
                    {
                     before(grammarAccess.getNameAccess().getIfAvailableKeyword_28()); 
                    match(input,41,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIfAvailableKeyword_28()); 

                    }


                    }
                    break;
                case 30 :
                    // InternalAssign.g:1394:2: ( 'required' )
                    {
                    // InternalAssign.g:1394:2: ( 'required' )
                    // InternalAssign.g:1395:3: 'required'
                    {
                     before(grammarAccess.getNameAccess().getRequiredKeyword_29()); 
                    match(input,42,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRequiredKeyword_29()); 

                    }


                    }
                    break;
                case 31 :
                    // InternalAssign.g:1400:2: ( 'never' )
                    {
                    // InternalAssign.g:1400:2: ( 'never' )
                    // InternalAssign.g:1401:3: 'never'
                    {
                     before(grammarAccess.getNameAccess().getNeverKeyword_30()); 
                    match(input,43,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNeverKeyword_30()); 

                    }


                    }
                    break;
                case 32 :
                    // InternalAssign.g:1406:2: ( 'arch' )
                    {
                    // InternalAssign.g:1406:2: ( 'arch' )
                    // InternalAssign.g:1407:3: 'arch'
                    {
                     before(grammarAccess.getNameAccess().getArchKeyword_31()); 
                    match(input,44,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getArchKeyword_31()); 

                    }


                    }
                    break;
                case 33 :
                    // InternalAssign.g:1412:2: ( 'page' )
                    {
                    // InternalAssign.g:1412:2: ( 'page' )
                    // InternalAssign.g:1413:3: 'page'
                    {
                     before(grammarAccess.getNameAccess().getPageKeyword_32()); 
                    match(input,45,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPageKeyword_32()); 

                    }


                    }
                    break;
                case 34 :
                    // InternalAssign.g:1418:2: ( 'kernel' )
                    {
                    // InternalAssign.g:1418:2: ( 'kernel' )
                    // InternalAssign.g:1419:3: 'kernel'
                    {
                     before(grammarAccess.getNameAccess().getKernelKeyword_33()); 
                    match(input,46,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getKernelKeyword_33()); 

                    }


                    }
                    break;
                case 35 :
                    // InternalAssign.g:1424:2: ( 'capabilities' )
                    {
                    // InternalAssign.g:1424:2: ( 'capabilities' )
                    // InternalAssign.g:1425:3: 'capabilities'
                    {
                     before(grammarAccess.getNameAccess().getCapabilitiesKeyword_34()); 
                    match(input,47,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCapabilitiesKeyword_34()); 

                    }


                    }
                    break;
                case 36 :
                    // InternalAssign.g:1430:2: ( 'vfio-cdev' )
                    {
                    // InternalAssign.g:1430:2: ( 'vfio-cdev' )
                    // InternalAssign.g:1431:3: 'vfio-cdev'
                    {
                     before(grammarAccess.getNameAccess().getVfioCdevKeyword_35()); 
                    match(input,48,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioCdevKeyword_35()); 

                    }


                    }
                    break;
                case 37 :
                    // InternalAssign.g:1436:2: ( 'iommufd' )
                    {
                    // InternalAssign.g:1436:2: ( 'iommufd' )
                    // InternalAssign.g:1437:3: 'iommufd'
                    {
                     before(grammarAccess.getNameAccess().getIommufdKeyword_36()); 
                    match(input,49,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIommufdKeyword_36()); 

                    }


                    }
                    break;
                case 38 :
                    // InternalAssign.g:1442:2: ( 'noiommu' )
                    {
                    // InternalAssign.g:1442:2: ( 'noiommu' )
                    // InternalAssign.g:1443:3: 'noiommu'
                    {
                     before(grammarAccess.getNameAccess().getNoiommuKeyword_37()); 
                    match(input,50,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoiommuKeyword_37()); 

                    }


                    }
                    break;
                case 39 :
                    // InternalAssign.g:1448:2: ( 'type1v2' )
                    {
                    // InternalAssign.g:1448:2: ( 'type1v2' )
                    // InternalAssign.g:1449:3: 'type1v2'
                    {
                     before(grammarAccess.getNameAccess().getType1v2Keyword_38()); 
                    match(input,51,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getType1v2Keyword_38()); 

                    }


                    }
                    break;
                case 40 :
                    // InternalAssign.g:1454:2: ( 'pci' )
                    {
                    // InternalAssign.g:1454:2: ( 'pci' )
                    // InternalAssign.g:1455:3: 'pci'
                    {
                     before(grammarAccess.getNameAccess().getPciKeyword_39()); 
                    match(input,52,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPciKeyword_39()); 

                    }


                    }
                    break;
                case 41 :
                    // InternalAssign.g:1460:2: ( 'platform' )
                    {
                    // InternalAssign.g:1460:2: ( 'platform' )
                    // InternalAssign.g:1461:3: 'platform'
                    {
                     before(grammarAccess.getNameAccess().getPlatformKeyword_40()); 
                    match(input,53,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPlatformKeyword_40()); 

                    }


                    }
                    break;
                case 42 :
                    // InternalAssign.g:1466:2: ( 'vendor' )
                    {
                    // InternalAssign.g:1466:2: ( 'vendor' )
                    // InternalAssign.g:1467:3: 'vendor'
                    {
                     before(grammarAccess.getNameAccess().getVendorKeyword_41()); 
                    match(input,54,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVendorKeyword_41()); 

                    }


                    }
                    break;
                case 43 :
                    // InternalAssign.g:1472:2: ( 'device' )
                    {
                    // InternalAssign.g:1472:2: ( 'device' )
                    // InternalAssign.g:1473:3: 'device'
                    {
                     before(grammarAccess.getNameAccess().getDeviceKeyword_42()); 
                    match(input,55,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDeviceKeyword_42()); 

                    }


                    }
                    break;
                case 44 :
                    // InternalAssign.g:1478:2: ( 'class' )
                    {
                    // InternalAssign.g:1478:2: ( 'class' )
                    // InternalAssign.g:1479:3: 'class'
                    {
                     before(grammarAccess.getNameAccess().getClassKeyword_43()); 
                    match(input,56,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getClassKeyword_43()); 

                    }


                    }
                    break;
                case 45 :
                    // InternalAssign.g:1484:2: ( 'bridge' )
                    {
                    // InternalAssign.g:1484:2: ( 'bridge' )
                    // InternalAssign.g:1485:3: 'bridge'
                    {
                     before(grammarAccess.getNameAccess().getBridgeKeyword_44()); 
                    match(input,57,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getBridgeKeyword_44()); 

                    }


                    }
                    break;
                case 46 :
                    // InternalAssign.g:1490:2: ( 'path' )
                    {
                    // InternalAssign.g:1490:2: ( 'path' )
                    // InternalAssign.g:1491:3: 'path'
                    {
                     before(grammarAccess.getNameAccess().getPathKeyword_45()); 
                    match(input,58,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPathKeyword_45()); 

                    }


                    }
                    break;
                case 47 :
                    // InternalAssign.g:1496:2: ( 'compatible' )
                    {
                    // InternalAssign.g:1496:2: ( 'compatible' )
                    // InternalAssign.g:1497:3: 'compatible'
                    {
                     before(grammarAccess.getNameAccess().getCompatibleKeyword_46()); 
                    match(input,59,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCompatibleKeyword_46()); 

                    }


                    }
                    break;
                case 48 :
                    // InternalAssign.g:1502:2: ( 'protected' )
                    {
                    // InternalAssign.g:1502:2: ( 'protected' )
                    // InternalAssign.g:1503:3: 'protected'
                    {
                     before(grammarAccess.getNameAccess().getProtectedKeyword_47()); 
                    match(input,60,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getProtectedKeyword_47()); 

                    }


                    }
                    break;
                case 49 :
                    // InternalAssign.g:1508:2: ( 'dma-mask' )
                    {
                    // InternalAssign.g:1508:2: ( 'dma-mask' )
                    // InternalAssign.g:1509:3: 'dma-mask'
                    {
                     before(grammarAccess.getNameAccess().getDmaMaskKeyword_48()); 
                    match(input,61,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaMaskKeyword_48()); 

                    }


                    }
                    break;
                case 50 :
                    // InternalAssign.g:1514:2: ( 'iova' )
                    {
                    // InternalAssign.g:1514:2: ( 'iova' )
                    // InternalAssign.g:1515:3: 'iova'
                    {
                     before(grammarAccess.getNameAccess().getIovaKeyword_49()); 
                    match(input,62,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIovaKeyword_49()); 

                    }


                    }
                    break;
                case 51 :
                    // InternalAssign.g:1520:2: ( 'none' )
                    {
                    // InternalAssign.g:1520:2: ( 'none' )
                    // InternalAssign.g:1521:3: 'none'
                    {
                     before(grammarAccess.getNameAccess().getNoneKeyword_50()); 
                    match(input,63,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoneKeyword_50()); 

                    }


                    }
                    break;
                case 52 :
                    // InternalAssign.g:1526:2: ( 'root-filesystem' )
                    {
                    // InternalAssign.g:1526:2: ( 'root-filesystem' )
                    // InternalAssign.g:1527:3: 'root-filesystem'
                    {
                     before(grammarAccess.getNameAccess().getRootFilesystemKeyword_51()); 
                    match(input,64,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRootFilesystemKeyword_51()); 

                    }


                    }
                    break;
                case 53 :
                    // InternalAssign.g:1532:2: ( 'agent-connection' )
                    {
                    // InternalAssign.g:1532:2: ( 'agent-connection' )
                    // InternalAssign.g:1533:3: 'agent-connection'
                    {
                     before(grammarAccess.getNameAccess().getAgentConnectionKeyword_52()); 
                    match(input,65,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAgentConnectionKeyword_52()); 

                    }


                    }
                    break;
                case 54 :
                    // InternalAssign.g:1538:2: ( 'management' )
                    {
                    // InternalAssign.g:1538:2: ( 'management' )
                    // InternalAssign.g:1539:3: 'management'
                    {
                     before(grammarAccess.getNameAccess().getManagementKeyword_53()); 
                    match(input,66,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getManagementKeyword_53()); 

                    }


                    }
                    break;
                case 55 :
                    // InternalAssign.g:1544:2: ( 'policy' )
                    {
                    // InternalAssign.g:1544:2: ( 'policy' )
                    // InternalAssign.g:1545:3: 'policy'
                    {
                     before(grammarAccess.getNameAccess().getPolicyKeyword_54()); 
                    match(input,67,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPolicyKeyword_54()); 

                    }


                    }
                    break;
                case 56 :
                    // InternalAssign.g:1550:2: ( 'region' )
                    {
                    // InternalAssign.g:1550:2: ( 'region' )
                    // InternalAssign.g:1551:3: 'region'
                    {
                     before(grammarAccess.getNameAccess().getRegionKeyword_55()); 
                    match(input,68,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRegionKeyword_55()); 

                    }


                    }
                    break;
                case 57 :
                    // InternalAssign.g:1556:2: ( 'mmio' )
                    {
                    // InternalAssign.g:1556:2: ( 'mmio' )
                    // InternalAssign.g:1557:3: 'mmio'
                    {
                     before(grammarAccess.getNameAccess().getMmioKeyword_56()); 
                    match(input,69,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmioKeyword_56()); 

                    }


                    }
                    break;
                case 58 :
                    // InternalAssign.g:1562:2: ( 'pio' )
                    {
                    // InternalAssign.g:1562:2: ( 'pio' )
                    // InternalAssign.g:1563:3: 'pio'
                    {
                     before(grammarAccess.getNameAccess().getPioKeyword_57()); 
                    match(input,70,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPioKeyword_57()); 

                    }


                    }
                    break;
                case 59 :
                    // InternalAssign.g:1568:2: ( 'rom' )
                    {
                    // InternalAssign.g:1568:2: ( 'rom' )
                    // InternalAssign.g:1569:3: 'rom'
                    {
                     before(grammarAccess.getNameAccess().getRomKeyword_58()); 
                    match(input,71,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRomKeyword_58()); 

                    }


                    }
                    break;
                case 60 :
                    // InternalAssign.g:1574:2: ( 'mc-portal' )
                    {
                    // InternalAssign.g:1574:2: ( 'mc-portal' )
                    // InternalAssign.g:1575:3: 'mc-portal'
                    {
                     before(grammarAccess.getNameAccess().getMcPortalKeyword_59()); 
                    match(input,72,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMcPortalKeyword_59()); 

                    }


                    }
                    break;
                case 61 :
                    // InternalAssign.g:1580:2: ( 'read' )
                    {
                    // InternalAssign.g:1580:2: ( 'read' )
                    // InternalAssign.g:1581:3: 'read'
                    {
                     before(grammarAccess.getNameAccess().getReadKeyword_60()); 
                    match(input,73,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReadKeyword_60()); 

                    }


                    }
                    break;
                case 62 :
                    // InternalAssign.g:1586:2: ( 'write' )
                    {
                    // InternalAssign.g:1586:2: ( 'write' )
                    // InternalAssign.g:1587:3: 'write'
                    {
                     before(grammarAccess.getNameAccess().getWriteKeyword_61()); 
                    match(input,74,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getWriteKeyword_61()); 

                    }


                    }
                    break;
                case 63 :
                    // InternalAssign.g:1592:2: ( 'mmap' )
                    {
                    // InternalAssign.g:1592:2: ( 'mmap' )
                    // InternalAssign.g:1593:3: 'mmap'
                    {
                     before(grammarAccess.getNameAccess().getMmapKeyword_62()); 
                    match(input,75,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmapKeyword_62()); 

                    }


                    }
                    break;
                case 64 :
                    // InternalAssign.g:1598:2: ( 'intx' )
                    {
                    // InternalAssign.g:1598:2: ( 'intx' )
                    // InternalAssign.g:1599:3: 'intx'
                    {
                     before(grammarAccess.getNameAccess().getIntxKeyword_63()); 
                    match(input,76,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIntxKeyword_63()); 

                    }


                    }
                    break;
                case 65 :
                    // InternalAssign.g:1604:2: ( 'msi' )
                    {
                    // InternalAssign.g:1604:2: ( 'msi' )
                    // InternalAssign.g:1605:3: 'msi'
                    {
                     before(grammarAccess.getNameAccess().getMsiKeyword_64()); 
                    match(input,77,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsiKeyword_64()); 

                    }


                    }
                    break;
                case 66 :
                    // InternalAssign.g:1610:2: ( 'msix' )
                    {
                    // InternalAssign.g:1610:2: ( 'msix' )
                    // InternalAssign.g:1611:3: 'msix'
                    {
                     before(grammarAccess.getNameAccess().getMsixKeyword_65()); 
                    match(input,78,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsixKeyword_65()); 

                    }


                    }
                    break;
                case 67 :
                    // InternalAssign.g:1616:2: ( 'err' )
                    {
                    // InternalAssign.g:1616:2: ( 'err' )
                    // InternalAssign.g:1617:3: 'err'
                    {
                     before(grammarAccess.getNameAccess().getErrKeyword_66()); 
                    match(input,79,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getErrKeyword_66()); 

                    }


                    }
                    break;
                case 68 :
                    // InternalAssign.g:1622:2: ( 'req' )
                    {
                    // InternalAssign.g:1622:2: ( 'req' )
                    // InternalAssign.g:1623:3: 'req'
                    {
                     before(grammarAccess.getNameAccess().getReqKeyword_67()); 
                    match(input,80,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReqKeyword_67()); 

                    }


                    }
                    break;
                case 69 :
                    // InternalAssign.g:1628:2: ( 'maskable' )
                    {
                    // InternalAssign.g:1628:2: ( 'maskable' )
                    // InternalAssign.g:1629:3: 'maskable'
                    {
                     before(grammarAccess.getNameAccess().getMaskableKeyword_68()); 
                    match(input,81,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMaskableKeyword_68()); 

                    }


                    }
                    break;
                case 70 :
                    // InternalAssign.g:1634:2: ( 'automasked' )
                    {
                    // InternalAssign.g:1634:2: ( 'automasked' )
                    // InternalAssign.g:1635:3: 'automasked'
                    {
                     before(grammarAccess.getNameAccess().getAutomaskedKeyword_69()); 
                    match(input,82,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutomaskedKeyword_69()); 

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
    // InternalAssign.g:1644:1: rule__BoardRef__Alternatives : ( ( RULE_STRING ) | ( ruleName ) );
    public final void rule__BoardRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1648:1: ( ( RULE_STRING ) | ( ruleName ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING) ) {
                alt13=1;
            }
            else if ( (LA13_0==RULE_ID||(LA13_0>=14 && LA13_0<=82)) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalAssign.g:1649:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1649:2: ( RULE_STRING )
                    // InternalAssign.g:1650:3: RULE_STRING
                    {
                     before(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1655:2: ( ruleName )
                    {
                    // InternalAssign.g:1655:2: ( ruleName )
                    // InternalAssign.g:1656:3: ruleName
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
    // InternalAssign.g:1665:1: rule__DeviceRef__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1669:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_ID||(LA14_0>=14 && LA14_0<=82)) ) {
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
                    // InternalAssign.g:1670:2: ( ruleName )
                    {
                    // InternalAssign.g:1670:2: ( ruleName )
                    // InternalAssign.g:1671:3: ruleName
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
                    // InternalAssign.g:1676:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1676:2: ( RULE_STRING )
                    // InternalAssign.g:1677:3: RULE_STRING
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
    // InternalAssign.g:1686:1: rule__MemberPart__Alternatives : ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) );
    public final void rule__MemberPart__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1690:1: ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) )
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
                    // InternalAssign.g:1691:2: ( ruleName )
                    {
                    // InternalAssign.g:1691:2: ( ruleName )
                    // InternalAssign.g:1692:3: ruleName
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
                    // InternalAssign.g:1697:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1697:2: ( RULE_STRING )
                    // InternalAssign.g:1698:3: RULE_STRING
                    {
                     before(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1703:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1703:2: ( RULE_INT )
                    // InternalAssign.g:1704:3: RULE_INT
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
    // InternalAssign.g:1713:1: rule__RegionName__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__RegionName__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1717:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==RULE_ID||(LA16_0>=14 && LA16_0<=82)) ) {
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
                    // InternalAssign.g:1718:2: ( ruleName )
                    {
                    // InternalAssign.g:1718:2: ( ruleName )
                    // InternalAssign.g:1719:3: ruleName
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
                    // InternalAssign.g:1724:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1724:2: ( RULE_STRING )
                    // InternalAssign.g:1725:3: RULE_STRING
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
    // InternalAssign.g:1734:1: rule__Size__Alternatives_1 : ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) );
    public final void rule__Size__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1738:1: ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) )
            int alt17=4;
            switch ( input.LA(1) ) {
            case 83:
                {
                alt17=1;
                }
                break;
            case 84:
                {
                alt17=2;
                }
                break;
            case 85:
                {
                alt17=3;
                }
                break;
            case 86:
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
                    // InternalAssign.g:1739:2: ( 'KiB' )
                    {
                    // InternalAssign.g:1739:2: ( 'KiB' )
                    // InternalAssign.g:1740:3: 'KiB'
                    {
                     before(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 
                    match(input,83,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1745:2: ( 'MiB' )
                    {
                    // InternalAssign.g:1745:2: ( 'MiB' )
                    // InternalAssign.g:1746:3: 'MiB'
                    {
                     before(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 
                    match(input,84,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1751:2: ( 'GiB' )
                    {
                    // InternalAssign.g:1751:2: ( 'GiB' )
                    // InternalAssign.g:1752:3: 'GiB'
                    {
                     before(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 
                    match(input,85,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1757:2: ( 'TiB' )
                    {
                    // InternalAssign.g:1757:2: ( 'TiB' )
                    // InternalAssign.g:1758:3: 'TiB'
                    {
                     before(grammarAccess.getSizeAccess().getTiBKeyword_1_3()); 
                    match(input,86,FOLLOW_2); 
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
    // InternalAssign.g:1767:1: rule__Number__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Number__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1771:1: ( ( RULE_INT ) | ( RULE_HEX ) )
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
                    // InternalAssign.g:1772:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1772:2: ( RULE_INT )
                    // InternalAssign.g:1773:3: RULE_INT
                    {
                     before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1778:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1778:2: ( RULE_HEX )
                    // InternalAssign.g:1779:3: RULE_HEX
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
    // InternalAssign.g:1788:1: rule__Int32__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Int32__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1792:1: ( ( RULE_INT ) | ( RULE_HEX ) )
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
                    // InternalAssign.g:1793:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1793:2: ( RULE_INT )
                    // InternalAssign.g:1794:3: RULE_INT
                    {
                     before(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1799:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1799:2: ( RULE_HEX )
                    // InternalAssign.g:1800:3: RULE_HEX
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
    // InternalAssign.g:1809:1: rule__VfioDriver__Alternatives : ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) );
    public final void rule__VfioDriver__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1813:1: ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) )
            int alt20=4;
            switch ( input.LA(1) ) {
            case 36:
                {
                alt20=1;
                }
                break;
            case 37:
                {
                alt20=2;
                }
                break;
            case 38:
                {
                alt20=3;
                }
                break;
            case 39:
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
                    // InternalAssign.g:1814:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1814:2: ( ( 'auto' ) )
                    // InternalAssign.g:1815:3: ( 'auto' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1816:3: ( 'auto' )
                    // InternalAssign.g:1816:4: 'auto'
                    {
                    match(input,36,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1820:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1820:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1821:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1822:3: ( 'vfio-pci' )
                    // InternalAssign.g:1822:4: 'vfio-pci'
                    {
                    match(input,37,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1826:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1826:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1827:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1828:3: ( 'vfio-platform' )
                    // InternalAssign.g:1828:4: 'vfio-platform'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1832:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1832:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1833:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1834:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1834:4: 'vfio-fsl-mc'
                    {
                    match(input,39,FOLLOW_2); 

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
    // InternalAssign.g:1842:1: rule__OpenPath__Alternatives : ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) );
    public final void rule__OpenPath__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1846:1: ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) )
            int alt21=3;
            switch ( input.LA(1) ) {
            case 36:
                {
                alt21=1;
                }
                break;
            case 87:
                {
                alt21=2;
                }
                break;
            case 40:
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
                    // InternalAssign.g:1847:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1847:2: ( ( 'auto' ) )
                    // InternalAssign.g:1848:3: ( 'auto' )
                    {
                     before(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1849:3: ( 'auto' )
                    // InternalAssign.g:1849:4: 'auto'
                    {
                    match(input,36,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1853:2: ( ( 'group' ) )
                    {
                    // InternalAssign.g:1853:2: ( ( 'group' ) )
                    // InternalAssign.g:1854:3: ( 'group' )
                    {
                     before(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1855:3: ( 'group' )
                    // InternalAssign.g:1855:4: 'group'
                    {
                    match(input,87,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1859:2: ( ( 'cdev' ) )
                    {
                    // InternalAssign.g:1859:2: ( ( 'cdev' ) )
                    // InternalAssign.g:1860:3: ( 'cdev' )
                    {
                     before(grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1861:3: ( 'cdev' )
                    // InternalAssign.g:1861:4: 'cdev'
                    {
                    match(input,40,FOLLOW_2); 

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
    // InternalAssign.g:1869:1: rule__ResetPolicy__Alternatives : ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) );
    public final void rule__ResetPolicy__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1873:1: ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) )
            int alt22=3;
            switch ( input.LA(1) ) {
            case 41:
                {
                alt22=1;
                }
                break;
            case 42:
                {
                alt22=2;
                }
                break;
            case 43:
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
                    // InternalAssign.g:1874:2: ( ( 'if-available' ) )
                    {
                    // InternalAssign.g:1874:2: ( ( 'if-available' ) )
                    // InternalAssign.g:1875:3: ( 'if-available' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1876:3: ( 'if-available' )
                    // InternalAssign.g:1876:4: 'if-available'
                    {
                    match(input,41,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1880:2: ( ( 'required' ) )
                    {
                    // InternalAssign.g:1880:2: ( ( 'required' ) )
                    // InternalAssign.g:1881:3: ( 'required' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1882:3: ( 'required' )
                    // InternalAssign.g:1882:4: 'required'
                    {
                    match(input,42,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1886:2: ( ( 'never' ) )
                    {
                    // InternalAssign.g:1886:2: ( ( 'never' ) )
                    // InternalAssign.g:1887:3: ( 'never' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1888:3: ( 'never' )
                    // InternalAssign.g:1888:4: 'never'
                    {
                    match(input,43,FOLLOW_2); 

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
    // InternalAssign.g:1896:1: rule__IrqMode__Alternatives : ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) );
    public final void rule__IrqMode__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1900:1: ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) )
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==88) ) {
                alt23=1;
            }
            else if ( (LA23_0==89) ) {
                alt23=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }
            switch (alt23) {
                case 1 :
                    // InternalAssign.g:1901:2: ( ( 'eventfd' ) )
                    {
                    // InternalAssign.g:1901:2: ( ( 'eventfd' ) )
                    // InternalAssign.g:1902:3: ( 'eventfd' )
                    {
                     before(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1903:3: ( 'eventfd' )
                    // InternalAssign.g:1903:4: 'eventfd'
                    {
                    match(input,88,FOLLOW_2); 

                    }

                     after(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1907:2: ( ( 'masked' ) )
                    {
                    // InternalAssign.g:1907:2: ( ( 'masked' ) )
                    // InternalAssign.g:1908:3: ( 'masked' )
                    {
                     before(grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1909:3: ( 'masked' )
                    // InternalAssign.g:1909:4: 'masked'
                    {
                    match(input,89,FOLLOW_2); 

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
    // InternalAssign.g:1917:1: rule__KernelCapability__Alternatives : ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) );
    public final void rule__KernelCapability__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1921:1: ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) )
            int alt24=7;
            switch ( input.LA(1) ) {
            case 37:
                {
                alt24=1;
                }
                break;
            case 38:
                {
                alt24=2;
                }
                break;
            case 39:
                {
                alt24=3;
                }
                break;
            case 48:
                {
                alt24=4;
                }
                break;
            case 49:
                {
                alt24=5;
                }
                break;
            case 50:
                {
                alt24=6;
                }
                break;
            case 51:
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
                    // InternalAssign.g:1922:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1922:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1923:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1924:3: ( 'vfio-pci' )
                    // InternalAssign.g:1924:4: 'vfio-pci'
                    {
                    match(input,37,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1928:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1928:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1929:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1930:3: ( 'vfio-platform' )
                    // InternalAssign.g:1930:4: 'vfio-platform'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1934:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1934:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1935:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1936:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1936:4: 'vfio-fsl-mc'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1940:2: ( ( 'vfio-cdev' ) )
                    {
                    // InternalAssign.g:1940:2: ( ( 'vfio-cdev' ) )
                    // InternalAssign.g:1941:3: ( 'vfio-cdev' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1942:3: ( 'vfio-cdev' )
                    // InternalAssign.g:1942:4: 'vfio-cdev'
                    {
                    match(input,48,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1946:2: ( ( 'iommufd' ) )
                    {
                    // InternalAssign.g:1946:2: ( ( 'iommufd' ) )
                    // InternalAssign.g:1947:3: ( 'iommufd' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1948:3: ( 'iommufd' )
                    // InternalAssign.g:1948:4: 'iommufd'
                    {
                    match(input,49,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:1952:2: ( ( 'noiommu' ) )
                    {
                    // InternalAssign.g:1952:2: ( ( 'noiommu' ) )
                    // InternalAssign.g:1953:3: ( 'noiommu' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:1954:3: ( 'noiommu' )
                    // InternalAssign.g:1954:4: 'noiommu'
                    {
                    match(input,50,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:1958:2: ( ( 'type1v2' ) )
                    {
                    // InternalAssign.g:1958:2: ( ( 'type1v2' ) )
                    // InternalAssign.g:1959:3: ( 'type1v2' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6()); 
                    // InternalAssign.g:1960:3: ( 'type1v2' )
                    // InternalAssign.g:1960:4: 'type1v2'
                    {
                    match(input,51,FOLLOW_2); 

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
    // InternalAssign.g:1968:1: rule__Protection__Alternatives : ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) );
    public final void rule__Protection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1972:1: ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) )
            int alt25=5;
            switch ( input.LA(1) ) {
            case 63:
                {
                alt25=1;
                }
                break;
            case 64:
                {
                alt25=2;
                }
                break;
            case 65:
                {
                alt25=3;
                }
                break;
            case 66:
                {
                alt25=4;
                }
                break;
            case 67:
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
                    // InternalAssign.g:1973:2: ( ( 'none' ) )
                    {
                    // InternalAssign.g:1973:2: ( ( 'none' ) )
                    // InternalAssign.g:1974:3: ( 'none' )
                    {
                     before(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1975:3: ( 'none' )
                    // InternalAssign.g:1975:4: 'none'
                    {
                    match(input,63,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1979:2: ( ( 'root-filesystem' ) )
                    {
                    // InternalAssign.g:1979:2: ( ( 'root-filesystem' ) )
                    // InternalAssign.g:1980:3: ( 'root-filesystem' )
                    {
                     before(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1981:3: ( 'root-filesystem' )
                    // InternalAssign.g:1981:4: 'root-filesystem'
                    {
                    match(input,64,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1985:2: ( ( 'agent-connection' ) )
                    {
                    // InternalAssign.g:1985:2: ( ( 'agent-connection' ) )
                    // InternalAssign.g:1986:3: ( 'agent-connection' )
                    {
                     before(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1987:3: ( 'agent-connection' )
                    // InternalAssign.g:1987:4: 'agent-connection'
                    {
                    match(input,65,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1991:2: ( ( 'management' ) )
                    {
                    // InternalAssign.g:1991:2: ( ( 'management' ) )
                    // InternalAssign.g:1992:3: ( 'management' )
                    {
                     before(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1993:3: ( 'management' )
                    // InternalAssign.g:1993:4: 'management'
                    {
                    match(input,66,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1997:2: ( ( 'policy' ) )
                    {
                    // InternalAssign.g:1997:2: ( ( 'policy' ) )
                    // InternalAssign.g:1998:3: ( 'policy' )
                    {
                     before(grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1999:3: ( 'policy' )
                    // InternalAssign.g:1999:4: 'policy'
                    {
                    match(input,67,FOLLOW_2); 

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
    // InternalAssign.g:2007:1: rule__RegionKind__Alternatives : ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) );
    public final void rule__RegionKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2011:1: ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) )
            int alt26=5;
            switch ( input.LA(1) ) {
            case 69:
                {
                alt26=1;
                }
                break;
            case 70:
                {
                alt26=2;
                }
                break;
            case 14:
                {
                alt26=3;
                }
                break;
            case 71:
                {
                alt26=4;
                }
                break;
            case 72:
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
                    // InternalAssign.g:2012:2: ( ( 'mmio' ) )
                    {
                    // InternalAssign.g:2012:2: ( ( 'mmio' ) )
                    // InternalAssign.g:2013:3: ( 'mmio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2014:3: ( 'mmio' )
                    // InternalAssign.g:2014:4: 'mmio'
                    {
                    match(input,69,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2018:2: ( ( 'pio' ) )
                    {
                    // InternalAssign.g:2018:2: ( ( 'pio' ) )
                    // InternalAssign.g:2019:3: ( 'pio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2020:3: ( 'pio' )
                    // InternalAssign.g:2020:4: 'pio'
                    {
                    match(input,70,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2024:2: ( ( 'config' ) )
                    {
                    // InternalAssign.g:2024:2: ( ( 'config' ) )
                    // InternalAssign.g:2025:3: ( 'config' )
                    {
                     before(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2026:3: ( 'config' )
                    // InternalAssign.g:2026:4: 'config'
                    {
                    match(input,14,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2030:2: ( ( 'rom' ) )
                    {
                    // InternalAssign.g:2030:2: ( ( 'rom' ) )
                    // InternalAssign.g:2031:3: ( 'rom' )
                    {
                     before(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2032:3: ( 'rom' )
                    // InternalAssign.g:2032:4: 'rom'
                    {
                    match(input,71,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2036:2: ( ( 'mc-portal' ) )
                    {
                    // InternalAssign.g:2036:2: ( ( 'mc-portal' ) )
                    // InternalAssign.g:2037:3: ( 'mc-portal' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2038:3: ( 'mc-portal' )
                    // InternalAssign.g:2038:4: 'mc-portal'
                    {
                    match(input,72,FOLLOW_2); 

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
    // InternalAssign.g:2046:1: rule__InterruptKind__Alternatives : ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) );
    public final void rule__InterruptKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2050:1: ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) )
            int alt27=6;
            switch ( input.LA(1) ) {
            case 76:
                {
                alt27=1;
                }
                break;
            case 77:
                {
                alt27=2;
                }
                break;
            case 78:
                {
                alt27=3;
                }
                break;
            case 79:
                {
                alt27=4;
                }
                break;
            case 80:
                {
                alt27=5;
                }
                break;
            case 53:
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
                    // InternalAssign.g:2051:2: ( ( 'intx' ) )
                    {
                    // InternalAssign.g:2051:2: ( ( 'intx' ) )
                    // InternalAssign.g:2052:3: ( 'intx' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2053:3: ( 'intx' )
                    // InternalAssign.g:2053:4: 'intx'
                    {
                    match(input,76,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2057:2: ( ( 'msi' ) )
                    {
                    // InternalAssign.g:2057:2: ( ( 'msi' ) )
                    // InternalAssign.g:2058:3: ( 'msi' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2059:3: ( 'msi' )
                    // InternalAssign.g:2059:4: 'msi'
                    {
                    match(input,77,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2063:2: ( ( 'msix' ) )
                    {
                    // InternalAssign.g:2063:2: ( ( 'msix' ) )
                    // InternalAssign.g:2064:3: ( 'msix' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2065:3: ( 'msix' )
                    // InternalAssign.g:2065:4: 'msix'
                    {
                    match(input,78,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2069:2: ( ( 'err' ) )
                    {
                    // InternalAssign.g:2069:2: ( ( 'err' ) )
                    // InternalAssign.g:2070:3: ( 'err' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2071:3: ( 'err' )
                    // InternalAssign.g:2071:4: 'err'
                    {
                    match(input,79,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2075:2: ( ( 'req' ) )
                    {
                    // InternalAssign.g:2075:2: ( ( 'req' ) )
                    // InternalAssign.g:2076:3: ( 'req' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2077:3: ( 'req' )
                    // InternalAssign.g:2077:4: 'req'
                    {
                    match(input,80,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:2081:2: ( ( 'platform' ) )
                    {
                    // InternalAssign.g:2081:2: ( ( 'platform' ) )
                    // InternalAssign.g:2082:3: ( 'platform' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:2083:3: ( 'platform' )
                    // InternalAssign.g:2083:4: 'platform'
                    {
                    match(input,53,FOLLOW_2); 

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
    // InternalAssign.g:2091:1: rule__AssignmentConfig__Group__0 : rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 ;
    public final void rule__AssignmentConfig__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2095:1: ( rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 )
            // InternalAssign.g:2096:2: rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1
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
    // InternalAssign.g:2103:1: rule__AssignmentConfig__Group__0__Impl : ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) ;
    public final void rule__AssignmentConfig__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2107:1: ( ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) )
            // InternalAssign.g:2108:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            {
            // InternalAssign.g:2108:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            // InternalAssign.g:2109:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getImportsAssignment_0()); 
            // InternalAssign.g:2110:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==15) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalAssign.g:2110:3: rule__AssignmentConfig__ImportsAssignment_0
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
    // InternalAssign.g:2118:1: rule__AssignmentConfig__Group__1 : rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 ;
    public final void rule__AssignmentConfig__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2122:1: ( rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 )
            // InternalAssign.g:2123:2: rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2
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
    // InternalAssign.g:2130:1: rule__AssignmentConfig__Group__1__Impl : ( 'config' ) ;
    public final void rule__AssignmentConfig__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2134:1: ( ( 'config' ) )
            // InternalAssign.g:2135:1: ( 'config' )
            {
            // InternalAssign.g:2135:1: ( 'config' )
            // InternalAssign.g:2136:2: 'config'
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
    // InternalAssign.g:2145:1: rule__AssignmentConfig__Group__2 : rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 ;
    public final void rule__AssignmentConfig__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2149:1: ( rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 )
            // InternalAssign.g:2150:2: rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3
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
    // InternalAssign.g:2157:1: rule__AssignmentConfig__Group__2__Impl : ( ( rule__AssignmentConfig__NameAssignment_2 ) ) ;
    public final void rule__AssignmentConfig__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2161:1: ( ( ( rule__AssignmentConfig__NameAssignment_2 ) ) )
            // InternalAssign.g:2162:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            {
            // InternalAssign.g:2162:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            // InternalAssign.g:2163:2: ( rule__AssignmentConfig__NameAssignment_2 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getNameAssignment_2()); 
            // InternalAssign.g:2164:2: ( rule__AssignmentConfig__NameAssignment_2 )
            // InternalAssign.g:2164:3: rule__AssignmentConfig__NameAssignment_2
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
    // InternalAssign.g:2172:1: rule__AssignmentConfig__Group__3 : rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 ;
    public final void rule__AssignmentConfig__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2176:1: ( rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 )
            // InternalAssign.g:2177:2: rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4
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
    // InternalAssign.g:2184:1: rule__AssignmentConfig__Group__3__Impl : ( ( rule__AssignmentConfig__Group_3__0 )? ) ;
    public final void rule__AssignmentConfig__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2188:1: ( ( ( rule__AssignmentConfig__Group_3__0 )? ) )
            // InternalAssign.g:2189:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            {
            // InternalAssign.g:2189:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            // InternalAssign.g:2190:2: ( rule__AssignmentConfig__Group_3__0 )?
            {
             before(grammarAccess.getAssignmentConfigAccess().getGroup_3()); 
            // InternalAssign.g:2191:2: ( rule__AssignmentConfig__Group_3__0 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==90) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalAssign.g:2191:3: rule__AssignmentConfig__Group_3__0
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
    // InternalAssign.g:2199:1: rule__AssignmentConfig__Group__4 : rule__AssignmentConfig__Group__4__Impl ;
    public final void rule__AssignmentConfig__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2203:1: ( rule__AssignmentConfig__Group__4__Impl )
            // InternalAssign.g:2204:2: rule__AssignmentConfig__Group__4__Impl
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
    // InternalAssign.g:2210:1: rule__AssignmentConfig__Group__4__Impl : ( ( rule__AssignmentConfig__Alternatives_4 )* ) ;
    public final void rule__AssignmentConfig__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2214:1: ( ( ( rule__AssignmentConfig__Alternatives_4 )* ) )
            // InternalAssign.g:2215:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            {
            // InternalAssign.g:2215:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            // InternalAssign.g:2216:2: ( rule__AssignmentConfig__Alternatives_4 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_4()); 
            // InternalAssign.g:2217:2: ( rule__AssignmentConfig__Alternatives_4 )*
            loop30:
            do {
                int alt30=2;
                int LA30_0 = input.LA(1);

                if ( ((LA30_0>=16 && LA30_0<=19)) ) {
                    alt30=1;
                }


                switch (alt30) {
            	case 1 :
            	    // InternalAssign.g:2217:3: rule__AssignmentConfig__Alternatives_4
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
    // InternalAssign.g:2226:1: rule__AssignmentConfig__Group_3__0 : rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 ;
    public final void rule__AssignmentConfig__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2230:1: ( rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 )
            // InternalAssign.g:2231:2: rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1
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
    // InternalAssign.g:2238:1: rule__AssignmentConfig__Group_3__0__Impl : ( 'for' ) ;
    public final void rule__AssignmentConfig__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2242:1: ( ( 'for' ) )
            // InternalAssign.g:2243:1: ( 'for' )
            {
            // InternalAssign.g:2243:1: ( 'for' )
            // InternalAssign.g:2244:2: 'for'
            {
             before(grammarAccess.getAssignmentConfigAccess().getForKeyword_3_0()); 
            match(input,90,FOLLOW_2); 
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
    // InternalAssign.g:2253:1: rule__AssignmentConfig__Group_3__1 : rule__AssignmentConfig__Group_3__1__Impl ;
    public final void rule__AssignmentConfig__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2257:1: ( rule__AssignmentConfig__Group_3__1__Impl )
            // InternalAssign.g:2258:2: rule__AssignmentConfig__Group_3__1__Impl
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
    // InternalAssign.g:2264:1: rule__AssignmentConfig__Group_3__1__Impl : ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2268:1: ( ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) )
            // InternalAssign.g:2269:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            {
            // InternalAssign.g:2269:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            // InternalAssign.g:2270:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_3_1()); 
            // InternalAssign.g:2271:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            // InternalAssign.g:2271:3: rule__AssignmentConfig__Alternatives_3_1
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
    // InternalAssign.g:2280:1: rule__AssignmentConfig__Group_3_1_1__0 : rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 ;
    public final void rule__AssignmentConfig__Group_3_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2284:1: ( rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 )
            // InternalAssign.g:2285:2: rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1
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
    // InternalAssign.g:2292:1: rule__AssignmentConfig__Group_3_1_1__0__Impl : ( 'board' ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2296:1: ( ( 'board' ) )
            // InternalAssign.g:2297:1: ( 'board' )
            {
            // InternalAssign.g:2297:1: ( 'board' )
            // InternalAssign.g:2298:2: 'board'
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardKeyword_3_1_1_0()); 
            match(input,91,FOLLOW_2); 
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
    // InternalAssign.g:2307:1: rule__AssignmentConfig__Group_3_1_1__1 : rule__AssignmentConfig__Group_3_1_1__1__Impl ;
    public final void rule__AssignmentConfig__Group_3_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2311:1: ( rule__AssignmentConfig__Group_3_1_1__1__Impl )
            // InternalAssign.g:2312:2: rule__AssignmentConfig__Group_3_1_1__1__Impl
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
    // InternalAssign.g:2318:1: rule__AssignmentConfig__Group_3_1_1__1__Impl : ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2322:1: ( ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) )
            // InternalAssign.g:2323:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            {
            // InternalAssign.g:2323:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            // InternalAssign.g:2324:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getInlineBoardAssignment_3_1_1_1()); 
            // InternalAssign.g:2325:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            // InternalAssign.g:2325:3: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1
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
    // InternalAssign.g:2334:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2338:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalAssign.g:2339:2: rule__Import__Group__0__Impl rule__Import__Group__1
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
    // InternalAssign.g:2346:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2350:1: ( ( 'import' ) )
            // InternalAssign.g:2351:1: ( 'import' )
            {
            // InternalAssign.g:2351:1: ( 'import' )
            // InternalAssign.g:2352:2: 'import'
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
    // InternalAssign.g:2361:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2365:1: ( rule__Import__Group__1__Impl )
            // InternalAssign.g:2366:2: rule__Import__Group__1__Impl
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
    // InternalAssign.g:2372:1: rule__Import__Group__1__Impl : ( ( rule__Import__ImportURIAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2376:1: ( ( ( rule__Import__ImportURIAssignment_1 ) ) )
            // InternalAssign.g:2377:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            {
            // InternalAssign.g:2377:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            // InternalAssign.g:2378:2: ( rule__Import__ImportURIAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getImportURIAssignment_1()); 
            // InternalAssign.g:2379:2: ( rule__Import__ImportURIAssignment_1 )
            // InternalAssign.g:2379:3: rule__Import__ImportURIAssignment_1
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
    // InternalAssign.g:2388:1: rule__VmGuest__Group__0 : rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 ;
    public final void rule__VmGuest__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2392:1: ( rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 )
            // InternalAssign.g:2393:2: rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1
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
    // InternalAssign.g:2400:1: rule__VmGuest__Group__0__Impl : ( 'vm' ) ;
    public final void rule__VmGuest__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2404:1: ( ( 'vm' ) )
            // InternalAssign.g:2405:1: ( 'vm' )
            {
            // InternalAssign.g:2405:1: ( 'vm' )
            // InternalAssign.g:2406:2: 'vm'
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
    // InternalAssign.g:2415:1: rule__VmGuest__Group__1 : rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 ;
    public final void rule__VmGuest__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2419:1: ( rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 )
            // InternalAssign.g:2420:2: rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2
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
    // InternalAssign.g:2427:1: rule__VmGuest__Group__1__Impl : ( ( rule__VmGuest__NameAssignment_1 ) ) ;
    public final void rule__VmGuest__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2431:1: ( ( ( rule__VmGuest__NameAssignment_1 ) ) )
            // InternalAssign.g:2432:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            {
            // InternalAssign.g:2432:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            // InternalAssign.g:2433:2: ( rule__VmGuest__NameAssignment_1 )
            {
             before(grammarAccess.getVmGuestAccess().getNameAssignment_1()); 
            // InternalAssign.g:2434:2: ( rule__VmGuest__NameAssignment_1 )
            // InternalAssign.g:2434:3: rule__VmGuest__NameAssignment_1
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
    // InternalAssign.g:2442:1: rule__VmGuest__Group__2 : rule__VmGuest__Group__2__Impl ;
    public final void rule__VmGuest__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2446:1: ( rule__VmGuest__Group__2__Impl )
            // InternalAssign.g:2447:2: rule__VmGuest__Group__2__Impl
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
    // InternalAssign.g:2453:1: rule__VmGuest__Group__2__Impl : ( ( rule__VmGuest__Group_2__0 )? ) ;
    public final void rule__VmGuest__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2457:1: ( ( ( rule__VmGuest__Group_2__0 )? ) )
            // InternalAssign.g:2458:1: ( ( rule__VmGuest__Group_2__0 )? )
            {
            // InternalAssign.g:2458:1: ( ( rule__VmGuest__Group_2__0 )? )
            // InternalAssign.g:2459:2: ( rule__VmGuest__Group_2__0 )?
            {
             before(grammarAccess.getVmGuestAccess().getGroup_2()); 
            // InternalAssign.g:2460:2: ( rule__VmGuest__Group_2__0 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==92) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalAssign.g:2460:3: rule__VmGuest__Group_2__0
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
    // InternalAssign.g:2469:1: rule__VmGuest__Group_2__0 : rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 ;
    public final void rule__VmGuest__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2473:1: ( rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 )
            // InternalAssign.g:2474:2: rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1
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
    // InternalAssign.g:2481:1: rule__VmGuest__Group_2__0__Impl : ( '{' ) ;
    public final void rule__VmGuest__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2485:1: ( ( '{' ) )
            // InternalAssign.g:2486:1: ( '{' )
            {
            // InternalAssign.g:2486:1: ( '{' )
            // InternalAssign.g:2487:2: '{'
            {
             before(grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:2496:1: rule__VmGuest__Group_2__1 : rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 ;
    public final void rule__VmGuest__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2500:1: ( rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 )
            // InternalAssign.g:2501:2: rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2
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
    // InternalAssign.g:2508:1: rule__VmGuest__Group_2__1__Impl : ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) ;
    public final void rule__VmGuest__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2512:1: ( ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:2513:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:2513:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            // InternalAssign.g:2514:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:2515:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            // InternalAssign.g:2515:3: rule__VmGuest__UnorderedGroup_2_1
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
    // InternalAssign.g:2523:1: rule__VmGuest__Group_2__2 : rule__VmGuest__Group_2__2__Impl ;
    public final void rule__VmGuest__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2527:1: ( rule__VmGuest__Group_2__2__Impl )
            // InternalAssign.g:2528:2: rule__VmGuest__Group_2__2__Impl
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
    // InternalAssign.g:2534:1: rule__VmGuest__Group_2__2__Impl : ( '}' ) ;
    public final void rule__VmGuest__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2538:1: ( ( '}' ) )
            // InternalAssign.g:2539:1: ( '}' )
            {
            // InternalAssign.g:2539:1: ( '}' )
            // InternalAssign.g:2540:2: '}'
            {
             before(grammarAccess.getVmGuestAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:2550:1: rule__VmGuest__Group_2_1_0__0 : rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 ;
    public final void rule__VmGuest__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2554:1: ( rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 )
            // InternalAssign.g:2555:2: rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1
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
    // InternalAssign.g:2562:1: rule__VmGuest__Group_2_1_0__0__Impl : ( 'memory' ) ;
    public final void rule__VmGuest__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2566:1: ( ( 'memory' ) )
            // InternalAssign.g:2567:1: ( 'memory' )
            {
            // InternalAssign.g:2567:1: ( 'memory' )
            // InternalAssign.g:2568:2: 'memory'
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
    // InternalAssign.g:2577:1: rule__VmGuest__Group_2_1_0__1 : rule__VmGuest__Group_2_1_0__1__Impl ;
    public final void rule__VmGuest__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2581:1: ( rule__VmGuest__Group_2_1_0__1__Impl )
            // InternalAssign.g:2582:2: rule__VmGuest__Group_2_1_0__1__Impl
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
    // InternalAssign.g:2588:1: rule__VmGuest__Group_2_1_0__1__Impl : ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2592:1: ( ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:2593:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:2593:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            // InternalAssign.g:2594:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemorySizeAssignment_2_1_0_1()); 
            // InternalAssign.g:2595:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            // InternalAssign.g:2595:3: rule__VmGuest__MemorySizeAssignment_2_1_0_1
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
    // InternalAssign.g:2604:1: rule__VmGuest__Group_2_1_1__0 : rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 ;
    public final void rule__VmGuest__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2608:1: ( rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 )
            // InternalAssign.g:2609:2: rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1
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
    // InternalAssign.g:2616:1: rule__VmGuest__Group_2_1_1__0__Impl : ( 'vcpus' ) ;
    public final void rule__VmGuest__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2620:1: ( ( 'vcpus' ) )
            // InternalAssign.g:2621:1: ( 'vcpus' )
            {
            // InternalAssign.g:2621:1: ( 'vcpus' )
            // InternalAssign.g:2622:2: 'vcpus'
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
    // InternalAssign.g:2631:1: rule__VmGuest__Group_2_1_1__1 : rule__VmGuest__Group_2_1_1__1__Impl ;
    public final void rule__VmGuest__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2635:1: ( rule__VmGuest__Group_2_1_1__1__Impl )
            // InternalAssign.g:2636:2: rule__VmGuest__Group_2_1_1__1__Impl
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
    // InternalAssign.g:2642:1: rule__VmGuest__Group_2_1_1__1__Impl : ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2646:1: ( ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:2647:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:2647:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            // InternalAssign.g:2648:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            {
             before(grammarAccess.getVmGuestAccess().getVcpusAssignment_2_1_1_1()); 
            // InternalAssign.g:2649:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            // InternalAssign.g:2649:3: rule__VmGuest__VcpusAssignment_2_1_1_1
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
    // InternalAssign.g:2658:1: rule__VmGuest__Group_2_1_2__0 : rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 ;
    public final void rule__VmGuest__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2662:1: ( rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 )
            // InternalAssign.g:2663:2: rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1
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
    // InternalAssign.g:2670:1: rule__VmGuest__Group_2_1_2__0__Impl : ( 'machine' ) ;
    public final void rule__VmGuest__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2674:1: ( ( 'machine' ) )
            // InternalAssign.g:2675:1: ( 'machine' )
            {
            // InternalAssign.g:2675:1: ( 'machine' )
            // InternalAssign.g:2676:2: 'machine'
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
    // InternalAssign.g:2685:1: rule__VmGuest__Group_2_1_2__1 : rule__VmGuest__Group_2_1_2__1__Impl ;
    public final void rule__VmGuest__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2689:1: ( rule__VmGuest__Group_2_1_2__1__Impl )
            // InternalAssign.g:2690:2: rule__VmGuest__Group_2_1_2__1__Impl
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
    // InternalAssign.g:2696:1: rule__VmGuest__Group_2_1_2__1__Impl : ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2700:1: ( ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:2701:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:2701:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            // InternalAssign.g:2702:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAssignment_2_1_2_1()); 
            // InternalAssign.g:2703:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            // InternalAssign.g:2703:3: rule__VmGuest__MachineAssignment_2_1_2_1
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
    // InternalAssign.g:2712:1: rule__VmGuest__Group_2_1_3__0 : rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 ;
    public final void rule__VmGuest__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2716:1: ( rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 )
            // InternalAssign.g:2717:2: rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1
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
    // InternalAssign.g:2724:1: rule__VmGuest__Group_2_1_3__0__Impl : ( 'memlock' ) ;
    public final void rule__VmGuest__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2728:1: ( ( 'memlock' ) )
            // InternalAssign.g:2729:1: ( 'memlock' )
            {
            // InternalAssign.g:2729:1: ( 'memlock' )
            // InternalAssign.g:2730:2: 'memlock'
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
    // InternalAssign.g:2739:1: rule__VmGuest__Group_2_1_3__1 : rule__VmGuest__Group_2_1_3__1__Impl ;
    public final void rule__VmGuest__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2743:1: ( rule__VmGuest__Group_2_1_3__1__Impl )
            // InternalAssign.g:2744:2: rule__VmGuest__Group_2_1_3__1__Impl
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
    // InternalAssign.g:2750:1: rule__VmGuest__Group_2_1_3__1__Impl : ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2754:1: ( ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:2755:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:2755:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            // InternalAssign.g:2756:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemlockLimitAssignment_2_1_3_1()); 
            // InternalAssign.g:2757:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            // InternalAssign.g:2757:3: rule__VmGuest__MemlockLimitAssignment_2_1_3_1
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
    // InternalAssign.g:2766:1: rule__VmGuest__Group_2_1_4__0 : rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 ;
    public final void rule__VmGuest__Group_2_1_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2770:1: ( rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 )
            // InternalAssign.g:2771:2: rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1
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
    // InternalAssign.g:2778:1: rule__VmGuest__Group_2_1_4__0__Impl : ( 'qemu' ) ;
    public final void rule__VmGuest__Group_2_1_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2782:1: ( ( 'qemu' ) )
            // InternalAssign.g:2783:1: ( 'qemu' )
            {
            // InternalAssign.g:2783:1: ( 'qemu' )
            // InternalAssign.g:2784:2: 'qemu'
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
    // InternalAssign.g:2793:1: rule__VmGuest__Group_2_1_4__1 : rule__VmGuest__Group_2_1_4__1__Impl ;
    public final void rule__VmGuest__Group_2_1_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2797:1: ( rule__VmGuest__Group_2_1_4__1__Impl )
            // InternalAssign.g:2798:2: rule__VmGuest__Group_2_1_4__1__Impl
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
    // InternalAssign.g:2804:1: rule__VmGuest__Group_2_1_4__1__Impl : ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2808:1: ( ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) )
            // InternalAssign.g:2809:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            {
            // InternalAssign.g:2809:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            // InternalAssign.g:2810:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            {
             before(grammarAccess.getVmGuestAccess().getQemuVersionAssignment_2_1_4_1()); 
            // InternalAssign.g:2811:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            // InternalAssign.g:2811:3: rule__VmGuest__QemuVersionAssignment_2_1_4_1
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
    // InternalAssign.g:2820:1: rule__VmGuest__Group_2_1_5__0 : rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 ;
    public final void rule__VmGuest__Group_2_1_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2824:1: ( rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 )
            // InternalAssign.g:2825:2: rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1
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
    // InternalAssign.g:2832:1: rule__VmGuest__Group_2_1_5__0__Impl : ( 'libvirt' ) ;
    public final void rule__VmGuest__Group_2_1_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2836:1: ( ( 'libvirt' ) )
            // InternalAssign.g:2837:1: ( 'libvirt' )
            {
            // InternalAssign.g:2837:1: ( 'libvirt' )
            // InternalAssign.g:2838:2: 'libvirt'
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
    // InternalAssign.g:2847:1: rule__VmGuest__Group_2_1_5__1 : rule__VmGuest__Group_2_1_5__1__Impl ;
    public final void rule__VmGuest__Group_2_1_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2851:1: ( rule__VmGuest__Group_2_1_5__1__Impl )
            // InternalAssign.g:2852:2: rule__VmGuest__Group_2_1_5__1__Impl
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
    // InternalAssign.g:2858:1: rule__VmGuest__Group_2_1_5__1__Impl : ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2862:1: ( ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) )
            // InternalAssign.g:2863:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            {
            // InternalAssign.g:2863:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            // InternalAssign.g:2864:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            {
             before(grammarAccess.getVmGuestAccess().getLibvirtVersionAssignment_2_1_5_1()); 
            // InternalAssign.g:2865:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            // InternalAssign.g:2865:3: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1
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
    // InternalAssign.g:2874:1: rule__UserspaceDriver__Group__0 : rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 ;
    public final void rule__UserspaceDriver__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2878:1: ( rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 )
            // InternalAssign.g:2879:2: rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1
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
    // InternalAssign.g:2886:1: rule__UserspaceDriver__Group__0__Impl : ( 'userspace' ) ;
    public final void rule__UserspaceDriver__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2890:1: ( ( 'userspace' ) )
            // InternalAssign.g:2891:1: ( 'userspace' )
            {
            // InternalAssign.g:2891:1: ( 'userspace' )
            // InternalAssign.g:2892:2: 'userspace'
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
    // InternalAssign.g:2901:1: rule__UserspaceDriver__Group__1 : rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 ;
    public final void rule__UserspaceDriver__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2905:1: ( rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 )
            // InternalAssign.g:2906:2: rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2
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
    // InternalAssign.g:2913:1: rule__UserspaceDriver__Group__1__Impl : ( ( rule__UserspaceDriver__NameAssignment_1 ) ) ;
    public final void rule__UserspaceDriver__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2917:1: ( ( ( rule__UserspaceDriver__NameAssignment_1 ) ) )
            // InternalAssign.g:2918:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            {
            // InternalAssign.g:2918:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            // InternalAssign.g:2919:2: ( rule__UserspaceDriver__NameAssignment_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getNameAssignment_1()); 
            // InternalAssign.g:2920:2: ( rule__UserspaceDriver__NameAssignment_1 )
            // InternalAssign.g:2920:3: rule__UserspaceDriver__NameAssignment_1
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
    // InternalAssign.g:2928:1: rule__UserspaceDriver__Group__2 : rule__UserspaceDriver__Group__2__Impl ;
    public final void rule__UserspaceDriver__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2932:1: ( rule__UserspaceDriver__Group__2__Impl )
            // InternalAssign.g:2933:2: rule__UserspaceDriver__Group__2__Impl
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
    // InternalAssign.g:2939:1: rule__UserspaceDriver__Group__2__Impl : ( ( rule__UserspaceDriver__Group_2__0 )? ) ;
    public final void rule__UserspaceDriver__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2943:1: ( ( ( rule__UserspaceDriver__Group_2__0 )? ) )
            // InternalAssign.g:2944:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            {
            // InternalAssign.g:2944:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            // InternalAssign.g:2945:2: ( rule__UserspaceDriver__Group_2__0 )?
            {
             before(grammarAccess.getUserspaceDriverAccess().getGroup_2()); 
            // InternalAssign.g:2946:2: ( rule__UserspaceDriver__Group_2__0 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==92) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalAssign.g:2946:3: rule__UserspaceDriver__Group_2__0
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
    // InternalAssign.g:2955:1: rule__UserspaceDriver__Group_2__0 : rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 ;
    public final void rule__UserspaceDriver__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2959:1: ( rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 )
            // InternalAssign.g:2960:2: rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1
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
    // InternalAssign.g:2967:1: rule__UserspaceDriver__Group_2__0__Impl : ( '{' ) ;
    public final void rule__UserspaceDriver__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2971:1: ( ( '{' ) )
            // InternalAssign.g:2972:1: ( '{' )
            {
            // InternalAssign.g:2972:1: ( '{' )
            // InternalAssign.g:2973:2: '{'
            {
             before(grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:2982:1: rule__UserspaceDriver__Group_2__1 : rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 ;
    public final void rule__UserspaceDriver__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2986:1: ( rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 )
            // InternalAssign.g:2987:2: rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2
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
    // InternalAssign.g:2994:1: rule__UserspaceDriver__Group_2__1__Impl : ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2998:1: ( ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:2999:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:2999:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            // InternalAssign.g:3000:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:3001:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            // InternalAssign.g:3001:3: rule__UserspaceDriver__UnorderedGroup_2_1
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
    // InternalAssign.g:3009:1: rule__UserspaceDriver__Group_2__2 : rule__UserspaceDriver__Group_2__2__Impl ;
    public final void rule__UserspaceDriver__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3013:1: ( rule__UserspaceDriver__Group_2__2__Impl )
            // InternalAssign.g:3014:2: rule__UserspaceDriver__Group_2__2__Impl
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
    // InternalAssign.g:3020:1: rule__UserspaceDriver__Group_2__2__Impl : ( '}' ) ;
    public final void rule__UserspaceDriver__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3024:1: ( ( '}' ) )
            // InternalAssign.g:3025:1: ( '}' )
            {
            // InternalAssign.g:3025:1: ( '}' )
            // InternalAssign.g:3026:2: '}'
            {
             before(grammarAccess.getUserspaceDriverAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:3036:1: rule__UserspaceDriver__Group_2_1_0__0 : rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 ;
    public final void rule__UserspaceDriver__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3040:1: ( rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 )
            // InternalAssign.g:3041:2: rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1
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
    // InternalAssign.g:3048:1: rule__UserspaceDriver__Group_2_1_0__0__Impl : ( 'uid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3052:1: ( ( 'uid' ) )
            // InternalAssign.g:3053:1: ( 'uid' )
            {
            // InternalAssign.g:3053:1: ( 'uid' )
            // InternalAssign.g:3054:2: 'uid'
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
    // InternalAssign.g:3063:1: rule__UserspaceDriver__Group_2_1_0__1 : rule__UserspaceDriver__Group_2_1_0__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3067:1: ( rule__UserspaceDriver__Group_2_1_0__1__Impl )
            // InternalAssign.g:3068:2: rule__UserspaceDriver__Group_2_1_0__1__Impl
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
    // InternalAssign.g:3074:1: rule__UserspaceDriver__Group_2_1_0__1__Impl : ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3078:1: ( ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:3079:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:3079:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            // InternalAssign.g:3080:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidAssignment_2_1_0_1()); 
            // InternalAssign.g:3081:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            // InternalAssign.g:3081:3: rule__UserspaceDriver__UidAssignment_2_1_0_1
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
    // InternalAssign.g:3090:1: rule__UserspaceDriver__Group_2_1_1__0 : rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 ;
    public final void rule__UserspaceDriver__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3094:1: ( rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 )
            // InternalAssign.g:3095:2: rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1
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
    // InternalAssign.g:3102:1: rule__UserspaceDriver__Group_2_1_1__0__Impl : ( 'gid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3106:1: ( ( 'gid' ) )
            // InternalAssign.g:3107:1: ( 'gid' )
            {
            // InternalAssign.g:3107:1: ( 'gid' )
            // InternalAssign.g:3108:2: 'gid'
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
    // InternalAssign.g:3117:1: rule__UserspaceDriver__Group_2_1_1__1 : rule__UserspaceDriver__Group_2_1_1__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3121:1: ( rule__UserspaceDriver__Group_2_1_1__1__Impl )
            // InternalAssign.g:3122:2: rule__UserspaceDriver__Group_2_1_1__1__Impl
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
    // InternalAssign.g:3128:1: rule__UserspaceDriver__Group_2_1_1__1__Impl : ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3132:1: ( ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:3133:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:3133:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            // InternalAssign.g:3134:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidAssignment_2_1_1_1()); 
            // InternalAssign.g:3135:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            // InternalAssign.g:3135:3: rule__UserspaceDriver__GidAssignment_2_1_1_1
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
    // InternalAssign.g:3144:1: rule__UserspaceDriver__Group_2_1_2__0 : rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 ;
    public final void rule__UserspaceDriver__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3148:1: ( rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 )
            // InternalAssign.g:3149:2: rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1
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
    // InternalAssign.g:3156:1: rule__UserspaceDriver__Group_2_1_2__0__Impl : ( 'memlock' ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3160:1: ( ( 'memlock' ) )
            // InternalAssign.g:3161:1: ( 'memlock' )
            {
            // InternalAssign.g:3161:1: ( 'memlock' )
            // InternalAssign.g:3162:2: 'memlock'
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
    // InternalAssign.g:3171:1: rule__UserspaceDriver__Group_2_1_2__1 : rule__UserspaceDriver__Group_2_1_2__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3175:1: ( rule__UserspaceDriver__Group_2_1_2__1__Impl )
            // InternalAssign.g:3176:2: rule__UserspaceDriver__Group_2_1_2__1__Impl
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
    // InternalAssign.g:3182:1: rule__UserspaceDriver__Group_2_1_2__1__Impl : ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3186:1: ( ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:3187:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:3187:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            // InternalAssign.g:3188:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockLimitAssignment_2_1_2_1()); 
            // InternalAssign.g:3189:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            // InternalAssign.g:3189:3: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1
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
    // InternalAssign.g:3198:1: rule__UserspaceDriver__Group_2_1_3__0 : rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 ;
    public final void rule__UserspaceDriver__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3202:1: ( rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 )
            // InternalAssign.g:3203:2: rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1
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
    // InternalAssign.g:3210:1: rule__UserspaceDriver__Group_2_1_3__0__Impl : ( 'socket' ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3214:1: ( ( 'socket' ) )
            // InternalAssign.g:3215:1: ( 'socket' )
            {
            // InternalAssign.g:3215:1: ( 'socket' )
            // InternalAssign.g:3216:2: 'socket'
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
    // InternalAssign.g:3225:1: rule__UserspaceDriver__Group_2_1_3__1 : rule__UserspaceDriver__Group_2_1_3__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3229:1: ( rule__UserspaceDriver__Group_2_1_3__1__Impl )
            // InternalAssign.g:3230:2: rule__UserspaceDriver__Group_2_1_3__1__Impl
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
    // InternalAssign.g:3236:1: rule__UserspaceDriver__Group_2_1_3__1__Impl : ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3240:1: ( ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:3241:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:3241:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            // InternalAssign.g:3242:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketPathAssignment_2_1_3_1()); 
            // InternalAssign.g:3243:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            // InternalAssign.g:3243:3: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1
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
    // InternalAssign.g:3252:1: rule__Probe__Group__0 : rule__Probe__Group__0__Impl rule__Probe__Group__1 ;
    public final void rule__Probe__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3256:1: ( rule__Probe__Group__0__Impl rule__Probe__Group__1 )
            // InternalAssign.g:3257:2: rule__Probe__Group__0__Impl rule__Probe__Group__1
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
    // InternalAssign.g:3264:1: rule__Probe__Group__0__Impl : ( 'probe' ) ;
    public final void rule__Probe__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3268:1: ( ( 'probe' ) )
            // InternalAssign.g:3269:1: ( 'probe' )
            {
            // InternalAssign.g:3269:1: ( 'probe' )
            // InternalAssign.g:3270:2: 'probe'
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
    // InternalAssign.g:3279:1: rule__Probe__Group__1 : rule__Probe__Group__1__Impl rule__Probe__Group__2 ;
    public final void rule__Probe__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3283:1: ( rule__Probe__Group__1__Impl rule__Probe__Group__2 )
            // InternalAssign.g:3284:2: rule__Probe__Group__1__Impl rule__Probe__Group__2
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
    // InternalAssign.g:3291:1: rule__Probe__Group__1__Impl : ( ( rule__Probe__NameAssignment_1 ) ) ;
    public final void rule__Probe__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3295:1: ( ( ( rule__Probe__NameAssignment_1 ) ) )
            // InternalAssign.g:3296:1: ( ( rule__Probe__NameAssignment_1 ) )
            {
            // InternalAssign.g:3296:1: ( ( rule__Probe__NameAssignment_1 ) )
            // InternalAssign.g:3297:2: ( rule__Probe__NameAssignment_1 )
            {
             before(grammarAccess.getProbeAccess().getNameAssignment_1()); 
            // InternalAssign.g:3298:2: ( rule__Probe__NameAssignment_1 )
            // InternalAssign.g:3298:3: rule__Probe__NameAssignment_1
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
    // InternalAssign.g:3306:1: rule__Probe__Group__2 : rule__Probe__Group__2__Impl ;
    public final void rule__Probe__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3310:1: ( rule__Probe__Group__2__Impl )
            // InternalAssign.g:3311:2: rule__Probe__Group__2__Impl
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
    // InternalAssign.g:3317:1: rule__Probe__Group__2__Impl : ( ( rule__Probe__Group_2__0 )? ) ;
    public final void rule__Probe__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3321:1: ( ( ( rule__Probe__Group_2__0 )? ) )
            // InternalAssign.g:3322:1: ( ( rule__Probe__Group_2__0 )? )
            {
            // InternalAssign.g:3322:1: ( ( rule__Probe__Group_2__0 )? )
            // InternalAssign.g:3323:2: ( rule__Probe__Group_2__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2()); 
            // InternalAssign.g:3324:2: ( rule__Probe__Group_2__0 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==92) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalAssign.g:3324:3: rule__Probe__Group_2__0
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
    // InternalAssign.g:3333:1: rule__Probe__Group_2__0 : rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 ;
    public final void rule__Probe__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3337:1: ( rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 )
            // InternalAssign.g:3338:2: rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1
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
    // InternalAssign.g:3345:1: rule__Probe__Group_2__0__Impl : ( '{' ) ;
    public final void rule__Probe__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3349:1: ( ( '{' ) )
            // InternalAssign.g:3350:1: ( '{' )
            {
            // InternalAssign.g:3350:1: ( '{' )
            // InternalAssign.g:3351:2: '{'
            {
             before(grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:3360:1: rule__Probe__Group_2__1 : rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 ;
    public final void rule__Probe__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3364:1: ( rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 )
            // InternalAssign.g:3365:2: rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2
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
    // InternalAssign.g:3372:1: rule__Probe__Group_2__1__Impl : ( ( rule__Probe__Group_2_1__0 )? ) ;
    public final void rule__Probe__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3376:1: ( ( ( rule__Probe__Group_2_1__0 )? ) )
            // InternalAssign.g:3377:1: ( ( rule__Probe__Group_2_1__0 )? )
            {
            // InternalAssign.g:3377:1: ( ( rule__Probe__Group_2_1__0 )? )
            // InternalAssign.g:3378:2: ( rule__Probe__Group_2_1__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2_1()); 
            // InternalAssign.g:3379:2: ( rule__Probe__Group_2_1__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==23) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalAssign.g:3379:3: rule__Probe__Group_2_1__0
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
    // InternalAssign.g:3387:1: rule__Probe__Group_2__2 : rule__Probe__Group_2__2__Impl ;
    public final void rule__Probe__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3391:1: ( rule__Probe__Group_2__2__Impl )
            // InternalAssign.g:3392:2: rule__Probe__Group_2__2__Impl
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
    // InternalAssign.g:3398:1: rule__Probe__Group_2__2__Impl : ( '}' ) ;
    public final void rule__Probe__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3402:1: ( ( '}' ) )
            // InternalAssign.g:3403:1: ( '}' )
            {
            // InternalAssign.g:3403:1: ( '}' )
            // InternalAssign.g:3404:2: '}'
            {
             before(grammarAccess.getProbeAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:3414:1: rule__Probe__Group_2_1__0 : rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 ;
    public final void rule__Probe__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3418:1: ( rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 )
            // InternalAssign.g:3419:2: rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1
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
    // InternalAssign.g:3426:1: rule__Probe__Group_2_1__0__Impl : ( 'memlock' ) ;
    public final void rule__Probe__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3430:1: ( ( 'memlock' ) )
            // InternalAssign.g:3431:1: ( 'memlock' )
            {
            // InternalAssign.g:3431:1: ( 'memlock' )
            // InternalAssign.g:3432:2: 'memlock'
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
    // InternalAssign.g:3441:1: rule__Probe__Group_2_1__1 : rule__Probe__Group_2_1__1__Impl ;
    public final void rule__Probe__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3445:1: ( rule__Probe__Group_2_1__1__Impl )
            // InternalAssign.g:3446:2: rule__Probe__Group_2_1__1__Impl
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
    // InternalAssign.g:3452:1: rule__Probe__Group_2_1__1__Impl : ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) ;
    public final void rule__Probe__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3456:1: ( ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) )
            // InternalAssign.g:3457:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            {
            // InternalAssign.g:3457:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            // InternalAssign.g:3458:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            {
             before(grammarAccess.getProbeAccess().getMemlockLimitAssignment_2_1_1()); 
            // InternalAssign.g:3459:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            // InternalAssign.g:3459:3: rule__Probe__MemlockLimitAssignment_2_1_1
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
    // InternalAssign.g:3468:1: rule__Assignment__Group__0 : rule__Assignment__Group__0__Impl rule__Assignment__Group__1 ;
    public final void rule__Assignment__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3472:1: ( rule__Assignment__Group__0__Impl rule__Assignment__Group__1 )
            // InternalAssign.g:3473:2: rule__Assignment__Group__0__Impl rule__Assignment__Group__1
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
    // InternalAssign.g:3480:1: rule__Assignment__Group__0__Impl : ( 'assign' ) ;
    public final void rule__Assignment__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3484:1: ( ( 'assign' ) )
            // InternalAssign.g:3485:1: ( 'assign' )
            {
            // InternalAssign.g:3485:1: ( 'assign' )
            // InternalAssign.g:3486:2: 'assign'
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
    // InternalAssign.g:3495:1: rule__Assignment__Group__1 : rule__Assignment__Group__1__Impl rule__Assignment__Group__2 ;
    public final void rule__Assignment__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3499:1: ( rule__Assignment__Group__1__Impl rule__Assignment__Group__2 )
            // InternalAssign.g:3500:2: rule__Assignment__Group__1__Impl rule__Assignment__Group__2
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
    // InternalAssign.g:3507:1: rule__Assignment__Group__1__Impl : ( ( rule__Assignment__Alternatives_1 ) ) ;
    public final void rule__Assignment__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3511:1: ( ( ( rule__Assignment__Alternatives_1 ) ) )
            // InternalAssign.g:3512:1: ( ( rule__Assignment__Alternatives_1 ) )
            {
            // InternalAssign.g:3512:1: ( ( rule__Assignment__Alternatives_1 ) )
            // InternalAssign.g:3513:2: ( rule__Assignment__Alternatives_1 )
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_1()); 
            // InternalAssign.g:3514:2: ( rule__Assignment__Alternatives_1 )
            // InternalAssign.g:3514:3: rule__Assignment__Alternatives_1
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
    // InternalAssign.g:3522:1: rule__Assignment__Group__2 : rule__Assignment__Group__2__Impl rule__Assignment__Group__3 ;
    public final void rule__Assignment__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3526:1: ( rule__Assignment__Group__2__Impl rule__Assignment__Group__3 )
            // InternalAssign.g:3527:2: rule__Assignment__Group__2__Impl rule__Assignment__Group__3
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
    // InternalAssign.g:3534:1: rule__Assignment__Group__2__Impl : ( 'to' ) ;
    public final void rule__Assignment__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3538:1: ( ( 'to' ) )
            // InternalAssign.g:3539:1: ( 'to' )
            {
            // InternalAssign.g:3539:1: ( 'to' )
            // InternalAssign.g:3540:2: 'to'
            {
             before(grammarAccess.getAssignmentAccess().getToKeyword_2()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:3549:1: rule__Assignment__Group__3 : rule__Assignment__Group__3__Impl rule__Assignment__Group__4 ;
    public final void rule__Assignment__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3553:1: ( rule__Assignment__Group__3__Impl rule__Assignment__Group__4 )
            // InternalAssign.g:3554:2: rule__Assignment__Group__3__Impl rule__Assignment__Group__4
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
    // InternalAssign.g:3561:1: rule__Assignment__Group__3__Impl : ( ( rule__Assignment__ConsumerAssignment_3 ) ) ;
    public final void rule__Assignment__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3565:1: ( ( ( rule__Assignment__ConsumerAssignment_3 ) ) )
            // InternalAssign.g:3566:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            {
            // InternalAssign.g:3566:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            // InternalAssign.g:3567:2: ( rule__Assignment__ConsumerAssignment_3 )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerAssignment_3()); 
            // InternalAssign.g:3568:2: ( rule__Assignment__ConsumerAssignment_3 )
            // InternalAssign.g:3568:3: rule__Assignment__ConsumerAssignment_3
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
    // InternalAssign.g:3576:1: rule__Assignment__Group__4 : rule__Assignment__Group__4__Impl ;
    public final void rule__Assignment__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3580:1: ( rule__Assignment__Group__4__Impl )
            // InternalAssign.g:3581:2: rule__Assignment__Group__4__Impl
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
    // InternalAssign.g:3587:1: rule__Assignment__Group__4__Impl : ( ( rule__Assignment__Group_4__0 )? ) ;
    public final void rule__Assignment__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3591:1: ( ( ( rule__Assignment__Group_4__0 )? ) )
            // InternalAssign.g:3592:1: ( ( rule__Assignment__Group_4__0 )? )
            {
            // InternalAssign.g:3592:1: ( ( rule__Assignment__Group_4__0 )? )
            // InternalAssign.g:3593:2: ( rule__Assignment__Group_4__0 )?
            {
             before(grammarAccess.getAssignmentAccess().getGroup_4()); 
            // InternalAssign.g:3594:2: ( rule__Assignment__Group_4__0 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==92) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalAssign.g:3594:3: rule__Assignment__Group_4__0
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
    // InternalAssign.g:3603:1: rule__Assignment__Group_1_1__0 : rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1 ;
    public final void rule__Assignment__Group_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3607:1: ( rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1 )
            // InternalAssign.g:3608:2: rule__Assignment__Group_1_1__0__Impl rule__Assignment__Group_1_1__1
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
    // InternalAssign.g:3615:1: rule__Assignment__Group_1_1__0__Impl : ( 'group' ) ;
    public final void rule__Assignment__Group_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3619:1: ( ( 'group' ) )
            // InternalAssign.g:3620:1: ( 'group' )
            {
            // InternalAssign.g:3620:1: ( 'group' )
            // InternalAssign.g:3621:2: 'group'
            {
             before(grammarAccess.getAssignmentAccess().getGroupKeyword_1_1_0()); 
            match(input,87,FOLLOW_2); 
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
    // InternalAssign.g:3630:1: rule__Assignment__Group_1_1__1 : rule__Assignment__Group_1_1__1__Impl ;
    public final void rule__Assignment__Group_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3634:1: ( rule__Assignment__Group_1_1__1__Impl )
            // InternalAssign.g:3635:2: rule__Assignment__Group_1_1__1__Impl
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
    // InternalAssign.g:3641:1: rule__Assignment__Group_1_1__1__Impl : ( ( rule__Assignment__GroupAssignment_1_1_1 ) ) ;
    public final void rule__Assignment__Group_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3645:1: ( ( ( rule__Assignment__GroupAssignment_1_1_1 ) ) )
            // InternalAssign.g:3646:1: ( ( rule__Assignment__GroupAssignment_1_1_1 ) )
            {
            // InternalAssign.g:3646:1: ( ( rule__Assignment__GroupAssignment_1_1_1 ) )
            // InternalAssign.g:3647:2: ( rule__Assignment__GroupAssignment_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getGroupAssignment_1_1_1()); 
            // InternalAssign.g:3648:2: ( rule__Assignment__GroupAssignment_1_1_1 )
            // InternalAssign.g:3648:3: rule__Assignment__GroupAssignment_1_1_1
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
    // InternalAssign.g:3657:1: rule__Assignment__Group_4__0 : rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 ;
    public final void rule__Assignment__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3661:1: ( rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 )
            // InternalAssign.g:3662:2: rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1
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
    // InternalAssign.g:3669:1: rule__Assignment__Group_4__0__Impl : ( '{' ) ;
    public final void rule__Assignment__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3673:1: ( ( '{' ) )
            // InternalAssign.g:3674:1: ( '{' )
            {
            // InternalAssign.g:3674:1: ( '{' )
            // InternalAssign.g:3675:2: '{'
            {
             before(grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:3684:1: rule__Assignment__Group_4__1 : rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 ;
    public final void rule__Assignment__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3688:1: ( rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 )
            // InternalAssign.g:3689:2: rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2
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
    // InternalAssign.g:3696:1: rule__Assignment__Group_4__1__Impl : ( ( rule__Assignment__UnorderedGroup_4_1 ) ) ;
    public final void rule__Assignment__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3700:1: ( ( ( rule__Assignment__UnorderedGroup_4_1 ) ) )
            // InternalAssign.g:3701:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            {
            // InternalAssign.g:3701:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            // InternalAssign.g:3702:2: ( rule__Assignment__UnorderedGroup_4_1 )
            {
             before(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1()); 
            // InternalAssign.g:3703:2: ( rule__Assignment__UnorderedGroup_4_1 )
            // InternalAssign.g:3703:3: rule__Assignment__UnorderedGroup_4_1
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
    // InternalAssign.g:3711:1: rule__Assignment__Group_4__2 : rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 ;
    public final void rule__Assignment__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3715:1: ( rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 )
            // InternalAssign.g:3716:2: rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3
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
    // InternalAssign.g:3723:1: rule__Assignment__Group_4__2__Impl : ( ( rule__Assignment__Alternatives_4_2 )* ) ;
    public final void rule__Assignment__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3727:1: ( ( ( rule__Assignment__Alternatives_4_2 )* ) )
            // InternalAssign.g:3728:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            {
            // InternalAssign.g:3728:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            // InternalAssign.g:3729:2: ( rule__Assignment__Alternatives_4_2 )*
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_4_2()); 
            // InternalAssign.g:3730:2: ( rule__Assignment__Alternatives_4_2 )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( ((LA36_0>=33 && LA36_0<=35)) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalAssign.g:3730:3: rule__Assignment__Alternatives_4_2
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
    // InternalAssign.g:3738:1: rule__Assignment__Group_4__3 : rule__Assignment__Group_4__3__Impl ;
    public final void rule__Assignment__Group_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3742:1: ( rule__Assignment__Group_4__3__Impl )
            // InternalAssign.g:3743:2: rule__Assignment__Group_4__3__Impl
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
    // InternalAssign.g:3749:1: rule__Assignment__Group_4__3__Impl : ( '}' ) ;
    public final void rule__Assignment__Group_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3753:1: ( ( '}' ) )
            // InternalAssign.g:3754:1: ( '}' )
            {
            // InternalAssign.g:3754:1: ( '}' )
            // InternalAssign.g:3755:2: '}'
            {
             before(grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:3765:1: rule__Assignment__Group_4_1_0__0 : rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 ;
    public final void rule__Assignment__Group_4_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3769:1: ( rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 )
            // InternalAssign.g:3770:2: rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1
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
    // InternalAssign.g:3777:1: rule__Assignment__Group_4_1_0__0__Impl : ( 'driver' ) ;
    public final void rule__Assignment__Group_4_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3781:1: ( ( 'driver' ) )
            // InternalAssign.g:3782:1: ( 'driver' )
            {
            // InternalAssign.g:3782:1: ( 'driver' )
            // InternalAssign.g:3783:2: 'driver'
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
    // InternalAssign.g:3792:1: rule__Assignment__Group_4_1_0__1 : rule__Assignment__Group_4_1_0__1__Impl ;
    public final void rule__Assignment__Group_4_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3796:1: ( rule__Assignment__Group_4_1_0__1__Impl )
            // InternalAssign.g:3797:2: rule__Assignment__Group_4_1_0__1__Impl
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
    // InternalAssign.g:3803:1: rule__Assignment__Group_4_1_0__1__Impl : ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) ;
    public final void rule__Assignment__Group_4_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3807:1: ( ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) )
            // InternalAssign.g:3808:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            {
            // InternalAssign.g:3808:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            // InternalAssign.g:3809:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            {
             before(grammarAccess.getAssignmentAccess().getDriverAssignment_4_1_0_1()); 
            // InternalAssign.g:3810:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            // InternalAssign.g:3810:3: rule__Assignment__DriverAssignment_4_1_0_1
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
    // InternalAssign.g:3819:1: rule__Assignment__Group_4_1_1__0 : rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 ;
    public final void rule__Assignment__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3823:1: ( rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 )
            // InternalAssign.g:3824:2: rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1
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
    // InternalAssign.g:3831:1: rule__Assignment__Group_4_1_1__0__Impl : ( 'open' ) ;
    public final void rule__Assignment__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3835:1: ( ( 'open' ) )
            // InternalAssign.g:3836:1: ( 'open' )
            {
            // InternalAssign.g:3836:1: ( 'open' )
            // InternalAssign.g:3837:2: 'open'
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
    // InternalAssign.g:3846:1: rule__Assignment__Group_4_1_1__1 : rule__Assignment__Group_4_1_1__1__Impl ;
    public final void rule__Assignment__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3850:1: ( rule__Assignment__Group_4_1_1__1__Impl )
            // InternalAssign.g:3851:2: rule__Assignment__Group_4_1_1__1__Impl
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
    // InternalAssign.g:3857:1: rule__Assignment__Group_4_1_1__1__Impl : ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) ;
    public final void rule__Assignment__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3861:1: ( ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) )
            // InternalAssign.g:3862:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            {
            // InternalAssign.g:3862:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            // InternalAssign.g:3863:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getOpenPathAssignment_4_1_1_1()); 
            // InternalAssign.g:3864:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            // InternalAssign.g:3864:3: rule__Assignment__OpenPathAssignment_4_1_1_1
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
    // InternalAssign.g:3873:1: rule__Assignment__Group_4_1_2__0 : rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 ;
    public final void rule__Assignment__Group_4_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3877:1: ( rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 )
            // InternalAssign.g:3878:2: rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1
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
    // InternalAssign.g:3885:1: rule__Assignment__Group_4_1_2__0__Impl : ( 'reset' ) ;
    public final void rule__Assignment__Group_4_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3889:1: ( ( 'reset' ) )
            // InternalAssign.g:3890:1: ( 'reset' )
            {
            // InternalAssign.g:3890:1: ( 'reset' )
            // InternalAssign.g:3891:2: 'reset'
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
    // InternalAssign.g:3900:1: rule__Assignment__Group_4_1_2__1 : rule__Assignment__Group_4_1_2__1__Impl ;
    public final void rule__Assignment__Group_4_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3904:1: ( rule__Assignment__Group_4_1_2__1__Impl )
            // InternalAssign.g:3905:2: rule__Assignment__Group_4_1_2__1__Impl
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
    // InternalAssign.g:3911:1: rule__Assignment__Group_4_1_2__1__Impl : ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) ;
    public final void rule__Assignment__Group_4_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3915:1: ( ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) )
            // InternalAssign.g:3916:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            {
            // InternalAssign.g:3916:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            // InternalAssign.g:3917:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            {
             before(grammarAccess.getAssignmentAccess().getResetPolicyAssignment_4_1_2_1()); 
            // InternalAssign.g:3918:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            // InternalAssign.g:3918:3: rule__Assignment__ResetPolicyAssignment_4_1_2_1
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
    // InternalAssign.g:3927:1: rule__RegionMapping__Group__0 : rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 ;
    public final void rule__RegionMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3931:1: ( rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 )
            // InternalAssign.g:3932:2: rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1
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
    // InternalAssign.g:3939:1: rule__RegionMapping__Group__0__Impl : ( 'map' ) ;
    public final void rule__RegionMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3943:1: ( ( 'map' ) )
            // InternalAssign.g:3944:1: ( 'map' )
            {
            // InternalAssign.g:3944:1: ( 'map' )
            // InternalAssign.g:3945:2: 'map'
            {
             before(grammarAccess.getRegionMappingAccess().getMapKeyword_0()); 
            match(input,33,FOLLOW_2); 
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
    // InternalAssign.g:3954:1: rule__RegionMapping__Group__1 : rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 ;
    public final void rule__RegionMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3958:1: ( rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 )
            // InternalAssign.g:3959:2: rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2
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
    // InternalAssign.g:3966:1: rule__RegionMapping__Group__1__Impl : ( ( rule__RegionMapping__RegionAssignment_1 ) ) ;
    public final void rule__RegionMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3970:1: ( ( ( rule__RegionMapping__RegionAssignment_1 ) ) )
            // InternalAssign.g:3971:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            {
            // InternalAssign.g:3971:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            // InternalAssign.g:3972:2: ( rule__RegionMapping__RegionAssignment_1 )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionAssignment_1()); 
            // InternalAssign.g:3973:2: ( rule__RegionMapping__RegionAssignment_1 )
            // InternalAssign.g:3973:3: rule__RegionMapping__RegionAssignment_1
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
    // InternalAssign.g:3981:1: rule__RegionMapping__Group__2 : rule__RegionMapping__Group__2__Impl ;
    public final void rule__RegionMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3985:1: ( rule__RegionMapping__Group__2__Impl )
            // InternalAssign.g:3986:2: rule__RegionMapping__Group__2__Impl
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
    // InternalAssign.g:3992:1: rule__RegionMapping__Group__2__Impl : ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) ;
    public final void rule__RegionMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3996:1: ( ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) )
            // InternalAssign.g:3997:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            {
            // InternalAssign.g:3997:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            // InternalAssign.g:3998:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyAssignment_2()); 
            // InternalAssign.g:3999:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==12) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalAssign.g:3999:3: rule__RegionMapping__ReadOnlyAssignment_2
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
    // InternalAssign.g:4008:1: rule__IrqBinding__Group__0 : rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 ;
    public final void rule__IrqBinding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4012:1: ( rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 )
            // InternalAssign.g:4013:2: rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1
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
    // InternalAssign.g:4020:1: rule__IrqBinding__Group__0__Impl : ( 'irq' ) ;
    public final void rule__IrqBinding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4024:1: ( ( 'irq' ) )
            // InternalAssign.g:4025:1: ( 'irq' )
            {
            // InternalAssign.g:4025:1: ( 'irq' )
            // InternalAssign.g:4026:2: 'irq'
            {
             before(grammarAccess.getIrqBindingAccess().getIrqKeyword_0()); 
            match(input,34,FOLLOW_2); 
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
    // InternalAssign.g:4035:1: rule__IrqBinding__Group__1 : rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 ;
    public final void rule__IrqBinding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4039:1: ( rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 )
            // InternalAssign.g:4040:2: rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2
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
    // InternalAssign.g:4047:1: rule__IrqBinding__Group__1__Impl : ( ( rule__IrqBinding__InterruptAssignment_1 ) ) ;
    public final void rule__IrqBinding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4051:1: ( ( ( rule__IrqBinding__InterruptAssignment_1 ) ) )
            // InternalAssign.g:4052:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            {
            // InternalAssign.g:4052:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            // InternalAssign.g:4053:2: ( rule__IrqBinding__InterruptAssignment_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptAssignment_1()); 
            // InternalAssign.g:4054:2: ( rule__IrqBinding__InterruptAssignment_1 )
            // InternalAssign.g:4054:3: rule__IrqBinding__InterruptAssignment_1
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
    // InternalAssign.g:4062:1: rule__IrqBinding__Group__2 : rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 ;
    public final void rule__IrqBinding__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4066:1: ( rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 )
            // InternalAssign.g:4067:2: rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3
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
    // InternalAssign.g:4074:1: rule__IrqBinding__Group__2__Impl : ( ( rule__IrqBinding__Group_2__0 )? ) ;
    public final void rule__IrqBinding__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4078:1: ( ( ( rule__IrqBinding__Group_2__0 )? ) )
            // InternalAssign.g:4079:1: ( ( rule__IrqBinding__Group_2__0 )? )
            {
            // InternalAssign.g:4079:1: ( ( rule__IrqBinding__Group_2__0 )? )
            // InternalAssign.g:4080:2: ( rule__IrqBinding__Group_2__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_2()); 
            // InternalAssign.g:4081:2: ( rule__IrqBinding__Group_2__0 )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==95) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalAssign.g:4081:3: rule__IrqBinding__Group_2__0
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
    // InternalAssign.g:4089:1: rule__IrqBinding__Group__3 : rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 ;
    public final void rule__IrqBinding__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4093:1: ( rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 )
            // InternalAssign.g:4094:2: rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4
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
    // InternalAssign.g:4101:1: rule__IrqBinding__Group__3__Impl : ( ( rule__IrqBinding__Group_3__0 )? ) ;
    public final void rule__IrqBinding__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4105:1: ( ( ( rule__IrqBinding__Group_3__0 )? ) )
            // InternalAssign.g:4106:1: ( ( rule__IrqBinding__Group_3__0 )? )
            {
            // InternalAssign.g:4106:1: ( ( rule__IrqBinding__Group_3__0 )? )
            // InternalAssign.g:4107:2: ( rule__IrqBinding__Group_3__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_3()); 
            // InternalAssign.g:4108:2: ( rule__IrqBinding__Group_3__0 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==96) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalAssign.g:4108:3: rule__IrqBinding__Group_3__0
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
    // InternalAssign.g:4116:1: rule__IrqBinding__Group__4 : rule__IrqBinding__Group__4__Impl ;
    public final void rule__IrqBinding__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4120:1: ( rule__IrqBinding__Group__4__Impl )
            // InternalAssign.g:4121:2: rule__IrqBinding__Group__4__Impl
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
    // InternalAssign.g:4127:1: rule__IrqBinding__Group__4__Impl : ( ( rule__IrqBinding__ModeAssignment_4 ) ) ;
    public final void rule__IrqBinding__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4131:1: ( ( ( rule__IrqBinding__ModeAssignment_4 ) ) )
            // InternalAssign.g:4132:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            {
            // InternalAssign.g:4132:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            // InternalAssign.g:4133:2: ( rule__IrqBinding__ModeAssignment_4 )
            {
             before(grammarAccess.getIrqBindingAccess().getModeAssignment_4()); 
            // InternalAssign.g:4134:2: ( rule__IrqBinding__ModeAssignment_4 )
            // InternalAssign.g:4134:3: rule__IrqBinding__ModeAssignment_4
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
    // InternalAssign.g:4143:1: rule__IrqBinding__Group_2__0 : rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 ;
    public final void rule__IrqBinding__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4147:1: ( rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 )
            // InternalAssign.g:4148:2: rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1
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
    // InternalAssign.g:4155:1: rule__IrqBinding__Group_2__0__Impl : ( 'start' ) ;
    public final void rule__IrqBinding__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4159:1: ( ( 'start' ) )
            // InternalAssign.g:4160:1: ( 'start' )
            {
            // InternalAssign.g:4160:1: ( 'start' )
            // InternalAssign.g:4161:2: 'start'
            {
             before(grammarAccess.getIrqBindingAccess().getStartKeyword_2_0()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:4170:1: rule__IrqBinding__Group_2__1 : rule__IrqBinding__Group_2__1__Impl ;
    public final void rule__IrqBinding__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4174:1: ( rule__IrqBinding__Group_2__1__Impl )
            // InternalAssign.g:4175:2: rule__IrqBinding__Group_2__1__Impl
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
    // InternalAssign.g:4181:1: rule__IrqBinding__Group_2__1__Impl : ( ( rule__IrqBinding__StartAssignment_2_1 ) ) ;
    public final void rule__IrqBinding__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4185:1: ( ( ( rule__IrqBinding__StartAssignment_2_1 ) ) )
            // InternalAssign.g:4186:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            {
            // InternalAssign.g:4186:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            // InternalAssign.g:4187:2: ( rule__IrqBinding__StartAssignment_2_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getStartAssignment_2_1()); 
            // InternalAssign.g:4188:2: ( rule__IrqBinding__StartAssignment_2_1 )
            // InternalAssign.g:4188:3: rule__IrqBinding__StartAssignment_2_1
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
    // InternalAssign.g:4197:1: rule__IrqBinding__Group_3__0 : rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 ;
    public final void rule__IrqBinding__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4201:1: ( rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 )
            // InternalAssign.g:4202:2: rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1
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
    // InternalAssign.g:4209:1: rule__IrqBinding__Group_3__0__Impl : ( 'count' ) ;
    public final void rule__IrqBinding__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4213:1: ( ( 'count' ) )
            // InternalAssign.g:4214:1: ( 'count' )
            {
            // InternalAssign.g:4214:1: ( 'count' )
            // InternalAssign.g:4215:2: 'count'
            {
             before(grammarAccess.getIrqBindingAccess().getCountKeyword_3_0()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:4224:1: rule__IrqBinding__Group_3__1 : rule__IrqBinding__Group_3__1__Impl ;
    public final void rule__IrqBinding__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4228:1: ( rule__IrqBinding__Group_3__1__Impl )
            // InternalAssign.g:4229:2: rule__IrqBinding__Group_3__1__Impl
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
    // InternalAssign.g:4235:1: rule__IrqBinding__Group_3__1__Impl : ( ( rule__IrqBinding__CountAssignment_3_1 ) ) ;
    public final void rule__IrqBinding__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4239:1: ( ( ( rule__IrqBinding__CountAssignment_3_1 ) ) )
            // InternalAssign.g:4240:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            {
            // InternalAssign.g:4240:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            // InternalAssign.g:4241:2: ( rule__IrqBinding__CountAssignment_3_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getCountAssignment_3_1()); 
            // InternalAssign.g:4242:2: ( rule__IrqBinding__CountAssignment_3_1 )
            // InternalAssign.g:4242:3: rule__IrqBinding__CountAssignment_3_1
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
    // InternalAssign.g:4251:1: rule__DmaWindow__Group__0 : rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 ;
    public final void rule__DmaWindow__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4255:1: ( rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 )
            // InternalAssign.g:4256:2: rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1
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
    // InternalAssign.g:4263:1: rule__DmaWindow__Group__0__Impl : ( 'dma' ) ;
    public final void rule__DmaWindow__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4267:1: ( ( 'dma' ) )
            // InternalAssign.g:4268:1: ( 'dma' )
            {
            // InternalAssign.g:4268:1: ( 'dma' )
            // InternalAssign.g:4269:2: 'dma'
            {
             before(grammarAccess.getDmaWindowAccess().getDmaKeyword_0()); 
            match(input,35,FOLLOW_2); 
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
    // InternalAssign.g:4278:1: rule__DmaWindow__Group__1 : rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 ;
    public final void rule__DmaWindow__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4282:1: ( rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 )
            // InternalAssign.g:4283:2: rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2
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
    // InternalAssign.g:4290:1: rule__DmaWindow__Group__1__Impl : ( ( rule__DmaWindow__NameAssignment_1 )? ) ;
    public final void rule__DmaWindow__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4294:1: ( ( ( rule__DmaWindow__NameAssignment_1 )? ) )
            // InternalAssign.g:4295:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            {
            // InternalAssign.g:4295:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            // InternalAssign.g:4296:2: ( rule__DmaWindow__NameAssignment_1 )?
            {
             before(grammarAccess.getDmaWindowAccess().getNameAssignment_1()); 
            // InternalAssign.g:4297:2: ( rule__DmaWindow__NameAssignment_1 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==RULE_ID||(LA40_0>=14 && LA40_0<=82)) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalAssign.g:4297:3: rule__DmaWindow__NameAssignment_1
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
    // InternalAssign.g:4305:1: rule__DmaWindow__Group__2 : rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 ;
    public final void rule__DmaWindow__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4309:1: ( rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 )
            // InternalAssign.g:4310:2: rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3
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
    // InternalAssign.g:4317:1: rule__DmaWindow__Group__2__Impl : ( 'at' ) ;
    public final void rule__DmaWindow__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4321:1: ( ( 'at' ) )
            // InternalAssign.g:4322:1: ( 'at' )
            {
            // InternalAssign.g:4322:1: ( 'at' )
            // InternalAssign.g:4323:2: 'at'
            {
             before(grammarAccess.getDmaWindowAccess().getAtKeyword_2()); 
            match(input,97,FOLLOW_2); 
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
    // InternalAssign.g:4332:1: rule__DmaWindow__Group__3 : rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 ;
    public final void rule__DmaWindow__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4336:1: ( rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 )
            // InternalAssign.g:4337:2: rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4
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
    // InternalAssign.g:4344:1: rule__DmaWindow__Group__3__Impl : ( ( rule__DmaWindow__IovaAssignment_3 ) ) ;
    public final void rule__DmaWindow__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4348:1: ( ( ( rule__DmaWindow__IovaAssignment_3 ) ) )
            // InternalAssign.g:4349:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            {
            // InternalAssign.g:4349:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            // InternalAssign.g:4350:2: ( rule__DmaWindow__IovaAssignment_3 )
            {
             before(grammarAccess.getDmaWindowAccess().getIovaAssignment_3()); 
            // InternalAssign.g:4351:2: ( rule__DmaWindow__IovaAssignment_3 )
            // InternalAssign.g:4351:3: rule__DmaWindow__IovaAssignment_3
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
    // InternalAssign.g:4359:1: rule__DmaWindow__Group__4 : rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 ;
    public final void rule__DmaWindow__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4363:1: ( rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 )
            // InternalAssign.g:4364:2: rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5
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
    // InternalAssign.g:4371:1: rule__DmaWindow__Group__4__Impl : ( 'size' ) ;
    public final void rule__DmaWindow__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4375:1: ( ( 'size' ) )
            // InternalAssign.g:4376:1: ( 'size' )
            {
            // InternalAssign.g:4376:1: ( 'size' )
            // InternalAssign.g:4377:2: 'size'
            {
             before(grammarAccess.getDmaWindowAccess().getSizeKeyword_4()); 
            match(input,98,FOLLOW_2); 
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
    // InternalAssign.g:4386:1: rule__DmaWindow__Group__5 : rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 ;
    public final void rule__DmaWindow__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4390:1: ( rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 )
            // InternalAssign.g:4391:2: rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6
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
    // InternalAssign.g:4398:1: rule__DmaWindow__Group__5__Impl : ( ( rule__DmaWindow__SizeAssignment_5 ) ) ;
    public final void rule__DmaWindow__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4402:1: ( ( ( rule__DmaWindow__SizeAssignment_5 ) ) )
            // InternalAssign.g:4403:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            {
            // InternalAssign.g:4403:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            // InternalAssign.g:4404:2: ( rule__DmaWindow__SizeAssignment_5 )
            {
             before(grammarAccess.getDmaWindowAccess().getSizeAssignment_5()); 
            // InternalAssign.g:4405:2: ( rule__DmaWindow__SizeAssignment_5 )
            // InternalAssign.g:4405:3: rule__DmaWindow__SizeAssignment_5
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
    // InternalAssign.g:4413:1: rule__DmaWindow__Group__6 : rule__DmaWindow__Group__6__Impl ;
    public final void rule__DmaWindow__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4417:1: ( rule__DmaWindow__Group__6__Impl )
            // InternalAssign.g:4418:2: rule__DmaWindow__Group__6__Impl
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
    // InternalAssign.g:4424:1: rule__DmaWindow__Group__6__Impl : ( ( rule__DmaWindow__Alternatives_6 )? ) ;
    public final void rule__DmaWindow__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4428:1: ( ( ( rule__DmaWindow__Alternatives_6 )? ) )
            // InternalAssign.g:4429:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            {
            // InternalAssign.g:4429:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            // InternalAssign.g:4430:2: ( rule__DmaWindow__Alternatives_6 )?
            {
             before(grammarAccess.getDmaWindowAccess().getAlternatives_6()); 
            // InternalAssign.g:4431:2: ( rule__DmaWindow__Alternatives_6 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( ((LA41_0>=12 && LA41_0<=13)) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalAssign.g:4431:3: rule__DmaWindow__Alternatives_6
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
    // InternalAssign.g:4440:1: rule__InlineBoard__Group__0 : rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 ;
    public final void rule__InlineBoard__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4444:1: ( rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 )
            // InternalAssign.g:4445:2: rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1
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
    // InternalAssign.g:4452:1: rule__InlineBoard__Group__0__Impl : ( ( rule__InlineBoard__NameAssignment_0 ) ) ;
    public final void rule__InlineBoard__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4456:1: ( ( ( rule__InlineBoard__NameAssignment_0 ) ) )
            // InternalAssign.g:4457:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            {
            // InternalAssign.g:4457:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            // InternalAssign.g:4458:2: ( rule__InlineBoard__NameAssignment_0 )
            {
             before(grammarAccess.getInlineBoardAccess().getNameAssignment_0()); 
            // InternalAssign.g:4459:2: ( rule__InlineBoard__NameAssignment_0 )
            // InternalAssign.g:4459:3: rule__InlineBoard__NameAssignment_0
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
    // InternalAssign.g:4467:1: rule__InlineBoard__Group__1 : rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 ;
    public final void rule__InlineBoard__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4471:1: ( rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 )
            // InternalAssign.g:4472:2: rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2
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
    // InternalAssign.g:4479:1: rule__InlineBoard__Group__1__Impl : ( '{' ) ;
    public final void rule__InlineBoard__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4483:1: ( ( '{' ) )
            // InternalAssign.g:4484:1: ( '{' )
            {
            // InternalAssign.g:4484:1: ( '{' )
            // InternalAssign.g:4485:2: '{'
            {
             before(grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:4494:1: rule__InlineBoard__Group__2 : rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 ;
    public final void rule__InlineBoard__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4498:1: ( rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 )
            // InternalAssign.g:4499:2: rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3
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
    // InternalAssign.g:4506:1: rule__InlineBoard__Group__2__Impl : ( ( rule__InlineBoard__UnorderedGroup_2 ) ) ;
    public final void rule__InlineBoard__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4510:1: ( ( ( rule__InlineBoard__UnorderedGroup_2 ) ) )
            // InternalAssign.g:4511:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            {
            // InternalAssign.g:4511:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            // InternalAssign.g:4512:2: ( rule__InlineBoard__UnorderedGroup_2 )
            {
             before(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2()); 
            // InternalAssign.g:4513:2: ( rule__InlineBoard__UnorderedGroup_2 )
            // InternalAssign.g:4513:3: rule__InlineBoard__UnorderedGroup_2
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
    // InternalAssign.g:4521:1: rule__InlineBoard__Group__3 : rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 ;
    public final void rule__InlineBoard__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4525:1: ( rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 )
            // InternalAssign.g:4526:2: rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4
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
    // InternalAssign.g:4533:1: rule__InlineBoard__Group__3__Impl : ( ( rule__InlineBoard__Alternatives_3 )* ) ;
    public final void rule__InlineBoard__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4537:1: ( ( ( rule__InlineBoard__Alternatives_3 )* ) )
            // InternalAssign.g:4538:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            {
            // InternalAssign.g:4538:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            // InternalAssign.g:4539:2: ( rule__InlineBoard__Alternatives_3 )*
            {
             before(grammarAccess.getInlineBoardAccess().getAlternatives_3()); 
            // InternalAssign.g:4540:2: ( rule__InlineBoard__Alternatives_3 )*
            loop42:
            do {
                int alt42=2;
                int LA42_0 = input.LA(1);

                if ( ((LA42_0>=52 && LA42_0<=53)||LA42_0==87) ) {
                    alt42=1;
                }


                switch (alt42) {
            	case 1 :
            	    // InternalAssign.g:4540:3: rule__InlineBoard__Alternatives_3
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
    // InternalAssign.g:4548:1: rule__InlineBoard__Group__4 : rule__InlineBoard__Group__4__Impl ;
    public final void rule__InlineBoard__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4552:1: ( rule__InlineBoard__Group__4__Impl )
            // InternalAssign.g:4553:2: rule__InlineBoard__Group__4__Impl
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
    // InternalAssign.g:4559:1: rule__InlineBoard__Group__4__Impl : ( '}' ) ;
    public final void rule__InlineBoard__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4563:1: ( ( '}' ) )
            // InternalAssign.g:4564:1: ( '}' )
            {
            // InternalAssign.g:4564:1: ( '}' )
            // InternalAssign.g:4565:2: '}'
            {
             before(grammarAccess.getInlineBoardAccess().getRightCurlyBracketKeyword_4()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:4575:1: rule__InlineBoard__Group_2_0__0 : rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 ;
    public final void rule__InlineBoard__Group_2_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4579:1: ( rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 )
            // InternalAssign.g:4580:2: rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1
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
    // InternalAssign.g:4587:1: rule__InlineBoard__Group_2_0__0__Impl : ( 'arch' ) ;
    public final void rule__InlineBoard__Group_2_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4591:1: ( ( 'arch' ) )
            // InternalAssign.g:4592:1: ( 'arch' )
            {
            // InternalAssign.g:4592:1: ( 'arch' )
            // InternalAssign.g:4593:2: 'arch'
            {
             before(grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0()); 
            match(input,44,FOLLOW_2); 
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
    // InternalAssign.g:4602:1: rule__InlineBoard__Group_2_0__1 : rule__InlineBoard__Group_2_0__1__Impl ;
    public final void rule__InlineBoard__Group_2_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4606:1: ( rule__InlineBoard__Group_2_0__1__Impl )
            // InternalAssign.g:4607:2: rule__InlineBoard__Group_2_0__1__Impl
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
    // InternalAssign.g:4613:1: rule__InlineBoard__Group_2_0__1__Impl : ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) ;
    public final void rule__InlineBoard__Group_2_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4617:1: ( ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) )
            // InternalAssign.g:4618:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            {
            // InternalAssign.g:4618:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            // InternalAssign.g:4619:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getArchitectureAssignment_2_0_1()); 
            // InternalAssign.g:4620:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            // InternalAssign.g:4620:3: rule__InlineBoard__ArchitectureAssignment_2_0_1
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
    // InternalAssign.g:4629:1: rule__InlineBoard__Group_2_1__0 : rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 ;
    public final void rule__InlineBoard__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4633:1: ( rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 )
            // InternalAssign.g:4634:2: rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1
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
    // InternalAssign.g:4641:1: rule__InlineBoard__Group_2_1__0__Impl : ( 'page' ) ;
    public final void rule__InlineBoard__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4645:1: ( ( 'page' ) )
            // InternalAssign.g:4646:1: ( 'page' )
            {
            // InternalAssign.g:4646:1: ( 'page' )
            // InternalAssign.g:4647:2: 'page'
            {
             before(grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0()); 
            match(input,45,FOLLOW_2); 
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
    // InternalAssign.g:4656:1: rule__InlineBoard__Group_2_1__1 : rule__InlineBoard__Group_2_1__1__Impl ;
    public final void rule__InlineBoard__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4660:1: ( rule__InlineBoard__Group_2_1__1__Impl )
            // InternalAssign.g:4661:2: rule__InlineBoard__Group_2_1__1__Impl
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
    // InternalAssign.g:4667:1: rule__InlineBoard__Group_2_1__1__Impl : ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) ;
    public final void rule__InlineBoard__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4671:1: ( ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) )
            // InternalAssign.g:4672:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            {
            // InternalAssign.g:4672:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            // InternalAssign.g:4673:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getPageSizeAssignment_2_1_1()); 
            // InternalAssign.g:4674:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            // InternalAssign.g:4674:3: rule__InlineBoard__PageSizeAssignment_2_1_1
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
    // InternalAssign.g:4683:1: rule__InlineBoard__Group_2_2__0 : rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 ;
    public final void rule__InlineBoard__Group_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4687:1: ( rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 )
            // InternalAssign.g:4688:2: rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1
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
    // InternalAssign.g:4695:1: rule__InlineBoard__Group_2_2__0__Impl : ( 'kernel' ) ;
    public final void rule__InlineBoard__Group_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4699:1: ( ( 'kernel' ) )
            // InternalAssign.g:4700:1: ( 'kernel' )
            {
            // InternalAssign.g:4700:1: ( 'kernel' )
            // InternalAssign.g:4701:2: 'kernel'
            {
             before(grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0()); 
            match(input,46,FOLLOW_2); 
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
    // InternalAssign.g:4710:1: rule__InlineBoard__Group_2_2__1 : rule__InlineBoard__Group_2_2__1__Impl ;
    public final void rule__InlineBoard__Group_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4714:1: ( rule__InlineBoard__Group_2_2__1__Impl )
            // InternalAssign.g:4715:2: rule__InlineBoard__Group_2_2__1__Impl
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
    // InternalAssign.g:4721:1: rule__InlineBoard__Group_2_2__1__Impl : ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) ;
    public final void rule__InlineBoard__Group_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4725:1: ( ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) )
            // InternalAssign.g:4726:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            {
            // InternalAssign.g:4726:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            // InternalAssign.g:4727:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelVersionAssignment_2_2_1()); 
            // InternalAssign.g:4728:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            // InternalAssign.g:4728:3: rule__InlineBoard__KernelVersionAssignment_2_2_1
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
    // InternalAssign.g:4737:1: rule__InlineBoard__Group_2_3__0 : rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 ;
    public final void rule__InlineBoard__Group_2_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4741:1: ( rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 )
            // InternalAssign.g:4742:2: rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1
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
    // InternalAssign.g:4749:1: rule__InlineBoard__Group_2_3__0__Impl : ( 'capabilities' ) ;
    public final void rule__InlineBoard__Group_2_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4753:1: ( ( 'capabilities' ) )
            // InternalAssign.g:4754:1: ( 'capabilities' )
            {
            // InternalAssign.g:4754:1: ( 'capabilities' )
            // InternalAssign.g:4755:2: 'capabilities'
            {
             before(grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0()); 
            match(input,47,FOLLOW_2); 
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
    // InternalAssign.g:4764:1: rule__InlineBoard__Group_2_3__1 : rule__InlineBoard__Group_2_3__1__Impl ;
    public final void rule__InlineBoard__Group_2_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4768:1: ( rule__InlineBoard__Group_2_3__1__Impl )
            // InternalAssign.g:4769:2: rule__InlineBoard__Group_2_3__1__Impl
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
    // InternalAssign.g:4775:1: rule__InlineBoard__Group_2_3__1__Impl : ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) ;
    public final void rule__InlineBoard__Group_2_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4779:1: ( ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) )
            // InternalAssign.g:4780:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            {
            // InternalAssign.g:4780:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            // InternalAssign.g:4781:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            {
            // InternalAssign.g:4781:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) )
            // InternalAssign.g:4782:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:4783:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            // InternalAssign.g:4783:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            {
            pushFollow(FOLLOW_36);
            rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 

            }

            // InternalAssign.g:4786:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            // InternalAssign.g:4787:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:4788:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            loop43:
            do {
                int alt43=2;
                int LA43_0 = input.LA(1);

                if ( ((LA43_0>=37 && LA43_0<=39)||(LA43_0>=48 && LA43_0<=51)) ) {
                    alt43=1;
                }


                switch (alt43) {
            	case 1 :
            	    // InternalAssign.g:4788:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
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
    // InternalAssign.g:4798:1: rule__PciDevice__Group__0 : rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 ;
    public final void rule__PciDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4802:1: ( rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 )
            // InternalAssign.g:4803:2: rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1
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
    // InternalAssign.g:4810:1: rule__PciDevice__Group__0__Impl : ( 'pci' ) ;
    public final void rule__PciDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4814:1: ( ( 'pci' ) )
            // InternalAssign.g:4815:1: ( 'pci' )
            {
            // InternalAssign.g:4815:1: ( 'pci' )
            // InternalAssign.g:4816:2: 'pci'
            {
             before(grammarAccess.getPciDeviceAccess().getPciKeyword_0()); 
            match(input,52,FOLLOW_2); 
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
    // InternalAssign.g:4825:1: rule__PciDevice__Group__1 : rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 ;
    public final void rule__PciDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4829:1: ( rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 )
            // InternalAssign.g:4830:2: rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2
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
    // InternalAssign.g:4837:1: rule__PciDevice__Group__1__Impl : ( ( rule__PciDevice__NameAssignment_1 ) ) ;
    public final void rule__PciDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4841:1: ( ( ( rule__PciDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:4842:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:4842:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            // InternalAssign.g:4843:2: ( rule__PciDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:4844:2: ( rule__PciDevice__NameAssignment_1 )
            // InternalAssign.g:4844:3: rule__PciDevice__NameAssignment_1
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
    // InternalAssign.g:4852:1: rule__PciDevice__Group__2 : rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 ;
    public final void rule__PciDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4856:1: ( rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 )
            // InternalAssign.g:4857:2: rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3
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
    // InternalAssign.g:4864:1: rule__PciDevice__Group__2__Impl : ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PciDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4868:1: ( ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:4869:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:4869:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:4870:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPciDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:4871:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:4871:3: rule__PciDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:4879:1: rule__PciDevice__Group__3 : rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 ;
    public final void rule__PciDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4883:1: ( rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 )
            // InternalAssign.g:4884:2: rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4
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
    // InternalAssign.g:4891:1: rule__PciDevice__Group__3__Impl : ( ( rule__PciDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PciDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4895:1: ( ( ( rule__PciDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:4896:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:4896:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:4897:2: ( rule__PciDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:4898:2: ( rule__PciDevice__UnorderedGroup_3 )
            // InternalAssign.g:4898:3: rule__PciDevice__UnorderedGroup_3
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
    // InternalAssign.g:4906:1: rule__PciDevice__Group__4 : rule__PciDevice__Group__4__Impl ;
    public final void rule__PciDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4910:1: ( rule__PciDevice__Group__4__Impl )
            // InternalAssign.g:4911:2: rule__PciDevice__Group__4__Impl
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
    // InternalAssign.g:4917:1: rule__PciDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PciDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4921:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:4922:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:4922:1: ( ruleDeviceFacts )
            // InternalAssign.g:4923:2: ruleDeviceFacts
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
    // InternalAssign.g:4933:1: rule__PciDevice__Group_3_0__0 : rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 ;
    public final void rule__PciDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4937:1: ( rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 )
            // InternalAssign.g:4938:2: rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1
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
    // InternalAssign.g:4945:1: rule__PciDevice__Group_3_0__0__Impl : ( 'vendor' ) ;
    public final void rule__PciDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4949:1: ( ( 'vendor' ) )
            // InternalAssign.g:4950:1: ( 'vendor' )
            {
            // InternalAssign.g:4950:1: ( 'vendor' )
            // InternalAssign.g:4951:2: 'vendor'
            {
             before(grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0()); 
            match(input,54,FOLLOW_2); 
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
    // InternalAssign.g:4960:1: rule__PciDevice__Group_3_0__1 : rule__PciDevice__Group_3_0__1__Impl ;
    public final void rule__PciDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4964:1: ( rule__PciDevice__Group_3_0__1__Impl )
            // InternalAssign.g:4965:2: rule__PciDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:4971:1: rule__PciDevice__Group_3_0__1__Impl : ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) ;
    public final void rule__PciDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4975:1: ( ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) )
            // InternalAssign.g:4976:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            {
            // InternalAssign.g:4976:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            // InternalAssign.g:4977:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getVendorIdAssignment_3_0_1()); 
            // InternalAssign.g:4978:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            // InternalAssign.g:4978:3: rule__PciDevice__VendorIdAssignment_3_0_1
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
    // InternalAssign.g:4987:1: rule__PciDevice__Group_3_1__0 : rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 ;
    public final void rule__PciDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4991:1: ( rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 )
            // InternalAssign.g:4992:2: rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1
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
    // InternalAssign.g:4999:1: rule__PciDevice__Group_3_1__0__Impl : ( 'device' ) ;
    public final void rule__PciDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5003:1: ( ( 'device' ) )
            // InternalAssign.g:5004:1: ( 'device' )
            {
            // InternalAssign.g:5004:1: ( 'device' )
            // InternalAssign.g:5005:2: 'device'
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0()); 
            match(input,55,FOLLOW_2); 
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
    // InternalAssign.g:5014:1: rule__PciDevice__Group_3_1__1 : rule__PciDevice__Group_3_1__1__Impl ;
    public final void rule__PciDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5018:1: ( rule__PciDevice__Group_3_1__1__Impl )
            // InternalAssign.g:5019:2: rule__PciDevice__Group_3_1__1__Impl
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
    // InternalAssign.g:5025:1: rule__PciDevice__Group_3_1__1__Impl : ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) ;
    public final void rule__PciDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5029:1: ( ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) )
            // InternalAssign.g:5030:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5030:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            // InternalAssign.g:5031:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceIdAssignment_3_1_1()); 
            // InternalAssign.g:5032:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            // InternalAssign.g:5032:3: rule__PciDevice__DeviceIdAssignment_3_1_1
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
    // InternalAssign.g:5041:1: rule__PciDevice__Group_3_2__0 : rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 ;
    public final void rule__PciDevice__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5045:1: ( rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 )
            // InternalAssign.g:5046:2: rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1
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
    // InternalAssign.g:5053:1: rule__PciDevice__Group_3_2__0__Impl : ( 'class' ) ;
    public final void rule__PciDevice__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5057:1: ( ( 'class' ) )
            // InternalAssign.g:5058:1: ( 'class' )
            {
            // InternalAssign.g:5058:1: ( 'class' )
            // InternalAssign.g:5059:2: 'class'
            {
             before(grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0()); 
            match(input,56,FOLLOW_2); 
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
    // InternalAssign.g:5068:1: rule__PciDevice__Group_3_2__1 : rule__PciDevice__Group_3_2__1__Impl ;
    public final void rule__PciDevice__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5072:1: ( rule__PciDevice__Group_3_2__1__Impl )
            // InternalAssign.g:5073:2: rule__PciDevice__Group_3_2__1__Impl
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
    // InternalAssign.g:5079:1: rule__PciDevice__Group_3_2__1__Impl : ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) ;
    public final void rule__PciDevice__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5083:1: ( ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) )
            // InternalAssign.g:5084:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            {
            // InternalAssign.g:5084:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            // InternalAssign.g:5085:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getClassCodeAssignment_3_2_1()); 
            // InternalAssign.g:5086:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            // InternalAssign.g:5086:3: rule__PciDevice__ClassCodeAssignment_3_2_1
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
    // InternalAssign.g:5095:1: rule__PlatformDevice__Group__0 : rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 ;
    public final void rule__PlatformDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5099:1: ( rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 )
            // InternalAssign.g:5100:2: rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1
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
    // InternalAssign.g:5107:1: rule__PlatformDevice__Group__0__Impl : ( 'platform' ) ;
    public final void rule__PlatformDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5111:1: ( ( 'platform' ) )
            // InternalAssign.g:5112:1: ( 'platform' )
            {
            // InternalAssign.g:5112:1: ( 'platform' )
            // InternalAssign.g:5113:2: 'platform'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0()); 
            match(input,53,FOLLOW_2); 
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
    // InternalAssign.g:5122:1: rule__PlatformDevice__Group__1 : rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 ;
    public final void rule__PlatformDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5126:1: ( rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 )
            // InternalAssign.g:5127:2: rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2
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
    // InternalAssign.g:5134:1: rule__PlatformDevice__Group__1__Impl : ( ( rule__PlatformDevice__NameAssignment_1 ) ) ;
    public final void rule__PlatformDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5138:1: ( ( ( rule__PlatformDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:5139:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:5139:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            // InternalAssign.g:5140:2: ( rule__PlatformDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:5141:2: ( rule__PlatformDevice__NameAssignment_1 )
            // InternalAssign.g:5141:3: rule__PlatformDevice__NameAssignment_1
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
    // InternalAssign.g:5149:1: rule__PlatformDevice__Group__2 : rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 ;
    public final void rule__PlatformDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5153:1: ( rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 )
            // InternalAssign.g:5154:2: rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3
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
    // InternalAssign.g:5161:1: rule__PlatformDevice__Group__2__Impl : ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PlatformDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5165:1: ( ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:5166:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:5166:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:5167:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:5168:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:5168:3: rule__PlatformDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:5176:1: rule__PlatformDevice__Group__3 : rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 ;
    public final void rule__PlatformDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5180:1: ( rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 )
            // InternalAssign.g:5181:2: rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4
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
    // InternalAssign.g:5188:1: rule__PlatformDevice__Group__3__Impl : ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PlatformDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5192:1: ( ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:5193:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:5193:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:5194:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:5195:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            // InternalAssign.g:5195:3: rule__PlatformDevice__UnorderedGroup_3
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
    // InternalAssign.g:5203:1: rule__PlatformDevice__Group__4 : rule__PlatformDevice__Group__4__Impl ;
    public final void rule__PlatformDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5207:1: ( rule__PlatformDevice__Group__4__Impl )
            // InternalAssign.g:5208:2: rule__PlatformDevice__Group__4__Impl
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
    // InternalAssign.g:5214:1: rule__PlatformDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PlatformDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5218:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:5219:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:5219:1: ( ruleDeviceFacts )
            // InternalAssign.g:5220:2: ruleDeviceFacts
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
    // InternalAssign.g:5230:1: rule__PlatformDevice__Group_3_0__0 : rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 ;
    public final void rule__PlatformDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5234:1: ( rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 )
            // InternalAssign.g:5235:2: rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1
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
    // InternalAssign.g:5242:1: rule__PlatformDevice__Group_3_0__0__Impl : ( 'path' ) ;
    public final void rule__PlatformDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5246:1: ( ( 'path' ) )
            // InternalAssign.g:5247:1: ( 'path' )
            {
            // InternalAssign.g:5247:1: ( 'path' )
            // InternalAssign.g:5248:2: 'path'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0()); 
            match(input,58,FOLLOW_2); 
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
    // InternalAssign.g:5257:1: rule__PlatformDevice__Group_3_0__1 : rule__PlatformDevice__Group_3_0__1__Impl ;
    public final void rule__PlatformDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5261:1: ( rule__PlatformDevice__Group_3_0__1__Impl )
            // InternalAssign.g:5262:2: rule__PlatformDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:5268:1: rule__PlatformDevice__Group_3_0__1__Impl : ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5272:1: ( ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) )
            // InternalAssign.g:5273:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            {
            // InternalAssign.g:5273:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            // InternalAssign.g:5274:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getDtPathAssignment_3_0_1()); 
            // InternalAssign.g:5275:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            // InternalAssign.g:5275:3: rule__PlatformDevice__DtPathAssignment_3_0_1
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
    // InternalAssign.g:5284:1: rule__PlatformDevice__Group_3_1__0 : rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 ;
    public final void rule__PlatformDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5288:1: ( rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 )
            // InternalAssign.g:5289:2: rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1
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
    // InternalAssign.g:5296:1: rule__PlatformDevice__Group_3_1__0__Impl : ( 'compatible' ) ;
    public final void rule__PlatformDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5300:1: ( ( 'compatible' ) )
            // InternalAssign.g:5301:1: ( 'compatible' )
            {
            // InternalAssign.g:5301:1: ( 'compatible' )
            // InternalAssign.g:5302:2: 'compatible'
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0()); 
            match(input,59,FOLLOW_2); 
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
    // InternalAssign.g:5311:1: rule__PlatformDevice__Group_3_1__1 : rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 ;
    public final void rule__PlatformDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5315:1: ( rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 )
            // InternalAssign.g:5316:2: rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2
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
    // InternalAssign.g:5323:1: rule__PlatformDevice__Group_3_1__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5327:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) )
            // InternalAssign.g:5328:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5328:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            // InternalAssign.g:5329:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_1()); 
            // InternalAssign.g:5330:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            // InternalAssign.g:5330:3: rule__PlatformDevice__CompatibleAssignment_3_1_1
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
    // InternalAssign.g:5338:1: rule__PlatformDevice__Group_3_1__2 : rule__PlatformDevice__Group_3_1__2__Impl ;
    public final void rule__PlatformDevice__Group_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5342:1: ( rule__PlatformDevice__Group_3_1__2__Impl )
            // InternalAssign.g:5343:2: rule__PlatformDevice__Group_3_1__2__Impl
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
    // InternalAssign.g:5349:1: rule__PlatformDevice__Group_3_1__2__Impl : ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) ;
    public final void rule__PlatformDevice__Group_3_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5353:1: ( ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) )
            // InternalAssign.g:5354:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            {
            // InternalAssign.g:5354:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            // InternalAssign.g:5355:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            {
             before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1_2()); 
            // InternalAssign.g:5356:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( (LA44_0==99) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalAssign.g:5356:3: rule__PlatformDevice__Group_3_1_2__0
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
    // InternalAssign.g:5365:1: rule__PlatformDevice__Group_3_1_2__0 : rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 ;
    public final void rule__PlatformDevice__Group_3_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5369:1: ( rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 )
            // InternalAssign.g:5370:2: rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1
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
    // InternalAssign.g:5377:1: rule__PlatformDevice__Group_3_1_2__0__Impl : ( ',' ) ;
    public final void rule__PlatformDevice__Group_3_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5381:1: ( ( ',' ) )
            // InternalAssign.g:5382:1: ( ',' )
            {
            // InternalAssign.g:5382:1: ( ',' )
            // InternalAssign.g:5383:2: ','
            {
             before(grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0()); 
            match(input,99,FOLLOW_2); 
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
    // InternalAssign.g:5392:1: rule__PlatformDevice__Group_3_1_2__1 : rule__PlatformDevice__Group_3_1_2__1__Impl ;
    public final void rule__PlatformDevice__Group_3_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5396:1: ( rule__PlatformDevice__Group_3_1_2__1__Impl )
            // InternalAssign.g:5397:2: rule__PlatformDevice__Group_3_1_2__1__Impl
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
    // InternalAssign.g:5403:1: rule__PlatformDevice__Group_3_1_2__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5407:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) )
            // InternalAssign.g:5408:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            {
            // InternalAssign.g:5408:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            // InternalAssign.g:5409:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_2_1()); 
            // InternalAssign.g:5410:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            // InternalAssign.g:5410:3: rule__PlatformDevice__CompatibleAssignment_3_1_2_1
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
    // InternalAssign.g:5419:1: rule__DeviceFacts__Group__0 : rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 ;
    public final void rule__DeviceFacts__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5423:1: ( rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 )
            // InternalAssign.g:5424:2: rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1
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
    // InternalAssign.g:5431:1: rule__DeviceFacts__Group__0__Impl : ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) ;
    public final void rule__DeviceFacts__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5435:1: ( ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) )
            // InternalAssign.g:5436:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            {
            // InternalAssign.g:5436:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            // InternalAssign.g:5437:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0()); 
            // InternalAssign.g:5438:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            // InternalAssign.g:5438:3: rule__DeviceFacts__UnorderedGroup_0
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
    // InternalAssign.g:5446:1: rule__DeviceFacts__Group__1 : rule__DeviceFacts__Group__1__Impl ;
    public final void rule__DeviceFacts__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5450:1: ( rule__DeviceFacts__Group__1__Impl )
            // InternalAssign.g:5451:2: rule__DeviceFacts__Group__1__Impl
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
    // InternalAssign.g:5457:1: rule__DeviceFacts__Group__1__Impl : ( ( rule__DeviceFacts__Group_1__0 )? ) ;
    public final void rule__DeviceFacts__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5461:1: ( ( ( rule__DeviceFacts__Group_1__0 )? ) )
            // InternalAssign.g:5462:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            {
            // InternalAssign.g:5462:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            // InternalAssign.g:5463:2: ( rule__DeviceFacts__Group_1__0 )?
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_1()); 
            // InternalAssign.g:5464:2: ( rule__DeviceFacts__Group_1__0 )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==92) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalAssign.g:5464:3: rule__DeviceFacts__Group_1__0
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
    // InternalAssign.g:5473:1: rule__DeviceFacts__Group_0_0__0 : rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 ;
    public final void rule__DeviceFacts__Group_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5477:1: ( rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 )
            // InternalAssign.g:5478:2: rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1
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
    // InternalAssign.g:5485:1: rule__DeviceFacts__Group_0_0__0__Impl : ( 'driver' ) ;
    public final void rule__DeviceFacts__Group_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5489:1: ( ( 'driver' ) )
            // InternalAssign.g:5490:1: ( 'driver' )
            {
            // InternalAssign.g:5490:1: ( 'driver' )
            // InternalAssign.g:5491:2: 'driver'
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
    // InternalAssign.g:5500:1: rule__DeviceFacts__Group_0_0__1 : rule__DeviceFacts__Group_0_0__1__Impl ;
    public final void rule__DeviceFacts__Group_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5504:1: ( rule__DeviceFacts__Group_0_0__1__Impl )
            // InternalAssign.g:5505:2: rule__DeviceFacts__Group_0_0__1__Impl
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
    // InternalAssign.g:5511:1: rule__DeviceFacts__Group_0_0__1__Impl : ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5515:1: ( ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) )
            // InternalAssign.g:5516:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            {
            // InternalAssign.g:5516:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            // InternalAssign.g:5517:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAssignment_0_0_1()); 
            // InternalAssign.g:5518:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            // InternalAssign.g:5518:3: rule__DeviceFacts__DriverAssignment_0_0_1
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
    // InternalAssign.g:5527:1: rule__DeviceFacts__Group_0_1__0 : rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 ;
    public final void rule__DeviceFacts__Group_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5531:1: ( rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 )
            // InternalAssign.g:5532:2: rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1
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
    // InternalAssign.g:5539:1: rule__DeviceFacts__Group_0_1__0__Impl : ( 'protected' ) ;
    public final void rule__DeviceFacts__Group_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5543:1: ( ( 'protected' ) )
            // InternalAssign.g:5544:1: ( 'protected' )
            {
            // InternalAssign.g:5544:1: ( 'protected' )
            // InternalAssign.g:5545:2: 'protected'
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0()); 
            match(input,60,FOLLOW_2); 
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
    // InternalAssign.g:5554:1: rule__DeviceFacts__Group_0_1__1 : rule__DeviceFacts__Group_0_1__1__Impl ;
    public final void rule__DeviceFacts__Group_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5558:1: ( rule__DeviceFacts__Group_0_1__1__Impl )
            // InternalAssign.g:5559:2: rule__DeviceFacts__Group_0_1__1__Impl
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
    // InternalAssign.g:5565:1: rule__DeviceFacts__Group_0_1__1__Impl : ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5569:1: ( ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) )
            // InternalAssign.g:5570:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            {
            // InternalAssign.g:5570:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            // InternalAssign.g:5571:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectionAssignment_0_1_1()); 
            // InternalAssign.g:5572:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            // InternalAssign.g:5572:3: rule__DeviceFacts__ProtectionAssignment_0_1_1
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
    // InternalAssign.g:5581:1: rule__DeviceFacts__Group_0_2__0 : rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 ;
    public final void rule__DeviceFacts__Group_0_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5585:1: ( rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 )
            // InternalAssign.g:5586:2: rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1
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
    // InternalAssign.g:5593:1: rule__DeviceFacts__Group_0_2__0__Impl : ( 'reset' ) ;
    public final void rule__DeviceFacts__Group_0_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5597:1: ( ( 'reset' ) )
            // InternalAssign.g:5598:1: ( 'reset' )
            {
            // InternalAssign.g:5598:1: ( 'reset' )
            // InternalAssign.g:5599:2: 'reset'
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
    // InternalAssign.g:5608:1: rule__DeviceFacts__Group_0_2__1 : rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 ;
    public final void rule__DeviceFacts__Group_0_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5612:1: ( rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 )
            // InternalAssign.g:5613:2: rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2
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
    // InternalAssign.g:5620:1: rule__DeviceFacts__Group_0_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5624:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) )
            // InternalAssign.g:5625:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            {
            // InternalAssign.g:5625:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            // InternalAssign.g:5626:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_1()); 
            // InternalAssign.g:5627:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            // InternalAssign.g:5627:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_1
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
    // InternalAssign.g:5635:1: rule__DeviceFacts__Group_0_2__2 : rule__DeviceFacts__Group_0_2__2__Impl ;
    public final void rule__DeviceFacts__Group_0_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5639:1: ( rule__DeviceFacts__Group_0_2__2__Impl )
            // InternalAssign.g:5640:2: rule__DeviceFacts__Group_0_2__2__Impl
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
    // InternalAssign.g:5646:1: rule__DeviceFacts__Group_0_2__2__Impl : ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) ;
    public final void rule__DeviceFacts__Group_0_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5650:1: ( ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) )
            // InternalAssign.g:5651:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            {
            // InternalAssign.g:5651:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            // InternalAssign.g:5652:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_0_2_2()); 
            // InternalAssign.g:5653:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==99) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalAssign.g:5653:3: rule__DeviceFacts__Group_0_2_2__0
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
    // InternalAssign.g:5662:1: rule__DeviceFacts__Group_0_2_2__0 : rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 ;
    public final void rule__DeviceFacts__Group_0_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5666:1: ( rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 )
            // InternalAssign.g:5667:2: rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1
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
    // InternalAssign.g:5674:1: rule__DeviceFacts__Group_0_2_2__0__Impl : ( ',' ) ;
    public final void rule__DeviceFacts__Group_0_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5678:1: ( ( ',' ) )
            // InternalAssign.g:5679:1: ( ',' )
            {
            // InternalAssign.g:5679:1: ( ',' )
            // InternalAssign.g:5680:2: ','
            {
             before(grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0()); 
            match(input,99,FOLLOW_2); 
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
    // InternalAssign.g:5689:1: rule__DeviceFacts__Group_0_2_2__1 : rule__DeviceFacts__Group_0_2_2__1__Impl ;
    public final void rule__DeviceFacts__Group_0_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5693:1: ( rule__DeviceFacts__Group_0_2_2__1__Impl )
            // InternalAssign.g:5694:2: rule__DeviceFacts__Group_0_2_2__1__Impl
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
    // InternalAssign.g:5700:1: rule__DeviceFacts__Group_0_2_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5704:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) )
            // InternalAssign.g:5705:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            {
            // InternalAssign.g:5705:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            // InternalAssign.g:5706:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_2_1()); 
            // InternalAssign.g:5707:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            // InternalAssign.g:5707:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1
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
    // InternalAssign.g:5716:1: rule__DeviceFacts__Group_0_3__0 : rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 ;
    public final void rule__DeviceFacts__Group_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5720:1: ( rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 )
            // InternalAssign.g:5721:2: rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1
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
    // InternalAssign.g:5728:1: rule__DeviceFacts__Group_0_3__0__Impl : ( 'dma-mask' ) ;
    public final void rule__DeviceFacts__Group_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5732:1: ( ( 'dma-mask' ) )
            // InternalAssign.g:5733:1: ( 'dma-mask' )
            {
            // InternalAssign.g:5733:1: ( 'dma-mask' )
            // InternalAssign.g:5734:2: 'dma-mask'
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskKeyword_0_3_0()); 
            match(input,61,FOLLOW_2); 
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
    // InternalAssign.g:5743:1: rule__DeviceFacts__Group_0_3__1 : rule__DeviceFacts__Group_0_3__1__Impl ;
    public final void rule__DeviceFacts__Group_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5747:1: ( rule__DeviceFacts__Group_0_3__1__Impl )
            // InternalAssign.g:5748:2: rule__DeviceFacts__Group_0_3__1__Impl
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
    // InternalAssign.g:5754:1: rule__DeviceFacts__Group_0_3__1__Impl : ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5758:1: ( ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) )
            // InternalAssign.g:5759:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            {
            // InternalAssign.g:5759:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            // InternalAssign.g:5760:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskBitsAssignment_0_3_1()); 
            // InternalAssign.g:5761:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            // InternalAssign.g:5761:3: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1
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
    // InternalAssign.g:5770:1: rule__DeviceFacts__Group_1__0 : rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 ;
    public final void rule__DeviceFacts__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5774:1: ( rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 )
            // InternalAssign.g:5775:2: rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1
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
    // InternalAssign.g:5782:1: rule__DeviceFacts__Group_1__0__Impl : ( '{' ) ;
    public final void rule__DeviceFacts__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5786:1: ( ( '{' ) )
            // InternalAssign.g:5787:1: ( '{' )
            {
            // InternalAssign.g:5787:1: ( '{' )
            // InternalAssign.g:5788:2: '{'
            {
             before(grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:5797:1: rule__DeviceFacts__Group_1__1 : rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 ;
    public final void rule__DeviceFacts__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5801:1: ( rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 )
            // InternalAssign.g:5802:2: rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2
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
    // InternalAssign.g:5809:1: rule__DeviceFacts__Group_1__1__Impl : ( ( rule__DeviceFacts__Alternatives_1_1 )* ) ;
    public final void rule__DeviceFacts__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5813:1: ( ( ( rule__DeviceFacts__Alternatives_1_1 )* ) )
            // InternalAssign.g:5814:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            {
            // InternalAssign.g:5814:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            // InternalAssign.g:5815:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getAlternatives_1_1()); 
            // InternalAssign.g:5816:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==34||LA47_0==68) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalAssign.g:5816:3: rule__DeviceFacts__Alternatives_1_1
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
    // InternalAssign.g:5824:1: rule__DeviceFacts__Group_1__2 : rule__DeviceFacts__Group_1__2__Impl ;
    public final void rule__DeviceFacts__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5828:1: ( rule__DeviceFacts__Group_1__2__Impl )
            // InternalAssign.g:5829:2: rule__DeviceFacts__Group_1__2__Impl
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
    // InternalAssign.g:5835:1: rule__DeviceFacts__Group_1__2__Impl : ( '}' ) ;
    public final void rule__DeviceFacts__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5839:1: ( ( '}' ) )
            // InternalAssign.g:5840:1: ( '}' )
            {
            // InternalAssign.g:5840:1: ( '}' )
            // InternalAssign.g:5841:2: '}'
            {
             before(grammarAccess.getDeviceFactsAccess().getRightCurlyBracketKeyword_1_2()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:5851:1: rule__Region__Group__0 : rule__Region__Group__0__Impl rule__Region__Group__1 ;
    public final void rule__Region__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5855:1: ( rule__Region__Group__0__Impl rule__Region__Group__1 )
            // InternalAssign.g:5856:2: rule__Region__Group__0__Impl rule__Region__Group__1
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
    // InternalAssign.g:5863:1: rule__Region__Group__0__Impl : ( 'region' ) ;
    public final void rule__Region__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5867:1: ( ( 'region' ) )
            // InternalAssign.g:5868:1: ( 'region' )
            {
            // InternalAssign.g:5868:1: ( 'region' )
            // InternalAssign.g:5869:2: 'region'
            {
             before(grammarAccess.getRegionAccess().getRegionKeyword_0()); 
            match(input,68,FOLLOW_2); 
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
    // InternalAssign.g:5878:1: rule__Region__Group__1 : rule__Region__Group__1__Impl rule__Region__Group__2 ;
    public final void rule__Region__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5882:1: ( rule__Region__Group__1__Impl rule__Region__Group__2 )
            // InternalAssign.g:5883:2: rule__Region__Group__1__Impl rule__Region__Group__2
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
    // InternalAssign.g:5890:1: rule__Region__Group__1__Impl : ( ( rule__Region__NameAssignment_1 ) ) ;
    public final void rule__Region__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5894:1: ( ( ( rule__Region__NameAssignment_1 ) ) )
            // InternalAssign.g:5895:1: ( ( rule__Region__NameAssignment_1 ) )
            {
            // InternalAssign.g:5895:1: ( ( rule__Region__NameAssignment_1 ) )
            // InternalAssign.g:5896:2: ( rule__Region__NameAssignment_1 )
            {
             before(grammarAccess.getRegionAccess().getNameAssignment_1()); 
            // InternalAssign.g:5897:2: ( rule__Region__NameAssignment_1 )
            // InternalAssign.g:5897:3: rule__Region__NameAssignment_1
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
    // InternalAssign.g:5905:1: rule__Region__Group__2 : rule__Region__Group__2__Impl rule__Region__Group__3 ;
    public final void rule__Region__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5909:1: ( rule__Region__Group__2__Impl rule__Region__Group__3 )
            // InternalAssign.g:5910:2: rule__Region__Group__2__Impl rule__Region__Group__3
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
    // InternalAssign.g:5917:1: rule__Region__Group__2__Impl : ( 'index' ) ;
    public final void rule__Region__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5921:1: ( ( 'index' ) )
            // InternalAssign.g:5922:1: ( 'index' )
            {
            // InternalAssign.g:5922:1: ( 'index' )
            // InternalAssign.g:5923:2: 'index'
            {
             before(grammarAccess.getRegionAccess().getIndexKeyword_2()); 
            match(input,100,FOLLOW_2); 
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
    // InternalAssign.g:5932:1: rule__Region__Group__3 : rule__Region__Group__3__Impl rule__Region__Group__4 ;
    public final void rule__Region__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5936:1: ( rule__Region__Group__3__Impl rule__Region__Group__4 )
            // InternalAssign.g:5937:2: rule__Region__Group__3__Impl rule__Region__Group__4
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
    // InternalAssign.g:5944:1: rule__Region__Group__3__Impl : ( ( rule__Region__IndexAssignment_3 ) ) ;
    public final void rule__Region__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5948:1: ( ( ( rule__Region__IndexAssignment_3 ) ) )
            // InternalAssign.g:5949:1: ( ( rule__Region__IndexAssignment_3 ) )
            {
            // InternalAssign.g:5949:1: ( ( rule__Region__IndexAssignment_3 ) )
            // InternalAssign.g:5950:2: ( rule__Region__IndexAssignment_3 )
            {
             before(grammarAccess.getRegionAccess().getIndexAssignment_3()); 
            // InternalAssign.g:5951:2: ( rule__Region__IndexAssignment_3 )
            // InternalAssign.g:5951:3: rule__Region__IndexAssignment_3
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
    // InternalAssign.g:5959:1: rule__Region__Group__4 : rule__Region__Group__4__Impl rule__Region__Group__5 ;
    public final void rule__Region__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5963:1: ( rule__Region__Group__4__Impl rule__Region__Group__5 )
            // InternalAssign.g:5964:2: rule__Region__Group__4__Impl rule__Region__Group__5
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
    // InternalAssign.g:5971:1: rule__Region__Group__4__Impl : ( ( rule__Region__KindAssignment_4 )? ) ;
    public final void rule__Region__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5975:1: ( ( ( rule__Region__KindAssignment_4 )? ) )
            // InternalAssign.g:5976:1: ( ( rule__Region__KindAssignment_4 )? )
            {
            // InternalAssign.g:5976:1: ( ( rule__Region__KindAssignment_4 )? )
            // InternalAssign.g:5977:2: ( rule__Region__KindAssignment_4 )?
            {
             before(grammarAccess.getRegionAccess().getKindAssignment_4()); 
            // InternalAssign.g:5978:2: ( rule__Region__KindAssignment_4 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==14||(LA48_0>=69 && LA48_0<=72)) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalAssign.g:5978:3: rule__Region__KindAssignment_4
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
    // InternalAssign.g:5986:1: rule__Region__Group__5 : rule__Region__Group__5__Impl rule__Region__Group__6 ;
    public final void rule__Region__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5990:1: ( rule__Region__Group__5__Impl rule__Region__Group__6 )
            // InternalAssign.g:5991:2: rule__Region__Group__5__Impl rule__Region__Group__6
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
    // InternalAssign.g:5998:1: rule__Region__Group__5__Impl : ( ( rule__Region__Group_5__0 )? ) ;
    public final void rule__Region__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6002:1: ( ( ( rule__Region__Group_5__0 )? ) )
            // InternalAssign.g:6003:1: ( ( rule__Region__Group_5__0 )? )
            {
            // InternalAssign.g:6003:1: ( ( rule__Region__Group_5__0 )? )
            // InternalAssign.g:6004:2: ( rule__Region__Group_5__0 )?
            {
             before(grammarAccess.getRegionAccess().getGroup_5()); 
            // InternalAssign.g:6005:2: ( rule__Region__Group_5__0 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==97) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalAssign.g:6005:3: rule__Region__Group_5__0
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
    // InternalAssign.g:6013:1: rule__Region__Group__6 : rule__Region__Group__6__Impl rule__Region__Group__7 ;
    public final void rule__Region__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6017:1: ( rule__Region__Group__6__Impl rule__Region__Group__7 )
            // InternalAssign.g:6018:2: rule__Region__Group__6__Impl rule__Region__Group__7
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
    // InternalAssign.g:6025:1: rule__Region__Group__6__Impl : ( 'size' ) ;
    public final void rule__Region__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6029:1: ( ( 'size' ) )
            // InternalAssign.g:6030:1: ( 'size' )
            {
            // InternalAssign.g:6030:1: ( 'size' )
            // InternalAssign.g:6031:2: 'size'
            {
             before(grammarAccess.getRegionAccess().getSizeKeyword_6()); 
            match(input,98,FOLLOW_2); 
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
    // InternalAssign.g:6040:1: rule__Region__Group__7 : rule__Region__Group__7__Impl rule__Region__Group__8 ;
    public final void rule__Region__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6044:1: ( rule__Region__Group__7__Impl rule__Region__Group__8 )
            // InternalAssign.g:6045:2: rule__Region__Group__7__Impl rule__Region__Group__8
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
    // InternalAssign.g:6052:1: rule__Region__Group__7__Impl : ( ( rule__Region__SizeAssignment_7 ) ) ;
    public final void rule__Region__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6056:1: ( ( ( rule__Region__SizeAssignment_7 ) ) )
            // InternalAssign.g:6057:1: ( ( rule__Region__SizeAssignment_7 ) )
            {
            // InternalAssign.g:6057:1: ( ( rule__Region__SizeAssignment_7 ) )
            // InternalAssign.g:6058:2: ( rule__Region__SizeAssignment_7 )
            {
             before(grammarAccess.getRegionAccess().getSizeAssignment_7()); 
            // InternalAssign.g:6059:2: ( rule__Region__SizeAssignment_7 )
            // InternalAssign.g:6059:3: rule__Region__SizeAssignment_7
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
    // InternalAssign.g:6067:1: rule__Region__Group__8 : rule__Region__Group__8__Impl rule__Region__Group__9 ;
    public final void rule__Region__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6071:1: ( rule__Region__Group__8__Impl rule__Region__Group__9 )
            // InternalAssign.g:6072:2: rule__Region__Group__8__Impl rule__Region__Group__9
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
    // InternalAssign.g:6079:1: rule__Region__Group__8__Impl : ( ( rule__Region__ReadableAssignment_8 )? ) ;
    public final void rule__Region__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6083:1: ( ( ( rule__Region__ReadableAssignment_8 )? ) )
            // InternalAssign.g:6084:1: ( ( rule__Region__ReadableAssignment_8 )? )
            {
            // InternalAssign.g:6084:1: ( ( rule__Region__ReadableAssignment_8 )? )
            // InternalAssign.g:6085:2: ( rule__Region__ReadableAssignment_8 )?
            {
             before(grammarAccess.getRegionAccess().getReadableAssignment_8()); 
            // InternalAssign.g:6086:2: ( rule__Region__ReadableAssignment_8 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==73) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalAssign.g:6086:3: rule__Region__ReadableAssignment_8
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
    // InternalAssign.g:6094:1: rule__Region__Group__9 : rule__Region__Group__9__Impl rule__Region__Group__10 ;
    public final void rule__Region__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6098:1: ( rule__Region__Group__9__Impl rule__Region__Group__10 )
            // InternalAssign.g:6099:2: rule__Region__Group__9__Impl rule__Region__Group__10
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
    // InternalAssign.g:6106:1: rule__Region__Group__9__Impl : ( ( rule__Region__WritableAssignment_9 )? ) ;
    public final void rule__Region__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6110:1: ( ( ( rule__Region__WritableAssignment_9 )? ) )
            // InternalAssign.g:6111:1: ( ( rule__Region__WritableAssignment_9 )? )
            {
            // InternalAssign.g:6111:1: ( ( rule__Region__WritableAssignment_9 )? )
            // InternalAssign.g:6112:2: ( rule__Region__WritableAssignment_9 )?
            {
             before(grammarAccess.getRegionAccess().getWritableAssignment_9()); 
            // InternalAssign.g:6113:2: ( rule__Region__WritableAssignment_9 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==74) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalAssign.g:6113:3: rule__Region__WritableAssignment_9
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
    // InternalAssign.g:6121:1: rule__Region__Group__10 : rule__Region__Group__10__Impl ;
    public final void rule__Region__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6125:1: ( rule__Region__Group__10__Impl )
            // InternalAssign.g:6126:2: rule__Region__Group__10__Impl
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
    // InternalAssign.g:6132:1: rule__Region__Group__10__Impl : ( ( rule__Region__MmappableAssignment_10 )? ) ;
    public final void rule__Region__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6136:1: ( ( ( rule__Region__MmappableAssignment_10 )? ) )
            // InternalAssign.g:6137:1: ( ( rule__Region__MmappableAssignment_10 )? )
            {
            // InternalAssign.g:6137:1: ( ( rule__Region__MmappableAssignment_10 )? )
            // InternalAssign.g:6138:2: ( rule__Region__MmappableAssignment_10 )?
            {
             before(grammarAccess.getRegionAccess().getMmappableAssignment_10()); 
            // InternalAssign.g:6139:2: ( rule__Region__MmappableAssignment_10 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==75) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalAssign.g:6139:3: rule__Region__MmappableAssignment_10
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
    // InternalAssign.g:6148:1: rule__Region__Group_5__0 : rule__Region__Group_5__0__Impl rule__Region__Group_5__1 ;
    public final void rule__Region__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6152:1: ( rule__Region__Group_5__0__Impl rule__Region__Group_5__1 )
            // InternalAssign.g:6153:2: rule__Region__Group_5__0__Impl rule__Region__Group_5__1
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
    // InternalAssign.g:6160:1: rule__Region__Group_5__0__Impl : ( 'at' ) ;
    public final void rule__Region__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6164:1: ( ( 'at' ) )
            // InternalAssign.g:6165:1: ( 'at' )
            {
            // InternalAssign.g:6165:1: ( 'at' )
            // InternalAssign.g:6166:2: 'at'
            {
             before(grammarAccess.getRegionAccess().getAtKeyword_5_0()); 
            match(input,97,FOLLOW_2); 
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
    // InternalAssign.g:6175:1: rule__Region__Group_5__1 : rule__Region__Group_5__1__Impl ;
    public final void rule__Region__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6179:1: ( rule__Region__Group_5__1__Impl )
            // InternalAssign.g:6180:2: rule__Region__Group_5__1__Impl
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
    // InternalAssign.g:6186:1: rule__Region__Group_5__1__Impl : ( ( rule__Region__BaseAssignment_5_1 ) ) ;
    public final void rule__Region__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6190:1: ( ( ( rule__Region__BaseAssignment_5_1 ) ) )
            // InternalAssign.g:6191:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            {
            // InternalAssign.g:6191:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            // InternalAssign.g:6192:2: ( rule__Region__BaseAssignment_5_1 )
            {
             before(grammarAccess.getRegionAccess().getBaseAssignment_5_1()); 
            // InternalAssign.g:6193:2: ( rule__Region__BaseAssignment_5_1 )
            // InternalAssign.g:6193:3: rule__Region__BaseAssignment_5_1
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
    // InternalAssign.g:6202:1: rule__Interrupt__Group__0 : rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 ;
    public final void rule__Interrupt__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6206:1: ( rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 )
            // InternalAssign.g:6207:2: rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1
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
    // InternalAssign.g:6214:1: rule__Interrupt__Group__0__Impl : ( 'irq' ) ;
    public final void rule__Interrupt__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6218:1: ( ( 'irq' ) )
            // InternalAssign.g:6219:1: ( 'irq' )
            {
            // InternalAssign.g:6219:1: ( 'irq' )
            // InternalAssign.g:6220:2: 'irq'
            {
             before(grammarAccess.getInterruptAccess().getIrqKeyword_0()); 
            match(input,34,FOLLOW_2); 
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
    // InternalAssign.g:6229:1: rule__Interrupt__Group__1 : rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 ;
    public final void rule__Interrupt__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6233:1: ( rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 )
            // InternalAssign.g:6234:2: rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2
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
    // InternalAssign.g:6241:1: rule__Interrupt__Group__1__Impl : ( ( rule__Interrupt__KindAssignment_1 ) ) ;
    public final void rule__Interrupt__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6245:1: ( ( ( rule__Interrupt__KindAssignment_1 ) ) )
            // InternalAssign.g:6246:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            {
            // InternalAssign.g:6246:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            // InternalAssign.g:6247:2: ( rule__Interrupt__KindAssignment_1 )
            {
             before(grammarAccess.getInterruptAccess().getKindAssignment_1()); 
            // InternalAssign.g:6248:2: ( rule__Interrupt__KindAssignment_1 )
            // InternalAssign.g:6248:3: rule__Interrupt__KindAssignment_1
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
    // InternalAssign.g:6256:1: rule__Interrupt__Group__2 : rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 ;
    public final void rule__Interrupt__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6260:1: ( rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 )
            // InternalAssign.g:6261:2: rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3
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
    // InternalAssign.g:6268:1: rule__Interrupt__Group__2__Impl : ( 'index' ) ;
    public final void rule__Interrupt__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6272:1: ( ( 'index' ) )
            // InternalAssign.g:6273:1: ( 'index' )
            {
            // InternalAssign.g:6273:1: ( 'index' )
            // InternalAssign.g:6274:2: 'index'
            {
             before(grammarAccess.getInterruptAccess().getIndexKeyword_2()); 
            match(input,100,FOLLOW_2); 
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
    // InternalAssign.g:6283:1: rule__Interrupt__Group__3 : rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 ;
    public final void rule__Interrupt__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6287:1: ( rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 )
            // InternalAssign.g:6288:2: rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4
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
    // InternalAssign.g:6295:1: rule__Interrupt__Group__3__Impl : ( ( rule__Interrupt__IndexAssignment_3 ) ) ;
    public final void rule__Interrupt__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6299:1: ( ( ( rule__Interrupt__IndexAssignment_3 ) ) )
            // InternalAssign.g:6300:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            {
            // InternalAssign.g:6300:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            // InternalAssign.g:6301:2: ( rule__Interrupt__IndexAssignment_3 )
            {
             before(grammarAccess.getInterruptAccess().getIndexAssignment_3()); 
            // InternalAssign.g:6302:2: ( rule__Interrupt__IndexAssignment_3 )
            // InternalAssign.g:6302:3: rule__Interrupt__IndexAssignment_3
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
    // InternalAssign.g:6310:1: rule__Interrupt__Group__4 : rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 ;
    public final void rule__Interrupt__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6314:1: ( rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 )
            // InternalAssign.g:6315:2: rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5
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
    // InternalAssign.g:6322:1: rule__Interrupt__Group__4__Impl : ( ( rule__Interrupt__Group_4__0 )? ) ;
    public final void rule__Interrupt__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6326:1: ( ( ( rule__Interrupt__Group_4__0 )? ) )
            // InternalAssign.g:6327:1: ( ( rule__Interrupt__Group_4__0 )? )
            {
            // InternalAssign.g:6327:1: ( ( rule__Interrupt__Group_4__0 )? )
            // InternalAssign.g:6328:2: ( rule__Interrupt__Group_4__0 )?
            {
             before(grammarAccess.getInterruptAccess().getGroup_4()); 
            // InternalAssign.g:6329:2: ( rule__Interrupt__Group_4__0 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==96) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalAssign.g:6329:3: rule__Interrupt__Group_4__0
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
    // InternalAssign.g:6337:1: rule__Interrupt__Group__5 : rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 ;
    public final void rule__Interrupt__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6341:1: ( rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 )
            // InternalAssign.g:6342:2: rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6
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
    // InternalAssign.g:6349:1: rule__Interrupt__Group__5__Impl : ( ( rule__Interrupt__EventfdAssignment_5 )? ) ;
    public final void rule__Interrupt__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6353:1: ( ( ( rule__Interrupt__EventfdAssignment_5 )? ) )
            // InternalAssign.g:6354:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            {
            // InternalAssign.g:6354:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            // InternalAssign.g:6355:2: ( rule__Interrupt__EventfdAssignment_5 )?
            {
             before(grammarAccess.getInterruptAccess().getEventfdAssignment_5()); 
            // InternalAssign.g:6356:2: ( rule__Interrupt__EventfdAssignment_5 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==88) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalAssign.g:6356:3: rule__Interrupt__EventfdAssignment_5
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
    // InternalAssign.g:6364:1: rule__Interrupt__Group__6 : rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 ;
    public final void rule__Interrupt__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6368:1: ( rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 )
            // InternalAssign.g:6369:2: rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7
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
    // InternalAssign.g:6376:1: rule__Interrupt__Group__6__Impl : ( ( rule__Interrupt__MaskableAssignment_6 )? ) ;
    public final void rule__Interrupt__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6380:1: ( ( ( rule__Interrupt__MaskableAssignment_6 )? ) )
            // InternalAssign.g:6381:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            {
            // InternalAssign.g:6381:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            // InternalAssign.g:6382:2: ( rule__Interrupt__MaskableAssignment_6 )?
            {
             before(grammarAccess.getInterruptAccess().getMaskableAssignment_6()); 
            // InternalAssign.g:6383:2: ( rule__Interrupt__MaskableAssignment_6 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==81) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalAssign.g:6383:3: rule__Interrupt__MaskableAssignment_6
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
    // InternalAssign.g:6391:1: rule__Interrupt__Group__7 : rule__Interrupt__Group__7__Impl ;
    public final void rule__Interrupt__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6395:1: ( rule__Interrupt__Group__7__Impl )
            // InternalAssign.g:6396:2: rule__Interrupt__Group__7__Impl
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
    // InternalAssign.g:6402:1: rule__Interrupt__Group__7__Impl : ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) ;
    public final void rule__Interrupt__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6406:1: ( ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) )
            // InternalAssign.g:6407:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            {
            // InternalAssign.g:6407:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            // InternalAssign.g:6408:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAssignment_7()); 
            // InternalAssign.g:6409:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==82) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalAssign.g:6409:3: rule__Interrupt__AutomaskedAssignment_7
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
    // InternalAssign.g:6418:1: rule__Interrupt__Group_4__0 : rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 ;
    public final void rule__Interrupt__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6422:1: ( rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 )
            // InternalAssign.g:6423:2: rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1
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
    // InternalAssign.g:6430:1: rule__Interrupt__Group_4__0__Impl : ( 'count' ) ;
    public final void rule__Interrupt__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6434:1: ( ( 'count' ) )
            // InternalAssign.g:6435:1: ( 'count' )
            {
            // InternalAssign.g:6435:1: ( 'count' )
            // InternalAssign.g:6436:2: 'count'
            {
             before(grammarAccess.getInterruptAccess().getCountKeyword_4_0()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:6445:1: rule__Interrupt__Group_4__1 : rule__Interrupt__Group_4__1__Impl ;
    public final void rule__Interrupt__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6449:1: ( rule__Interrupt__Group_4__1__Impl )
            // InternalAssign.g:6450:2: rule__Interrupt__Group_4__1__Impl
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
    // InternalAssign.g:6456:1: rule__Interrupt__Group_4__1__Impl : ( ( rule__Interrupt__CountAssignment_4_1 ) ) ;
    public final void rule__Interrupt__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6460:1: ( ( ( rule__Interrupt__CountAssignment_4_1 ) ) )
            // InternalAssign.g:6461:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            {
            // InternalAssign.g:6461:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            // InternalAssign.g:6462:2: ( rule__Interrupt__CountAssignment_4_1 )
            {
             before(grammarAccess.getInterruptAccess().getCountAssignment_4_1()); 
            // InternalAssign.g:6463:2: ( rule__Interrupt__CountAssignment_4_1 )
            // InternalAssign.g:6463:3: rule__Interrupt__CountAssignment_4_1
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
    // InternalAssign.g:6472:1: rule__IommuGroup__Group__0 : rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 ;
    public final void rule__IommuGroup__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6476:1: ( rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 )
            // InternalAssign.g:6477:2: rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1
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
    // InternalAssign.g:6484:1: rule__IommuGroup__Group__0__Impl : ( 'group' ) ;
    public final void rule__IommuGroup__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6488:1: ( ( 'group' ) )
            // InternalAssign.g:6489:1: ( 'group' )
            {
            // InternalAssign.g:6489:1: ( 'group' )
            // InternalAssign.g:6490:2: 'group'
            {
             before(grammarAccess.getIommuGroupAccess().getGroupKeyword_0()); 
            match(input,87,FOLLOW_2); 
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
    // InternalAssign.g:6499:1: rule__IommuGroup__Group__1 : rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 ;
    public final void rule__IommuGroup__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6503:1: ( rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 )
            // InternalAssign.g:6504:2: rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2
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
    // InternalAssign.g:6511:1: rule__IommuGroup__Group__1__Impl : ( ( rule__IommuGroup__IdAssignment_1 ) ) ;
    public final void rule__IommuGroup__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6515:1: ( ( ( rule__IommuGroup__IdAssignment_1 ) ) )
            // InternalAssign.g:6516:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            {
            // InternalAssign.g:6516:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            // InternalAssign.g:6517:2: ( rule__IommuGroup__IdAssignment_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIdAssignment_1()); 
            // InternalAssign.g:6518:2: ( rule__IommuGroup__IdAssignment_1 )
            // InternalAssign.g:6518:3: rule__IommuGroup__IdAssignment_1
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
    // InternalAssign.g:6526:1: rule__IommuGroup__Group__2 : rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 ;
    public final void rule__IommuGroup__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6530:1: ( rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 )
            // InternalAssign.g:6531:2: rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3
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
    // InternalAssign.g:6538:1: rule__IommuGroup__Group__2__Impl : ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) ;
    public final void rule__IommuGroup__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6542:1: ( ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) )
            // InternalAssign.g:6543:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            {
            // InternalAssign.g:6543:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            // InternalAssign.g:6544:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuAssignment_2()); 
            // InternalAssign.g:6545:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==50) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalAssign.g:6545:3: rule__IommuGroup__NoIommuAssignment_2
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
    // InternalAssign.g:6553:1: rule__IommuGroup__Group__3 : rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 ;
    public final void rule__IommuGroup__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6557:1: ( rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 )
            // InternalAssign.g:6558:2: rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4
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
    // InternalAssign.g:6565:1: rule__IommuGroup__Group__3__Impl : ( ( rule__IommuGroup__Group_3__0 )? ) ;
    public final void rule__IommuGroup__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6569:1: ( ( ( rule__IommuGroup__Group_3__0 )? ) )
            // InternalAssign.g:6570:1: ( ( rule__IommuGroup__Group_3__0 )? )
            {
            // InternalAssign.g:6570:1: ( ( rule__IommuGroup__Group_3__0 )? )
            // InternalAssign.g:6571:2: ( rule__IommuGroup__Group_3__0 )?
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3()); 
            // InternalAssign.g:6572:2: ( rule__IommuGroup__Group_3__0 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==62) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalAssign.g:6572:3: rule__IommuGroup__Group_3__0
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
    // InternalAssign.g:6580:1: rule__IommuGroup__Group__4 : rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 ;
    public final void rule__IommuGroup__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6584:1: ( rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 )
            // InternalAssign.g:6585:2: rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5
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
    // InternalAssign.g:6592:1: rule__IommuGroup__Group__4__Impl : ( '{' ) ;
    public final void rule__IommuGroup__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6596:1: ( ( '{' ) )
            // InternalAssign.g:6597:1: ( '{' )
            {
            // InternalAssign.g:6597:1: ( '{' )
            // InternalAssign.g:6598:2: '{'
            {
             before(grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_4()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:6607:1: rule__IommuGroup__Group__5 : rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 ;
    public final void rule__IommuGroup__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6611:1: ( rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 )
            // InternalAssign.g:6612:2: rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6
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
    // InternalAssign.g:6619:1: rule__IommuGroup__Group__5__Impl : ( ( rule__IommuGroup__DevicesAssignment_5 )* ) ;
    public final void rule__IommuGroup__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6623:1: ( ( ( rule__IommuGroup__DevicesAssignment_5 )* ) )
            // InternalAssign.g:6624:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            {
            // InternalAssign.g:6624:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            // InternalAssign.g:6625:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesAssignment_5()); 
            // InternalAssign.g:6626:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            loop59:
            do {
                int alt59=2;
                int LA59_0 = input.LA(1);

                if ( ((LA59_0>=RULE_STRING && LA59_0<=RULE_ID)||(LA59_0>=14 && LA59_0<=82)) ) {
                    alt59=1;
                }


                switch (alt59) {
            	case 1 :
            	    // InternalAssign.g:6626:3: rule__IommuGroup__DevicesAssignment_5
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
    // InternalAssign.g:6634:1: rule__IommuGroup__Group__6 : rule__IommuGroup__Group__6__Impl ;
    public final void rule__IommuGroup__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6638:1: ( rule__IommuGroup__Group__6__Impl )
            // InternalAssign.g:6639:2: rule__IommuGroup__Group__6__Impl
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
    // InternalAssign.g:6645:1: rule__IommuGroup__Group__6__Impl : ( '}' ) ;
    public final void rule__IommuGroup__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6649:1: ( ( '}' ) )
            // InternalAssign.g:6650:1: ( '}' )
            {
            // InternalAssign.g:6650:1: ( '}' )
            // InternalAssign.g:6651:2: '}'
            {
             before(grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_6()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:6661:1: rule__IommuGroup__Group_3__0 : rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 ;
    public final void rule__IommuGroup__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6665:1: ( rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 )
            // InternalAssign.g:6666:2: rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1
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
    // InternalAssign.g:6673:1: rule__IommuGroup__Group_3__0__Impl : ( 'iova' ) ;
    public final void rule__IommuGroup__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6677:1: ( ( 'iova' ) )
            // InternalAssign.g:6678:1: ( 'iova' )
            {
            // InternalAssign.g:6678:1: ( 'iova' )
            // InternalAssign.g:6679:2: 'iova'
            {
             before(grammarAccess.getIommuGroupAccess().getIovaKeyword_3_0()); 
            match(input,62,FOLLOW_2); 
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
    // InternalAssign.g:6688:1: rule__IommuGroup__Group_3__1 : rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 ;
    public final void rule__IommuGroup__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6692:1: ( rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 )
            // InternalAssign.g:6693:2: rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2
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
    // InternalAssign.g:6700:1: rule__IommuGroup__Group_3__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) ;
    public final void rule__IommuGroup__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6704:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) )
            // InternalAssign.g:6705:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            {
            // InternalAssign.g:6705:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            // InternalAssign.g:6706:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_1()); 
            // InternalAssign.g:6707:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            // InternalAssign.g:6707:3: rule__IommuGroup__IovaRangesAssignment_3_1
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
    // InternalAssign.g:6715:1: rule__IommuGroup__Group_3__2 : rule__IommuGroup__Group_3__2__Impl ;
    public final void rule__IommuGroup__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6719:1: ( rule__IommuGroup__Group_3__2__Impl )
            // InternalAssign.g:6720:2: rule__IommuGroup__Group_3__2__Impl
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
    // InternalAssign.g:6726:1: rule__IommuGroup__Group_3__2__Impl : ( ( rule__IommuGroup__Group_3_2__0 )* ) ;
    public final void rule__IommuGroup__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6730:1: ( ( ( rule__IommuGroup__Group_3_2__0 )* ) )
            // InternalAssign.g:6731:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            {
            // InternalAssign.g:6731:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            // InternalAssign.g:6732:2: ( rule__IommuGroup__Group_3_2__0 )*
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3_2()); 
            // InternalAssign.g:6733:2: ( rule__IommuGroup__Group_3_2__0 )*
            loop60:
            do {
                int alt60=2;
                int LA60_0 = input.LA(1);

                if ( (LA60_0==99) ) {
                    alt60=1;
                }


                switch (alt60) {
            	case 1 :
            	    // InternalAssign.g:6733:3: rule__IommuGroup__Group_3_2__0
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
    // InternalAssign.g:6742:1: rule__IommuGroup__Group_3_2__0 : rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 ;
    public final void rule__IommuGroup__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6746:1: ( rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 )
            // InternalAssign.g:6747:2: rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1
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
    // InternalAssign.g:6754:1: rule__IommuGroup__Group_3_2__0__Impl : ( ',' ) ;
    public final void rule__IommuGroup__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6758:1: ( ( ',' ) )
            // InternalAssign.g:6759:1: ( ',' )
            {
            // InternalAssign.g:6759:1: ( ',' )
            // InternalAssign.g:6760:2: ','
            {
             before(grammarAccess.getIommuGroupAccess().getCommaKeyword_3_2_0()); 
            match(input,99,FOLLOW_2); 
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
    // InternalAssign.g:6769:1: rule__IommuGroup__Group_3_2__1 : rule__IommuGroup__Group_3_2__1__Impl ;
    public final void rule__IommuGroup__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6773:1: ( rule__IommuGroup__Group_3_2__1__Impl )
            // InternalAssign.g:6774:2: rule__IommuGroup__Group_3_2__1__Impl
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
    // InternalAssign.g:6780:1: rule__IommuGroup__Group_3_2__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) ;
    public final void rule__IommuGroup__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6784:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) )
            // InternalAssign.g:6785:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            {
            // InternalAssign.g:6785:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            // InternalAssign.g:6786:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_2_1()); 
            // InternalAssign.g:6787:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            // InternalAssign.g:6787:3: rule__IommuGroup__IovaRangesAssignment_3_2_1
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
    // InternalAssign.g:6796:1: rule__IovaRange__Group__0 : rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 ;
    public final void rule__IovaRange__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6800:1: ( rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 )
            // InternalAssign.g:6801:2: rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1
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
    // InternalAssign.g:6808:1: rule__IovaRange__Group__0__Impl : ( ( rule__IovaRange__StartAssignment_0 ) ) ;
    public final void rule__IovaRange__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6812:1: ( ( ( rule__IovaRange__StartAssignment_0 ) ) )
            // InternalAssign.g:6813:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            {
            // InternalAssign.g:6813:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            // InternalAssign.g:6814:2: ( rule__IovaRange__StartAssignment_0 )
            {
             before(grammarAccess.getIovaRangeAccess().getStartAssignment_0()); 
            // InternalAssign.g:6815:2: ( rule__IovaRange__StartAssignment_0 )
            // InternalAssign.g:6815:3: rule__IovaRange__StartAssignment_0
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
    // InternalAssign.g:6823:1: rule__IovaRange__Group__1 : rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 ;
    public final void rule__IovaRange__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6827:1: ( rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 )
            // InternalAssign.g:6828:2: rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2
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
    // InternalAssign.g:6835:1: rule__IovaRange__Group__1__Impl : ( '..' ) ;
    public final void rule__IovaRange__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6839:1: ( ( '..' ) )
            // InternalAssign.g:6840:1: ( '..' )
            {
            // InternalAssign.g:6840:1: ( '..' )
            // InternalAssign.g:6841:2: '..'
            {
             before(grammarAccess.getIovaRangeAccess().getFullStopFullStopKeyword_1()); 
            match(input,101,FOLLOW_2); 
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
    // InternalAssign.g:6850:1: rule__IovaRange__Group__2 : rule__IovaRange__Group__2__Impl ;
    public final void rule__IovaRange__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6854:1: ( rule__IovaRange__Group__2__Impl )
            // InternalAssign.g:6855:2: rule__IovaRange__Group__2__Impl
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
    // InternalAssign.g:6861:1: rule__IovaRange__Group__2__Impl : ( ( rule__IovaRange__LastAssignment_2 ) ) ;
    public final void rule__IovaRange__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6865:1: ( ( ( rule__IovaRange__LastAssignment_2 ) ) )
            // InternalAssign.g:6866:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            {
            // InternalAssign.g:6866:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            // InternalAssign.g:6867:2: ( rule__IovaRange__LastAssignment_2 )
            {
             before(grammarAccess.getIovaRangeAccess().getLastAssignment_2()); 
            // InternalAssign.g:6868:2: ( rule__IovaRange__LastAssignment_2 )
            // InternalAssign.g:6868:3: rule__IovaRange__LastAssignment_2
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
    // InternalAssign.g:6877:1: rule__MemberRef__Group__0 : rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 ;
    public final void rule__MemberRef__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6881:1: ( rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 )
            // InternalAssign.g:6882:2: rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1
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
    // InternalAssign.g:6889:1: rule__MemberRef__Group__0__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6893:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:6894:1: ( ruleMemberPart )
            {
            // InternalAssign.g:6894:1: ( ruleMemberPart )
            // InternalAssign.g:6895:2: ruleMemberPart
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
    // InternalAssign.g:6904:1: rule__MemberRef__Group__1 : rule__MemberRef__Group__1__Impl ;
    public final void rule__MemberRef__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6908:1: ( rule__MemberRef__Group__1__Impl )
            // InternalAssign.g:6909:2: rule__MemberRef__Group__1__Impl
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
    // InternalAssign.g:6915:1: rule__MemberRef__Group__1__Impl : ( ( rule__MemberRef__Group_1__0 )? ) ;
    public final void rule__MemberRef__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6919:1: ( ( ( rule__MemberRef__Group_1__0 )? ) )
            // InternalAssign.g:6920:1: ( ( rule__MemberRef__Group_1__0 )? )
            {
            // InternalAssign.g:6920:1: ( ( rule__MemberRef__Group_1__0 )? )
            // InternalAssign.g:6921:2: ( rule__MemberRef__Group_1__0 )?
            {
             before(grammarAccess.getMemberRefAccess().getGroup_1()); 
            // InternalAssign.g:6922:2: ( rule__MemberRef__Group_1__0 )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==102) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalAssign.g:6922:3: rule__MemberRef__Group_1__0
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
    // InternalAssign.g:6931:1: rule__MemberRef__Group_1__0 : rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 ;
    public final void rule__MemberRef__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6935:1: ( rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 )
            // InternalAssign.g:6936:2: rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1
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
    // InternalAssign.g:6943:1: rule__MemberRef__Group_1__0__Impl : ( '.' ) ;
    public final void rule__MemberRef__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6947:1: ( ( '.' ) )
            // InternalAssign.g:6948:1: ( '.' )
            {
            // InternalAssign.g:6948:1: ( '.' )
            // InternalAssign.g:6949:2: '.'
            {
             before(grammarAccess.getMemberRefAccess().getFullStopKeyword_1_0()); 
            match(input,102,FOLLOW_2); 
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
    // InternalAssign.g:6958:1: rule__MemberRef__Group_1__1 : rule__MemberRef__Group_1__1__Impl ;
    public final void rule__MemberRef__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6962:1: ( rule__MemberRef__Group_1__1__Impl )
            // InternalAssign.g:6963:2: rule__MemberRef__Group_1__1__Impl
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
    // InternalAssign.g:6969:1: rule__MemberRef__Group_1__1__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6973:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:6974:1: ( ruleMemberPart )
            {
            // InternalAssign.g:6974:1: ( ruleMemberPart )
            // InternalAssign.g:6975:2: ruleMemberPart
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
    // InternalAssign.g:6985:1: rule__Size__Group__0 : rule__Size__Group__0__Impl rule__Size__Group__1 ;
    public final void rule__Size__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6989:1: ( rule__Size__Group__0__Impl rule__Size__Group__1 )
            // InternalAssign.g:6990:2: rule__Size__Group__0__Impl rule__Size__Group__1
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
    // InternalAssign.g:6997:1: rule__Size__Group__0__Impl : ( ruleNumber ) ;
    public final void rule__Size__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7001:1: ( ( ruleNumber ) )
            // InternalAssign.g:7002:1: ( ruleNumber )
            {
            // InternalAssign.g:7002:1: ( ruleNumber )
            // InternalAssign.g:7003:2: ruleNumber
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
    // InternalAssign.g:7012:1: rule__Size__Group__1 : rule__Size__Group__1__Impl ;
    public final void rule__Size__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7016:1: ( rule__Size__Group__1__Impl )
            // InternalAssign.g:7017:2: rule__Size__Group__1__Impl
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
    // InternalAssign.g:7023:1: rule__Size__Group__1__Impl : ( ( rule__Size__Alternatives_1 )? ) ;
    public final void rule__Size__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7027:1: ( ( ( rule__Size__Alternatives_1 )? ) )
            // InternalAssign.g:7028:1: ( ( rule__Size__Alternatives_1 )? )
            {
            // InternalAssign.g:7028:1: ( ( rule__Size__Alternatives_1 )? )
            // InternalAssign.g:7029:2: ( rule__Size__Alternatives_1 )?
            {
             before(grammarAccess.getSizeAccess().getAlternatives_1()); 
            // InternalAssign.g:7030:2: ( rule__Size__Alternatives_1 )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( ((LA62_0>=83 && LA62_0<=86)) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalAssign.g:7030:3: rule__Size__Alternatives_1
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
    // InternalAssign.g:7039:1: rule__VmGuest__UnorderedGroup_2_1 : ( rule__VmGuest__UnorderedGroup_2_1__0 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7044:1: ( ( rule__VmGuest__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7045:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7045:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
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
                    // InternalAssign.g:7045:2: rule__VmGuest__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7053:1: rule__VmGuest__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) ;
    public final void rule__VmGuest__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7058:1: ( ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) )
            // InternalAssign.g:7059:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
            {
            // InternalAssign.g:7059:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
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
                    // InternalAssign.g:7060:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7060:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7061:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7061:105: ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7062:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7068:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    // InternalAssign.g:7069:6: ( rule__VmGuest__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7070:6: ( rule__VmGuest__Group_2_1_0__0 )
                    // InternalAssign.g:7070:7: rule__VmGuest__Group_2_1_0__0
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
                    // InternalAssign.g:7075:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7075:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7076:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7076:105: ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7077:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7083:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    // InternalAssign.g:7084:6: ( rule__VmGuest__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7085:6: ( rule__VmGuest__Group_2_1_1__0 )
                    // InternalAssign.g:7085:7: rule__VmGuest__Group_2_1_1__0
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
                    // InternalAssign.g:7090:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7090:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7091:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7091:105: ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7092:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7098:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    // InternalAssign.g:7099:6: ( rule__VmGuest__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7100:6: ( rule__VmGuest__Group_2_1_2__0 )
                    // InternalAssign.g:7100:7: rule__VmGuest__Group_2_1_2__0
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
                    // InternalAssign.g:7105:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7105:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7106:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7106:105: ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7107:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7113:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    // InternalAssign.g:7114:6: ( rule__VmGuest__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7115:6: ( rule__VmGuest__Group_2_1_3__0 )
                    // InternalAssign.g:7115:7: rule__VmGuest__Group_2_1_3__0
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
                    // InternalAssign.g:7120:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    {
                    // InternalAssign.g:7120:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    // InternalAssign.g:7121:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4)");
                    }
                    // InternalAssign.g:7121:105: ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    // InternalAssign.g:7122:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7128:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    // InternalAssign.g:7129:6: ( rule__VmGuest__Group_2_1_4__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_4()); 
                    // InternalAssign.g:7130:6: ( rule__VmGuest__Group_2_1_4__0 )
                    // InternalAssign.g:7130:7: rule__VmGuest__Group_2_1_4__0
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
                    // InternalAssign.g:7135:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    {
                    // InternalAssign.g:7135:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    // InternalAssign.g:7136:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5)");
                    }
                    // InternalAssign.g:7136:105: ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    // InternalAssign.g:7137:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7143:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    // InternalAssign.g:7144:6: ( rule__VmGuest__Group_2_1_5__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_5()); 
                    // InternalAssign.g:7145:6: ( rule__VmGuest__Group_2_1_5__0 )
                    // InternalAssign.g:7145:7: rule__VmGuest__Group_2_1_5__0
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
    // InternalAssign.g:7158:1: rule__VmGuest__UnorderedGroup_2_1__0 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7162:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7163:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7164:2: ( rule__VmGuest__UnorderedGroup_2_1__1 )?
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
                    // InternalAssign.g:7164:2: rule__VmGuest__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7170:1: rule__VmGuest__UnorderedGroup_2_1__1 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7174:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7175:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7176:2: ( rule__VmGuest__UnorderedGroup_2_1__2 )?
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
                    // InternalAssign.g:7176:2: rule__VmGuest__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7182:1: rule__VmGuest__UnorderedGroup_2_1__2 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7186:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7187:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7188:2: ( rule__VmGuest__UnorderedGroup_2_1__3 )?
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
                    // InternalAssign.g:7188:2: rule__VmGuest__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7194:1: rule__VmGuest__UnorderedGroup_2_1__3 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7198:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? )
            // InternalAssign.g:7199:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7200:2: ( rule__VmGuest__UnorderedGroup_2_1__4 )?
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
                    // InternalAssign.g:7200:2: rule__VmGuest__UnorderedGroup_2_1__4
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
    // InternalAssign.g:7206:1: rule__VmGuest__UnorderedGroup_2_1__4 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7210:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? )
            // InternalAssign.g:7211:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )?
            {
            pushFollow(FOLLOW_56);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7212:2: ( rule__VmGuest__UnorderedGroup_2_1__5 )?
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
                    // InternalAssign.g:7212:2: rule__VmGuest__UnorderedGroup_2_1__5
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
    // InternalAssign.g:7218:1: rule__VmGuest__UnorderedGroup_2_1__5 : rule__VmGuest__UnorderedGroup_2_1__Impl ;
    public final void rule__VmGuest__UnorderedGroup_2_1__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7222:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7223:2: rule__VmGuest__UnorderedGroup_2_1__Impl
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
    // InternalAssign.g:7230:1: rule__UserspaceDriver__UnorderedGroup_2_1 : ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7235:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7236:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7236:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
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
                    // InternalAssign.g:7236:2: rule__UserspaceDriver__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7244:1: rule__UserspaceDriver__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7249:1: ( ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) )
            // InternalAssign.g:7250:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7250:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
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
                    // InternalAssign.g:7251:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7251:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7252:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7252:113: ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7253:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7259:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    // InternalAssign.g:7260:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7261:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    // InternalAssign.g:7261:7: rule__UserspaceDriver__Group_2_1_0__0
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
                    // InternalAssign.g:7266:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7266:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7267:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7267:113: ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7268:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7274:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    // InternalAssign.g:7275:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7276:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    // InternalAssign.g:7276:7: rule__UserspaceDriver__Group_2_1_1__0
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
                    // InternalAssign.g:7281:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7281:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7282:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7282:113: ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7283:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7289:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    // InternalAssign.g:7290:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7291:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    // InternalAssign.g:7291:7: rule__UserspaceDriver__Group_2_1_2__0
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
                    // InternalAssign.g:7296:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7296:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7297:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7297:113: ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7298:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7304:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    // InternalAssign.g:7305:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7306:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    // InternalAssign.g:7306:7: rule__UserspaceDriver__Group_2_1_3__0
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
    // InternalAssign.g:7319:1: rule__UserspaceDriver__UnorderedGroup_2_1__0 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7323:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7324:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_57);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7325:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
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
                    // InternalAssign.g:7325:2: rule__UserspaceDriver__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7331:1: rule__UserspaceDriver__UnorderedGroup_2_1__1 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7335:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7336:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_57);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7337:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
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
                    // InternalAssign.g:7337:2: rule__UserspaceDriver__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7343:1: rule__UserspaceDriver__UnorderedGroup_2_1__2 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7347:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7348:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_57);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7349:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
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
                    // InternalAssign.g:7349:2: rule__UserspaceDriver__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7355:1: rule__UserspaceDriver__UnorderedGroup_2_1__3 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7359:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7360:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl
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
    // InternalAssign.g:7367:1: rule__Assignment__UnorderedGroup_4_1 : ( rule__Assignment__UnorderedGroup_4_1__0 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
        	
        try {
            // InternalAssign.g:7372:1: ( ( rule__Assignment__UnorderedGroup_4_1__0 )? )
            // InternalAssign.g:7373:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            {
            // InternalAssign.g:7373:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
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
            switch (alt75) {
                case 1 :
                    // InternalAssign.g:7373:2: rule__Assignment__UnorderedGroup_4_1__0
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
    // InternalAssign.g:7381:1: rule__Assignment__UnorderedGroup_4_1__Impl : ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) ) ;
    public final void rule__Assignment__UnorderedGroup_4_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7386:1: ( ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) ) )
            // InternalAssign.g:7387:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) )
            {
            // InternalAssign.g:7387:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) )
            int alt76=4;
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
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 76, 0, input);

                throw nvae;
            }
            switch (alt76) {
                case 1 :
                    // InternalAssign.g:7388:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7388:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    // InternalAssign.g:7389:4: {...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0)");
                    }
                    // InternalAssign.g:7389:108: ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    // InternalAssign.g:7390:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7396:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    // InternalAssign.g:7397:6: ( rule__Assignment__Group_4_1_0__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_0()); 
                    // InternalAssign.g:7398:6: ( rule__Assignment__Group_4_1_0__0 )
                    // InternalAssign.g:7398:7: rule__Assignment__Group_4_1_0__0
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
                    // InternalAssign.g:7403:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7403:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    // InternalAssign.g:7404:4: {...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1)");
                    }
                    // InternalAssign.g:7404:108: ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    // InternalAssign.g:7405:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7411:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    // InternalAssign.g:7412:6: ( rule__Assignment__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_1()); 
                    // InternalAssign.g:7413:6: ( rule__Assignment__Group_4_1_1__0 )
                    // InternalAssign.g:7413:7: rule__Assignment__Group_4_1_1__0
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
                    // InternalAssign.g:7418:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7418:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    // InternalAssign.g:7419:4: {...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2)");
                    }
                    // InternalAssign.g:7419:108: ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    // InternalAssign.g:7420:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7426:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    // InternalAssign.g:7427:6: ( rule__Assignment__Group_4_1_2__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_2()); 
                    // InternalAssign.g:7428:6: ( rule__Assignment__Group_4_1_2__0 )
                    // InternalAssign.g:7428:7: rule__Assignment__Group_4_1_2__0
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
                    // InternalAssign.g:7433:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    {
                    // InternalAssign.g:7433:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    // InternalAssign.g:7434:4: {...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3)");
                    }
                    // InternalAssign.g:7434:108: ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    // InternalAssign.g:7435:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7441:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    // InternalAssign.g:7442:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    {
                     before(grammarAccess.getAssignmentAccess().getPersistentAssignment_4_1_3()); 
                    // InternalAssign.g:7443:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    // InternalAssign.g:7443:7: rule__Assignment__PersistentAssignment_4_1_3
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
    // InternalAssign.g:7456:1: rule__Assignment__UnorderedGroup_4_1__0 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7460:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? )
            // InternalAssign.g:7461:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )?
            {
            pushFollow(FOLLOW_58);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7462:2: ( rule__Assignment__UnorderedGroup_4_1__1 )?
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
            switch (alt77) {
                case 1 :
                    // InternalAssign.g:7462:2: rule__Assignment__UnorderedGroup_4_1__1
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
    // InternalAssign.g:7468:1: rule__Assignment__UnorderedGroup_4_1__1 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7472:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? )
            // InternalAssign.g:7473:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )?
            {
            pushFollow(FOLLOW_58);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7474:2: ( rule__Assignment__UnorderedGroup_4_1__2 )?
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
            switch (alt78) {
                case 1 :
                    // InternalAssign.g:7474:2: rule__Assignment__UnorderedGroup_4_1__2
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
    // InternalAssign.g:7480:1: rule__Assignment__UnorderedGroup_4_1__2 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7484:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? )
            // InternalAssign.g:7485:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )?
            {
            pushFollow(FOLLOW_58);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7486:2: ( rule__Assignment__UnorderedGroup_4_1__3 )?
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
            switch (alt79) {
                case 1 :
                    // InternalAssign.g:7486:2: rule__Assignment__UnorderedGroup_4_1__3
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
    // InternalAssign.g:7492:1: rule__Assignment__UnorderedGroup_4_1__3 : rule__Assignment__UnorderedGroup_4_1__Impl ;
    public final void rule__Assignment__UnorderedGroup_4_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7496:1: ( rule__Assignment__UnorderedGroup_4_1__Impl )
            // InternalAssign.g:7497:2: rule__Assignment__UnorderedGroup_4_1__Impl
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
    // InternalAssign.g:7504:1: rule__InlineBoard__UnorderedGroup_2 : ( rule__InlineBoard__UnorderedGroup_2__0 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
        	
        try {
            // InternalAssign.g:7509:1: ( ( rule__InlineBoard__UnorderedGroup_2__0 )? )
            // InternalAssign.g:7510:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            {
            // InternalAssign.g:7510:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( LA80_0 == 44 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt80=1;
            }
            else if ( LA80_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt80=1;
            }
            else if ( LA80_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt80=1;
            }
            else if ( LA80_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalAssign.g:7510:2: rule__InlineBoard__UnorderedGroup_2__0
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
    // InternalAssign.g:7518:1: rule__InlineBoard__UnorderedGroup_2__Impl : ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) ;
    public final void rule__InlineBoard__UnorderedGroup_2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7523:1: ( ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) )
            // InternalAssign.g:7524:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7524:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            int alt81=4;
            int LA81_0 = input.LA(1);

            if ( LA81_0 == 44 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt81=1;
            }
            else if ( LA81_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt81=2;
            }
            else if ( LA81_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt81=3;
            }
            else if ( LA81_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt81=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 81, 0, input);

                throw nvae;
            }
            switch (alt81) {
                case 1 :
                    // InternalAssign.g:7525:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7525:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    // InternalAssign.g:7526:4: {...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0)");
                    }
                    // InternalAssign.g:7526:107: ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    // InternalAssign.g:7527:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7533:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    // InternalAssign.g:7534:6: ( rule__InlineBoard__Group_2_0__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_0()); 
                    // InternalAssign.g:7535:6: ( rule__InlineBoard__Group_2_0__0 )
                    // InternalAssign.g:7535:7: rule__InlineBoard__Group_2_0__0
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
                    // InternalAssign.g:7540:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7540:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    // InternalAssign.g:7541:4: {...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1)");
                    }
                    // InternalAssign.g:7541:107: ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    // InternalAssign.g:7542:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7548:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    // InternalAssign.g:7549:6: ( rule__InlineBoard__Group_2_1__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_1()); 
                    // InternalAssign.g:7550:6: ( rule__InlineBoard__Group_2_1__0 )
                    // InternalAssign.g:7550:7: rule__InlineBoard__Group_2_1__0
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
                    // InternalAssign.g:7555:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7555:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    // InternalAssign.g:7556:4: {...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2)");
                    }
                    // InternalAssign.g:7556:107: ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    // InternalAssign.g:7557:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7563:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    // InternalAssign.g:7564:6: ( rule__InlineBoard__Group_2_2__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_2()); 
                    // InternalAssign.g:7565:6: ( rule__InlineBoard__Group_2_2__0 )
                    // InternalAssign.g:7565:7: rule__InlineBoard__Group_2_2__0
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
                    // InternalAssign.g:7570:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7570:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    // InternalAssign.g:7571:4: {...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3)");
                    }
                    // InternalAssign.g:7571:107: ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    // InternalAssign.g:7572:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7578:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    // InternalAssign.g:7579:6: ( rule__InlineBoard__Group_2_3__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_3()); 
                    // InternalAssign.g:7580:6: ( rule__InlineBoard__Group_2_3__0 )
                    // InternalAssign.g:7580:7: rule__InlineBoard__Group_2_3__0
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
    // InternalAssign.g:7593:1: rule__InlineBoard__UnorderedGroup_2__0 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7597:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? )
            // InternalAssign.g:7598:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )?
            {
            pushFollow(FOLLOW_59);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:7599:2: ( rule__InlineBoard__UnorderedGroup_2__1 )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( LA82_0 == 44 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt82=1;
            }
            else if ( LA82_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt82=1;
            }
            else if ( LA82_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt82=1;
            }
            else if ( LA82_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalAssign.g:7599:2: rule__InlineBoard__UnorderedGroup_2__1
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
    // InternalAssign.g:7605:1: rule__InlineBoard__UnorderedGroup_2__1 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7609:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? )
            // InternalAssign.g:7610:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )?
            {
            pushFollow(FOLLOW_59);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:7611:2: ( rule__InlineBoard__UnorderedGroup_2__2 )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( LA83_0 == 44 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt83=1;
            }
            else if ( LA83_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt83=1;
            }
            else if ( LA83_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt83=1;
            }
            else if ( LA83_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalAssign.g:7611:2: rule__InlineBoard__UnorderedGroup_2__2
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
    // InternalAssign.g:7617:1: rule__InlineBoard__UnorderedGroup_2__2 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7621:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? )
            // InternalAssign.g:7622:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )?
            {
            pushFollow(FOLLOW_59);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:7623:2: ( rule__InlineBoard__UnorderedGroup_2__3 )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( LA84_0 == 44 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt84=1;
            }
            else if ( LA84_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt84=1;
            }
            else if ( LA84_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt84=1;
            }
            else if ( LA84_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalAssign.g:7623:2: rule__InlineBoard__UnorderedGroup_2__3
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
    // InternalAssign.g:7629:1: rule__InlineBoard__UnorderedGroup_2__3 : rule__InlineBoard__UnorderedGroup_2__Impl ;
    public final void rule__InlineBoard__UnorderedGroup_2__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7633:1: ( rule__InlineBoard__UnorderedGroup_2__Impl )
            // InternalAssign.g:7634:2: rule__InlineBoard__UnorderedGroup_2__Impl
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
    // InternalAssign.g:7641:1: rule__PciDevice__UnorderedGroup_3 : ( rule__PciDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PciDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:7646:1: ( ( rule__PciDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:7647:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:7647:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( LA85_0 == 54 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt85=1;
            }
            else if ( LA85_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt85=1;
            }
            else if ( LA85_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt85=1;
            }
            else if ( LA85_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalAssign.g:7647:2: rule__PciDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:7655:1: rule__PciDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) ;
    public final void rule__PciDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7660:1: ( ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) )
            // InternalAssign.g:7661:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            {
            // InternalAssign.g:7661:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            int alt86=4;
            int LA86_0 = input.LA(1);

            if ( LA86_0 == 54 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt86=1;
            }
            else if ( LA86_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt86=2;
            }
            else if ( LA86_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt86=3;
            }
            else if ( LA86_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt86=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 86, 0, input);

                throw nvae;
            }
            switch (alt86) {
                case 1 :
                    // InternalAssign.g:7662:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7662:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:7663:4: {...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:7663:105: ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:7664:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7670:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    // InternalAssign.g:7671:6: ( rule__PciDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:7672:6: ( rule__PciDevice__Group_3_0__0 )
                    // InternalAssign.g:7672:7: rule__PciDevice__Group_3_0__0
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
                    // InternalAssign.g:7677:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7677:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:7678:4: {...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:7678:105: ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:7679:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7685:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    // InternalAssign.g:7686:6: ( rule__PciDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:7687:6: ( rule__PciDevice__Group_3_1__0 )
                    // InternalAssign.g:7687:7: rule__PciDevice__Group_3_1__0
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
                    // InternalAssign.g:7692:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7692:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    // InternalAssign.g:7693:4: {...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2)");
                    }
                    // InternalAssign.g:7693:105: ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    // InternalAssign.g:7694:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7700:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    // InternalAssign.g:7701:6: ( rule__PciDevice__Group_3_2__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_2()); 
                    // InternalAssign.g:7702:6: ( rule__PciDevice__Group_3_2__0 )
                    // InternalAssign.g:7702:7: rule__PciDevice__Group_3_2__0
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
                    // InternalAssign.g:7707:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    {
                    // InternalAssign.g:7707:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    // InternalAssign.g:7708:4: {...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3)");
                    }
                    // InternalAssign.g:7708:105: ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    // InternalAssign.g:7709:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7715:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    // InternalAssign.g:7716:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getBridgeAssignment_3_3()); 
                    // InternalAssign.g:7717:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    // InternalAssign.g:7717:7: rule__PciDevice__BridgeAssignment_3_3
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
    // InternalAssign.g:7730:1: rule__PciDevice__UnorderedGroup_3__0 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7734:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:7735:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_60);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7736:2: ( rule__PciDevice__UnorderedGroup_3__1 )?
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( LA87_0 == 54 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt87=1;
            }
            else if ( LA87_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt87=1;
            }
            else if ( LA87_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt87=1;
            }
            else if ( LA87_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt87=1;
            }
            switch (alt87) {
                case 1 :
                    // InternalAssign.g:7736:2: rule__PciDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:7742:1: rule__PciDevice__UnorderedGroup_3__1 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7746:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? )
            // InternalAssign.g:7747:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )?
            {
            pushFollow(FOLLOW_60);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7748:2: ( rule__PciDevice__UnorderedGroup_3__2 )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( LA88_0 == 54 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt88=1;
            }
            else if ( LA88_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt88=1;
            }
            else if ( LA88_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt88=1;
            }
            else if ( LA88_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalAssign.g:7748:2: rule__PciDevice__UnorderedGroup_3__2
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
    // InternalAssign.g:7754:1: rule__PciDevice__UnorderedGroup_3__2 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7758:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? )
            // InternalAssign.g:7759:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )?
            {
            pushFollow(FOLLOW_60);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7760:2: ( rule__PciDevice__UnorderedGroup_3__3 )?
            int alt89=2;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 54 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt89=1;
            }
            else if ( LA89_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt89=1;
            }
            else if ( LA89_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt89=1;
            }
            else if ( LA89_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt89=1;
            }
            switch (alt89) {
                case 1 :
                    // InternalAssign.g:7760:2: rule__PciDevice__UnorderedGroup_3__3
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
    // InternalAssign.g:7766:1: rule__PciDevice__UnorderedGroup_3__3 : rule__PciDevice__UnorderedGroup_3__Impl ;
    public final void rule__PciDevice__UnorderedGroup_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7770:1: ( rule__PciDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:7771:2: rule__PciDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:7778:1: rule__PlatformDevice__UnorderedGroup_3 : ( rule__PlatformDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:7783:1: ( ( rule__PlatformDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:7784:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:7784:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( LA90_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt90=1;
            }
            else if ( LA90_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalAssign.g:7784:2: rule__PlatformDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:7792:1: rule__PlatformDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) ;
    public final void rule__PlatformDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7797:1: ( ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) )
            // InternalAssign.g:7798:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            {
            // InternalAssign.g:7798:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( LA91_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt91=1;
            }
            else if ( LA91_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt91=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 91, 0, input);

                throw nvae;
            }
            switch (alt91) {
                case 1 :
                    // InternalAssign.g:7799:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7799:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:7800:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:7800:110: ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:7801:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7807:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    // InternalAssign.g:7808:6: ( rule__PlatformDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:7809:6: ( rule__PlatformDevice__Group_3_0__0 )
                    // InternalAssign.g:7809:7: rule__PlatformDevice__Group_3_0__0
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
                    // InternalAssign.g:7814:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7814:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:7815:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:7815:110: ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:7816:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7822:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    // InternalAssign.g:7823:6: ( rule__PlatformDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:7824:6: ( rule__PlatformDevice__Group_3_1__0 )
                    // InternalAssign.g:7824:7: rule__PlatformDevice__Group_3_1__0
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
    // InternalAssign.g:7837:1: rule__PlatformDevice__UnorderedGroup_3__0 : rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7841:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:7842:2: rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_61);
            rule__PlatformDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:7843:2: ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( LA92_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt92=1;
            }
            else if ( LA92_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalAssign.g:7843:2: rule__PlatformDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:7849:1: rule__PlatformDevice__UnorderedGroup_3__1 : rule__PlatformDevice__UnorderedGroup_3__Impl ;
    public final void rule__PlatformDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7853:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:7854:2: rule__PlatformDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:7861:1: rule__DeviceFacts__UnorderedGroup_0 : ( rule__DeviceFacts__UnorderedGroup_0__0 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
        	
        try {
            // InternalAssign.g:7866:1: ( ( rule__DeviceFacts__UnorderedGroup_0__0 )? )
            // InternalAssign.g:7867:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            {
            // InternalAssign.g:7867:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( LA93_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt93=1;
            }
            else if ( LA93_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt93=1;
            }
            else if ( LA93_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt93=1;
            }
            else if ( LA93_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalAssign.g:7867:2: rule__DeviceFacts__UnorderedGroup_0__0
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
    // InternalAssign.g:7875:1: rule__DeviceFacts__UnorderedGroup_0__Impl : ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) ;
    public final void rule__DeviceFacts__UnorderedGroup_0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7880:1: ( ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) )
            // InternalAssign.g:7881:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7881:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            int alt94=4;
            int LA94_0 = input.LA(1);

            if ( LA94_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt94=1;
            }
            else if ( LA94_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt94=2;
            }
            else if ( LA94_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt94=3;
            }
            else if ( LA94_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt94=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 94, 0, input);

                throw nvae;
            }
            switch (alt94) {
                case 1 :
                    // InternalAssign.g:7882:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7882:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    // InternalAssign.g:7883:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0)");
                    }
                    // InternalAssign.g:7883:107: ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    // InternalAssign.g:7884:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7890:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    // InternalAssign.g:7891:6: ( rule__DeviceFacts__Group_0_0__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_0()); 
                    // InternalAssign.g:7892:6: ( rule__DeviceFacts__Group_0_0__0 )
                    // InternalAssign.g:7892:7: rule__DeviceFacts__Group_0_0__0
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
                    // InternalAssign.g:7897:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7897:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    // InternalAssign.g:7898:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1)");
                    }
                    // InternalAssign.g:7898:107: ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    // InternalAssign.g:7899:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7905:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    // InternalAssign.g:7906:6: ( rule__DeviceFacts__Group_0_1__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_1()); 
                    // InternalAssign.g:7907:6: ( rule__DeviceFacts__Group_0_1__0 )
                    // InternalAssign.g:7907:7: rule__DeviceFacts__Group_0_1__0
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
                    // InternalAssign.g:7912:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7912:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    // InternalAssign.g:7913:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2)");
                    }
                    // InternalAssign.g:7913:107: ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    // InternalAssign.g:7914:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7920:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    // InternalAssign.g:7921:6: ( rule__DeviceFacts__Group_0_2__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_2()); 
                    // InternalAssign.g:7922:6: ( rule__DeviceFacts__Group_0_2__0 )
                    // InternalAssign.g:7922:7: rule__DeviceFacts__Group_0_2__0
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
                    // InternalAssign.g:7927:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7927:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    // InternalAssign.g:7928:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3)");
                    }
                    // InternalAssign.g:7928:107: ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    // InternalAssign.g:7929:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7935:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    // InternalAssign.g:7936:6: ( rule__DeviceFacts__Group_0_3__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_3()); 
                    // InternalAssign.g:7937:6: ( rule__DeviceFacts__Group_0_3__0 )
                    // InternalAssign.g:7937:7: rule__DeviceFacts__Group_0_3__0
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
    // InternalAssign.g:7950:1: rule__DeviceFacts__UnorderedGroup_0__0 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7954:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? )
            // InternalAssign.g:7955:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            {
            pushFollow(FOLLOW_62);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:7956:2: ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            int alt95=2;
            int LA95_0 = input.LA(1);

            if ( LA95_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt95=1;
            }
            else if ( LA95_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt95=1;
            }
            else if ( LA95_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt95=1;
            }
            else if ( LA95_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt95=1;
            }
            switch (alt95) {
                case 1 :
                    // InternalAssign.g:7956:2: rule__DeviceFacts__UnorderedGroup_0__1
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
    // InternalAssign.g:7962:1: rule__DeviceFacts__UnorderedGroup_0__1 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7966:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? )
            // InternalAssign.g:7967:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            {
            pushFollow(FOLLOW_62);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:7968:2: ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            int alt96=2;
            int LA96_0 = input.LA(1);

            if ( LA96_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt96=1;
            }
            else if ( LA96_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt96=1;
            }
            else if ( LA96_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt96=1;
            }
            else if ( LA96_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt96=1;
            }
            switch (alt96) {
                case 1 :
                    // InternalAssign.g:7968:2: rule__DeviceFacts__UnorderedGroup_0__2
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
    // InternalAssign.g:7974:1: rule__DeviceFacts__UnorderedGroup_0__2 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7978:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? )
            // InternalAssign.g:7979:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            {
            pushFollow(FOLLOW_62);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:7980:2: ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( LA97_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt97=1;
            }
            else if ( LA97_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt97=1;
            }
            else if ( LA97_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt97=1;
            }
            else if ( LA97_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalAssign.g:7980:2: rule__DeviceFacts__UnorderedGroup_0__3
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
    // InternalAssign.g:7986:1: rule__DeviceFacts__UnorderedGroup_0__3 : rule__DeviceFacts__UnorderedGroup_0__Impl ;
    public final void rule__DeviceFacts__UnorderedGroup_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7990:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl )
            // InternalAssign.g:7991:2: rule__DeviceFacts__UnorderedGroup_0__Impl
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
    // InternalAssign.g:7998:1: rule__AssignmentConfig__ImportsAssignment_0 : ( ruleImport ) ;
    public final void rule__AssignmentConfig__ImportsAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8002:1: ( ( ruleImport ) )
            // InternalAssign.g:8003:2: ( ruleImport )
            {
            // InternalAssign.g:8003:2: ( ruleImport )
            // InternalAssign.g:8004:3: ruleImport
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
    // InternalAssign.g:8013:1: rule__AssignmentConfig__NameAssignment_2 : ( ruleName ) ;
    public final void rule__AssignmentConfig__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8017:1: ( ( ruleName ) )
            // InternalAssign.g:8018:2: ( ruleName )
            {
            // InternalAssign.g:8018:2: ( ruleName )
            // InternalAssign.g:8019:3: ruleName
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
    // InternalAssign.g:8028:1: rule__AssignmentConfig__BoardAssignment_3_1_0 : ( ( ruleBoardRef ) ) ;
    public final void rule__AssignmentConfig__BoardAssignment_3_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8032:1: ( ( ( ruleBoardRef ) ) )
            // InternalAssign.g:8033:2: ( ( ruleBoardRef ) )
            {
            // InternalAssign.g:8033:2: ( ( ruleBoardRef ) )
            // InternalAssign.g:8034:3: ( ruleBoardRef )
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardBoardCrossReference_3_1_0_0()); 
            // InternalAssign.g:8035:3: ( ruleBoardRef )
            // InternalAssign.g:8036:4: ruleBoardRef
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
    // InternalAssign.g:8047:1: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 : ( ruleInlineBoard ) ;
    public final void rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8051:1: ( ( ruleInlineBoard ) )
            // InternalAssign.g:8052:2: ( ruleInlineBoard )
            {
            // InternalAssign.g:8052:2: ( ruleInlineBoard )
            // InternalAssign.g:8053:3: ruleInlineBoard
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
    // InternalAssign.g:8062:1: rule__AssignmentConfig__ConsumersAssignment_4_0 : ( ruleConsumer ) ;
    public final void rule__AssignmentConfig__ConsumersAssignment_4_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8066:1: ( ( ruleConsumer ) )
            // InternalAssign.g:8067:2: ( ruleConsumer )
            {
            // InternalAssign.g:8067:2: ( ruleConsumer )
            // InternalAssign.g:8068:3: ruleConsumer
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
    // InternalAssign.g:8077:1: rule__AssignmentConfig__AssignmentsAssignment_4_1 : ( ruleAssignment ) ;
    public final void rule__AssignmentConfig__AssignmentsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8081:1: ( ( ruleAssignment ) )
            // InternalAssign.g:8082:2: ( ruleAssignment )
            {
            // InternalAssign.g:8082:2: ( ruleAssignment )
            // InternalAssign.g:8083:3: ruleAssignment
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
    // InternalAssign.g:8092:1: rule__Import__ImportURIAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Import__ImportURIAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8096:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8097:2: ( RULE_STRING )
            {
            // InternalAssign.g:8097:2: ( RULE_STRING )
            // InternalAssign.g:8098:3: RULE_STRING
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
    // InternalAssign.g:8107:1: rule__VmGuest__NameAssignment_1 : ( ruleName ) ;
    public final void rule__VmGuest__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8111:1: ( ( ruleName ) )
            // InternalAssign.g:8112:2: ( ruleName )
            {
            // InternalAssign.g:8112:2: ( ruleName )
            // InternalAssign.g:8113:3: ruleName
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
    // InternalAssign.g:8122:1: rule__VmGuest__MemorySizeAssignment_2_1_0_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemorySizeAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8126:1: ( ( ruleSize ) )
            // InternalAssign.g:8127:2: ( ruleSize )
            {
            // InternalAssign.g:8127:2: ( ruleSize )
            // InternalAssign.g:8128:3: ruleSize
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
    // InternalAssign.g:8137:1: rule__VmGuest__VcpusAssignment_2_1_1_1 : ( RULE_INT ) ;
    public final void rule__VmGuest__VcpusAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8141:1: ( ( RULE_INT ) )
            // InternalAssign.g:8142:2: ( RULE_INT )
            {
            // InternalAssign.g:8142:2: ( RULE_INT )
            // InternalAssign.g:8143:3: RULE_INT
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
    // InternalAssign.g:8152:1: rule__VmGuest__MachineAssignment_2_1_2_1 : ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) ;
    public final void rule__VmGuest__MachineAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8156:1: ( ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) )
            // InternalAssign.g:8157:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            {
            // InternalAssign.g:8157:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            // InternalAssign.g:8158:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAlternatives_2_1_2_1_0()); 
            // InternalAssign.g:8159:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            // InternalAssign.g:8159:4: rule__VmGuest__MachineAlternatives_2_1_2_1_0
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
    // InternalAssign.g:8167:1: rule__VmGuest__MemlockLimitAssignment_2_1_3_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemlockLimitAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8171:1: ( ( ruleSize ) )
            // InternalAssign.g:8172:2: ( ruleSize )
            {
            // InternalAssign.g:8172:2: ( ruleSize )
            // InternalAssign.g:8173:3: ruleSize
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
    // InternalAssign.g:8182:1: rule__VmGuest__QemuVersionAssignment_2_1_4_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__QemuVersionAssignment_2_1_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8186:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8187:2: ( RULE_STRING )
            {
            // InternalAssign.g:8187:2: ( RULE_STRING )
            // InternalAssign.g:8188:3: RULE_STRING
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
    // InternalAssign.g:8197:1: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__LibvirtVersionAssignment_2_1_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8201:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8202:2: ( RULE_STRING )
            {
            // InternalAssign.g:8202:2: ( RULE_STRING )
            // InternalAssign.g:8203:3: RULE_STRING
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
    // InternalAssign.g:8212:1: rule__UserspaceDriver__NameAssignment_1 : ( ruleName ) ;
    public final void rule__UserspaceDriver__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8216:1: ( ( ruleName ) )
            // InternalAssign.g:8217:2: ( ruleName )
            {
            // InternalAssign.g:8217:2: ( ruleName )
            // InternalAssign.g:8218:3: ruleName
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
    // InternalAssign.g:8227:1: rule__UserspaceDriver__UidAssignment_2_1_0_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__UidAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8231:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8232:2: ( ruleUnixId )
            {
            // InternalAssign.g:8232:2: ( ruleUnixId )
            // InternalAssign.g:8233:3: ruleUnixId
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
    // InternalAssign.g:8242:1: rule__UserspaceDriver__GidAssignment_2_1_1_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__GidAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8246:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8247:2: ( ruleUnixId )
            {
            // InternalAssign.g:8247:2: ( ruleUnixId )
            // InternalAssign.g:8248:3: ruleUnixId
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
    // InternalAssign.g:8257:1: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 : ( ruleSize ) ;
    public final void rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8261:1: ( ( ruleSize ) )
            // InternalAssign.g:8262:2: ( ruleSize )
            {
            // InternalAssign.g:8262:2: ( ruleSize )
            // InternalAssign.g:8263:3: ruleSize
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
    // InternalAssign.g:8272:1: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 : ( RULE_STRING ) ;
    public final void rule__UserspaceDriver__SocketPathAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8276:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8277:2: ( RULE_STRING )
            {
            // InternalAssign.g:8277:2: ( RULE_STRING )
            // InternalAssign.g:8278:3: RULE_STRING
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
    // InternalAssign.g:8287:1: rule__Probe__NameAssignment_1 : ( ruleName ) ;
    public final void rule__Probe__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8291:1: ( ( ruleName ) )
            // InternalAssign.g:8292:2: ( ruleName )
            {
            // InternalAssign.g:8292:2: ( ruleName )
            // InternalAssign.g:8293:3: ruleName
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
    // InternalAssign.g:8302:1: rule__Probe__MemlockLimitAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__Probe__MemlockLimitAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8306:1: ( ( ruleSize ) )
            // InternalAssign.g:8307:2: ( ruleSize )
            {
            // InternalAssign.g:8307:2: ( ruleSize )
            // InternalAssign.g:8308:3: ruleSize
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
    // InternalAssign.g:8317:1: rule__Assignment__DeviceAssignment_1_0 : ( ( ruleDeviceRef ) ) ;
    public final void rule__Assignment__DeviceAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8321:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8322:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8322:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8323:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_0_0()); 
            // InternalAssign.g:8324:3: ( ruleDeviceRef )
            // InternalAssign.g:8325:4: ruleDeviceRef
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
    // InternalAssign.g:8336:1: rule__Assignment__GroupAssignment_1_1_1 : ( ( ruleGroupId ) ) ;
    public final void rule__Assignment__GroupAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8340:1: ( ( ( ruleGroupId ) ) )
            // InternalAssign.g:8341:2: ( ( ruleGroupId ) )
            {
            // InternalAssign.g:8341:2: ( ( ruleGroupId ) )
            // InternalAssign.g:8342:3: ( ruleGroupId )
            {
             before(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_1_1_0()); 
            // InternalAssign.g:8343:3: ( ruleGroupId )
            // InternalAssign.g:8344:4: ruleGroupId
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
    // InternalAssign.g:8355:1: rule__Assignment__ConsumerAssignment_3 : ( ( ruleName ) ) ;
    public final void rule__Assignment__ConsumerAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8359:1: ( ( ( ruleName ) ) )
            // InternalAssign.g:8360:2: ( ( ruleName ) )
            {
            // InternalAssign.g:8360:2: ( ( ruleName ) )
            // InternalAssign.g:8361:3: ( ruleName )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerConsumerCrossReference_3_0()); 
            // InternalAssign.g:8362:3: ( ruleName )
            // InternalAssign.g:8363:4: ruleName
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
    // InternalAssign.g:8374:1: rule__Assignment__DriverAssignment_4_1_0_1 : ( ruleVfioDriver ) ;
    public final void rule__Assignment__DriverAssignment_4_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8378:1: ( ( ruleVfioDriver ) )
            // InternalAssign.g:8379:2: ( ruleVfioDriver )
            {
            // InternalAssign.g:8379:2: ( ruleVfioDriver )
            // InternalAssign.g:8380:3: ruleVfioDriver
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
    // InternalAssign.g:8389:1: rule__Assignment__OpenPathAssignment_4_1_1_1 : ( ruleOpenPath ) ;
    public final void rule__Assignment__OpenPathAssignment_4_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8393:1: ( ( ruleOpenPath ) )
            // InternalAssign.g:8394:2: ( ruleOpenPath )
            {
            // InternalAssign.g:8394:2: ( ruleOpenPath )
            // InternalAssign.g:8395:3: ruleOpenPath
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
    // InternalAssign.g:8404:1: rule__Assignment__ResetPolicyAssignment_4_1_2_1 : ( ruleResetPolicy ) ;
    public final void rule__Assignment__ResetPolicyAssignment_4_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8408:1: ( ( ruleResetPolicy ) )
            // InternalAssign.g:8409:2: ( ruleResetPolicy )
            {
            // InternalAssign.g:8409:2: ( ruleResetPolicy )
            // InternalAssign.g:8410:3: ruleResetPolicy
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
    // InternalAssign.g:8419:1: rule__Assignment__PersistentAssignment_4_1_3 : ( ( 'persistent' ) ) ;
    public final void rule__Assignment__PersistentAssignment_4_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8423:1: ( ( ( 'persistent' ) ) )
            // InternalAssign.g:8424:2: ( ( 'persistent' ) )
            {
            // InternalAssign.g:8424:2: ( ( 'persistent' ) )
            // InternalAssign.g:8425:3: ( 'persistent' )
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            // InternalAssign.g:8426:3: ( 'persistent' )
            // InternalAssign.g:8427:4: 'persistent'
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


    // $ANTLR start "rule__Assignment__RegionsAssignment_4_2_0"
    // InternalAssign.g:8438:1: rule__Assignment__RegionsAssignment_4_2_0 : ( ruleRegionMapping ) ;
    public final void rule__Assignment__RegionsAssignment_4_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8442:1: ( ( ruleRegionMapping ) )
            // InternalAssign.g:8443:2: ( ruleRegionMapping )
            {
            // InternalAssign.g:8443:2: ( ruleRegionMapping )
            // InternalAssign.g:8444:3: ruleRegionMapping
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
    // InternalAssign.g:8453:1: rule__Assignment__IrqsAssignment_4_2_1 : ( ruleIrqBinding ) ;
    public final void rule__Assignment__IrqsAssignment_4_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8457:1: ( ( ruleIrqBinding ) )
            // InternalAssign.g:8458:2: ( ruleIrqBinding )
            {
            // InternalAssign.g:8458:2: ( ruleIrqBinding )
            // InternalAssign.g:8459:3: ruleIrqBinding
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
    // InternalAssign.g:8468:1: rule__Assignment__DmaWindowsAssignment_4_2_2 : ( ruleDmaWindow ) ;
    public final void rule__Assignment__DmaWindowsAssignment_4_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8472:1: ( ( ruleDmaWindow ) )
            // InternalAssign.g:8473:2: ( ruleDmaWindow )
            {
            // InternalAssign.g:8473:2: ( ruleDmaWindow )
            // InternalAssign.g:8474:3: ruleDmaWindow
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
    // InternalAssign.g:8483:1: rule__RegionMapping__RegionAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__RegionMapping__RegionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8487:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:8488:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:8488:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:8489:3: ( ruleMemberRef )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0()); 
            // InternalAssign.g:8490:3: ( ruleMemberRef )
            // InternalAssign.g:8491:4: ruleMemberRef
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
    // InternalAssign.g:8502:1: rule__RegionMapping__ReadOnlyAssignment_2 : ( ( 'read-only' ) ) ;
    public final void rule__RegionMapping__ReadOnlyAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8506:1: ( ( ( 'read-only' ) ) )
            // InternalAssign.g:8507:2: ( ( 'read-only' ) )
            {
            // InternalAssign.g:8507:2: ( ( 'read-only' ) )
            // InternalAssign.g:8508:3: ( 'read-only' )
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 
            // InternalAssign.g:8509:3: ( 'read-only' )
            // InternalAssign.g:8510:4: 'read-only'
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
    // InternalAssign.g:8521:1: rule__IrqBinding__InterruptAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__IrqBinding__InterruptAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8525:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:8526:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:8526:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:8527:3: ( ruleMemberRef )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0()); 
            // InternalAssign.g:8528:3: ( ruleMemberRef )
            // InternalAssign.g:8529:4: ruleMemberRef
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
    // InternalAssign.g:8540:1: rule__IrqBinding__StartAssignment_2_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__StartAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8544:1: ( ( RULE_INT ) )
            // InternalAssign.g:8545:2: ( RULE_INT )
            {
            // InternalAssign.g:8545:2: ( RULE_INT )
            // InternalAssign.g:8546:3: RULE_INT
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
    // InternalAssign.g:8555:1: rule__IrqBinding__CountAssignment_3_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__CountAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8559:1: ( ( RULE_INT ) )
            // InternalAssign.g:8560:2: ( RULE_INT )
            {
            // InternalAssign.g:8560:2: ( RULE_INT )
            // InternalAssign.g:8561:3: RULE_INT
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
    // InternalAssign.g:8570:1: rule__IrqBinding__ModeAssignment_4 : ( ruleIrqMode ) ;
    public final void rule__IrqBinding__ModeAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8574:1: ( ( ruleIrqMode ) )
            // InternalAssign.g:8575:2: ( ruleIrqMode )
            {
            // InternalAssign.g:8575:2: ( ruleIrqMode )
            // InternalAssign.g:8576:3: ruleIrqMode
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
    // InternalAssign.g:8585:1: rule__DmaWindow__NameAssignment_1 : ( ruleName ) ;
    public final void rule__DmaWindow__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8589:1: ( ( ruleName ) )
            // InternalAssign.g:8590:2: ( ruleName )
            {
            // InternalAssign.g:8590:2: ( ruleName )
            // InternalAssign.g:8591:3: ruleName
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
    // InternalAssign.g:8600:1: rule__DmaWindow__IovaAssignment_3 : ( ruleNumber ) ;
    public final void rule__DmaWindow__IovaAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8604:1: ( ( ruleNumber ) )
            // InternalAssign.g:8605:2: ( ruleNumber )
            {
            // InternalAssign.g:8605:2: ( ruleNumber )
            // InternalAssign.g:8606:3: ruleNumber
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
    // InternalAssign.g:8615:1: rule__DmaWindow__SizeAssignment_5 : ( ruleSize ) ;
    public final void rule__DmaWindow__SizeAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8619:1: ( ( ruleSize ) )
            // InternalAssign.g:8620:2: ( ruleSize )
            {
            // InternalAssign.g:8620:2: ( ruleSize )
            // InternalAssign.g:8621:3: ruleSize
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
    // InternalAssign.g:8630:1: rule__DmaWindow__WritableAssignment_6_0 : ( ruleReadOnly ) ;
    public final void rule__DmaWindow__WritableAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8634:1: ( ( ruleReadOnly ) )
            // InternalAssign.g:8635:2: ( ruleReadOnly )
            {
            // InternalAssign.g:8635:2: ( ruleReadOnly )
            // InternalAssign.g:8636:3: ruleReadOnly
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
    // InternalAssign.g:8645:1: rule__DmaWindow__ReadableAssignment_6_1 : ( ruleWriteOnly ) ;
    public final void rule__DmaWindow__ReadableAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8649:1: ( ( ruleWriteOnly ) )
            // InternalAssign.g:8650:2: ( ruleWriteOnly )
            {
            // InternalAssign.g:8650:2: ( ruleWriteOnly )
            // InternalAssign.g:8651:3: ruleWriteOnly
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
    // InternalAssign.g:8660:1: rule__InlineBoard__NameAssignment_0 : ( ruleName ) ;
    public final void rule__InlineBoard__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8664:1: ( ( ruleName ) )
            // InternalAssign.g:8665:2: ( ruleName )
            {
            // InternalAssign.g:8665:2: ( ruleName )
            // InternalAssign.g:8666:3: ruleName
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
    // InternalAssign.g:8675:1: rule__InlineBoard__ArchitectureAssignment_2_0_1 : ( ruleName ) ;
    public final void rule__InlineBoard__ArchitectureAssignment_2_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8679:1: ( ( ruleName ) )
            // InternalAssign.g:8680:2: ( ruleName )
            {
            // InternalAssign.g:8680:2: ( ruleName )
            // InternalAssign.g:8681:3: ruleName
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
    // InternalAssign.g:8690:1: rule__InlineBoard__PageSizeAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__InlineBoard__PageSizeAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8694:1: ( ( ruleSize ) )
            // InternalAssign.g:8695:2: ( ruleSize )
            {
            // InternalAssign.g:8695:2: ( ruleSize )
            // InternalAssign.g:8696:3: ruleSize
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
    // InternalAssign.g:8705:1: rule__InlineBoard__KernelVersionAssignment_2_2_1 : ( RULE_STRING ) ;
    public final void rule__InlineBoard__KernelVersionAssignment_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8709:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8710:2: ( RULE_STRING )
            {
            // InternalAssign.g:8710:2: ( RULE_STRING )
            // InternalAssign.g:8711:3: RULE_STRING
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
    // InternalAssign.g:8720:1: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 : ( ruleKernelCapability ) ;
    public final void rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8724:1: ( ( ruleKernelCapability ) )
            // InternalAssign.g:8725:2: ( ruleKernelCapability )
            {
            // InternalAssign.g:8725:2: ( ruleKernelCapability )
            // InternalAssign.g:8726:3: ruleKernelCapability
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
    // InternalAssign.g:8735:1: rule__InlineBoard__DevicesAssignment_3_0 : ( ruleDevice ) ;
    public final void rule__InlineBoard__DevicesAssignment_3_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8739:1: ( ( ruleDevice ) )
            // InternalAssign.g:8740:2: ( ruleDevice )
            {
            // InternalAssign.g:8740:2: ( ruleDevice )
            // InternalAssign.g:8741:3: ruleDevice
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
    // InternalAssign.g:8750:1: rule__InlineBoard__IommuGroupsAssignment_3_1 : ( ruleIommuGroup ) ;
    public final void rule__InlineBoard__IommuGroupsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8754:1: ( ( ruleIommuGroup ) )
            // InternalAssign.g:8755:2: ( ruleIommuGroup )
            {
            // InternalAssign.g:8755:2: ( ruleIommuGroup )
            // InternalAssign.g:8756:3: ruleIommuGroup
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
    // InternalAssign.g:8765:1: rule__PciDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PciDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8769:1: ( ( ruleName ) )
            // InternalAssign.g:8770:2: ( ruleName )
            {
            // InternalAssign.g:8770:2: ( ruleName )
            // InternalAssign.g:8771:3: ruleName
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
    // InternalAssign.g:8780:1: rule__PciDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PciDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8784:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8785:2: ( RULE_STRING )
            {
            // InternalAssign.g:8785:2: ( RULE_STRING )
            // InternalAssign.g:8786:3: RULE_STRING
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
    // InternalAssign.g:8795:1: rule__PciDevice__VendorIdAssignment_3_0_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__VendorIdAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8799:1: ( ( ruleInt32 ) )
            // InternalAssign.g:8800:2: ( ruleInt32 )
            {
            // InternalAssign.g:8800:2: ( ruleInt32 )
            // InternalAssign.g:8801:3: ruleInt32
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
    // InternalAssign.g:8810:1: rule__PciDevice__DeviceIdAssignment_3_1_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__DeviceIdAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8814:1: ( ( ruleInt32 ) )
            // InternalAssign.g:8815:2: ( ruleInt32 )
            {
            // InternalAssign.g:8815:2: ( ruleInt32 )
            // InternalAssign.g:8816:3: ruleInt32
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
    // InternalAssign.g:8825:1: rule__PciDevice__ClassCodeAssignment_3_2_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__ClassCodeAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8829:1: ( ( ruleInt32 ) )
            // InternalAssign.g:8830:2: ( ruleInt32 )
            {
            // InternalAssign.g:8830:2: ( ruleInt32 )
            // InternalAssign.g:8831:3: ruleInt32
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
    // InternalAssign.g:8840:1: rule__PciDevice__BridgeAssignment_3_3 : ( ( 'bridge' ) ) ;
    public final void rule__PciDevice__BridgeAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8844:1: ( ( ( 'bridge' ) ) )
            // InternalAssign.g:8845:2: ( ( 'bridge' ) )
            {
            // InternalAssign.g:8845:2: ( ( 'bridge' ) )
            // InternalAssign.g:8846:3: ( 'bridge' )
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            // InternalAssign.g:8847:3: ( 'bridge' )
            // InternalAssign.g:8848:4: 'bridge'
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            match(input,57,FOLLOW_2); 
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
    // InternalAssign.g:8859:1: rule__PlatformDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PlatformDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8863:1: ( ( ruleName ) )
            // InternalAssign.g:8864:2: ( ruleName )
            {
            // InternalAssign.g:8864:2: ( ruleName )
            // InternalAssign.g:8865:3: ruleName
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
    // InternalAssign.g:8874:1: rule__PlatformDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8878:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8879:2: ( RULE_STRING )
            {
            // InternalAssign.g:8879:2: ( RULE_STRING )
            // InternalAssign.g:8880:3: RULE_STRING
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
    // InternalAssign.g:8889:1: rule__PlatformDevice__DtPathAssignment_3_0_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__DtPathAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8893:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8894:2: ( RULE_STRING )
            {
            // InternalAssign.g:8894:2: ( RULE_STRING )
            // InternalAssign.g:8895:3: RULE_STRING
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
    // InternalAssign.g:8904:1: rule__PlatformDevice__CompatibleAssignment_3_1_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8908:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8909:2: ( RULE_STRING )
            {
            // InternalAssign.g:8909:2: ( RULE_STRING )
            // InternalAssign.g:8910:3: RULE_STRING
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
    // InternalAssign.g:8919:1: rule__PlatformDevice__CompatibleAssignment_3_1_2_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8923:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8924:2: ( RULE_STRING )
            {
            // InternalAssign.g:8924:2: ( RULE_STRING )
            // InternalAssign.g:8925:3: RULE_STRING
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
    // InternalAssign.g:8934:1: rule__DeviceFacts__DriverAssignment_0_0_1 : ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) ;
    public final void rule__DeviceFacts__DriverAssignment_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8938:1: ( ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) )
            // InternalAssign.g:8939:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            {
            // InternalAssign.g:8939:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            // InternalAssign.g:8940:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAlternatives_0_0_1_0()); 
            // InternalAssign.g:8941:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            // InternalAssign.g:8941:4: rule__DeviceFacts__DriverAlternatives_0_0_1_0
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
    // InternalAssign.g:8949:1: rule__DeviceFacts__ProtectionAssignment_0_1_1 : ( ruleProtection ) ;
    public final void rule__DeviceFacts__ProtectionAssignment_0_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8953:1: ( ( ruleProtection ) )
            // InternalAssign.g:8954:2: ( ruleProtection )
            {
            // InternalAssign.g:8954:2: ( ruleProtection )
            // InternalAssign.g:8955:3: ruleProtection
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
    // InternalAssign.g:8964:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8968:1: ( ( ruleName ) )
            // InternalAssign.g:8969:2: ( ruleName )
            {
            // InternalAssign.g:8969:2: ( ruleName )
            // InternalAssign.g:8970:3: ruleName
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
    // InternalAssign.g:8979:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8983:1: ( ( ruleName ) )
            // InternalAssign.g:8984:2: ( ruleName )
            {
            // InternalAssign.g:8984:2: ( ruleName )
            // InternalAssign.g:8985:3: ruleName
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
    // InternalAssign.g:8994:1: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 : ( RULE_INT ) ;
    public final void rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8998:1: ( ( RULE_INT ) )
            // InternalAssign.g:8999:2: ( RULE_INT )
            {
            // InternalAssign.g:8999:2: ( RULE_INT )
            // InternalAssign.g:9000:3: RULE_INT
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
    // InternalAssign.g:9009:1: rule__DeviceFacts__RegionsAssignment_1_1_0 : ( ruleRegion ) ;
    public final void rule__DeviceFacts__RegionsAssignment_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9013:1: ( ( ruleRegion ) )
            // InternalAssign.g:9014:2: ( ruleRegion )
            {
            // InternalAssign.g:9014:2: ( ruleRegion )
            // InternalAssign.g:9015:3: ruleRegion
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
    // InternalAssign.g:9024:1: rule__DeviceFacts__InterruptsAssignment_1_1_1 : ( ruleInterrupt ) ;
    public final void rule__DeviceFacts__InterruptsAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9028:1: ( ( ruleInterrupt ) )
            // InternalAssign.g:9029:2: ( ruleInterrupt )
            {
            // InternalAssign.g:9029:2: ( ruleInterrupt )
            // InternalAssign.g:9030:3: ruleInterrupt
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
    // InternalAssign.g:9039:1: rule__Region__NameAssignment_1 : ( ruleRegionName ) ;
    public final void rule__Region__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9043:1: ( ( ruleRegionName ) )
            // InternalAssign.g:9044:2: ( ruleRegionName )
            {
            // InternalAssign.g:9044:2: ( ruleRegionName )
            // InternalAssign.g:9045:3: ruleRegionName
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
    // InternalAssign.g:9054:1: rule__Region__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Region__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9058:1: ( ( RULE_INT ) )
            // InternalAssign.g:9059:2: ( RULE_INT )
            {
            // InternalAssign.g:9059:2: ( RULE_INT )
            // InternalAssign.g:9060:3: RULE_INT
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
    // InternalAssign.g:9069:1: rule__Region__KindAssignment_4 : ( ruleRegionKind ) ;
    public final void rule__Region__KindAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9073:1: ( ( ruleRegionKind ) )
            // InternalAssign.g:9074:2: ( ruleRegionKind )
            {
            // InternalAssign.g:9074:2: ( ruleRegionKind )
            // InternalAssign.g:9075:3: ruleRegionKind
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
    // InternalAssign.g:9084:1: rule__Region__BaseAssignment_5_1 : ( ruleNumber ) ;
    public final void rule__Region__BaseAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9088:1: ( ( ruleNumber ) )
            // InternalAssign.g:9089:2: ( ruleNumber )
            {
            // InternalAssign.g:9089:2: ( ruleNumber )
            // InternalAssign.g:9090:3: ruleNumber
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
    // InternalAssign.g:9099:1: rule__Region__SizeAssignment_7 : ( ruleSize ) ;
    public final void rule__Region__SizeAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9103:1: ( ( ruleSize ) )
            // InternalAssign.g:9104:2: ( ruleSize )
            {
            // InternalAssign.g:9104:2: ( ruleSize )
            // InternalAssign.g:9105:3: ruleSize
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
    // InternalAssign.g:9114:1: rule__Region__ReadableAssignment_8 : ( ( 'read' ) ) ;
    public final void rule__Region__ReadableAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9118:1: ( ( ( 'read' ) ) )
            // InternalAssign.g:9119:2: ( ( 'read' ) )
            {
            // InternalAssign.g:9119:2: ( ( 'read' ) )
            // InternalAssign.g:9120:3: ( 'read' )
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            // InternalAssign.g:9121:3: ( 'read' )
            // InternalAssign.g:9122:4: 'read'
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            match(input,73,FOLLOW_2); 
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
    // InternalAssign.g:9133:1: rule__Region__WritableAssignment_9 : ( ( 'write' ) ) ;
    public final void rule__Region__WritableAssignment_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9137:1: ( ( ( 'write' ) ) )
            // InternalAssign.g:9138:2: ( ( 'write' ) )
            {
            // InternalAssign.g:9138:2: ( ( 'write' ) )
            // InternalAssign.g:9139:3: ( 'write' )
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            // InternalAssign.g:9140:3: ( 'write' )
            // InternalAssign.g:9141:4: 'write'
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            match(input,74,FOLLOW_2); 
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
    // InternalAssign.g:9152:1: rule__Region__MmappableAssignment_10 : ( ( 'mmap' ) ) ;
    public final void rule__Region__MmappableAssignment_10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9156:1: ( ( ( 'mmap' ) ) )
            // InternalAssign.g:9157:2: ( ( 'mmap' ) )
            {
            // InternalAssign.g:9157:2: ( ( 'mmap' ) )
            // InternalAssign.g:9158:3: ( 'mmap' )
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            // InternalAssign.g:9159:3: ( 'mmap' )
            // InternalAssign.g:9160:4: 'mmap'
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            match(input,75,FOLLOW_2); 
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
    // InternalAssign.g:9171:1: rule__Interrupt__KindAssignment_1 : ( ruleInterruptKind ) ;
    public final void rule__Interrupt__KindAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9175:1: ( ( ruleInterruptKind ) )
            // InternalAssign.g:9176:2: ( ruleInterruptKind )
            {
            // InternalAssign.g:9176:2: ( ruleInterruptKind )
            // InternalAssign.g:9177:3: ruleInterruptKind
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
    // InternalAssign.g:9186:1: rule__Interrupt__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Interrupt__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9190:1: ( ( RULE_INT ) )
            // InternalAssign.g:9191:2: ( RULE_INT )
            {
            // InternalAssign.g:9191:2: ( RULE_INT )
            // InternalAssign.g:9192:3: RULE_INT
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
    // InternalAssign.g:9201:1: rule__Interrupt__CountAssignment_4_1 : ( RULE_INT ) ;
    public final void rule__Interrupt__CountAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9205:1: ( ( RULE_INT ) )
            // InternalAssign.g:9206:2: ( RULE_INT )
            {
            // InternalAssign.g:9206:2: ( RULE_INT )
            // InternalAssign.g:9207:3: RULE_INT
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
    // InternalAssign.g:9216:1: rule__Interrupt__EventfdAssignment_5 : ( ( 'eventfd' ) ) ;
    public final void rule__Interrupt__EventfdAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9220:1: ( ( ( 'eventfd' ) ) )
            // InternalAssign.g:9221:2: ( ( 'eventfd' ) )
            {
            // InternalAssign.g:9221:2: ( ( 'eventfd' ) )
            // InternalAssign.g:9222:3: ( 'eventfd' )
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            // InternalAssign.g:9223:3: ( 'eventfd' )
            // InternalAssign.g:9224:4: 'eventfd'
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            match(input,88,FOLLOW_2); 
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
    // InternalAssign.g:9235:1: rule__Interrupt__MaskableAssignment_6 : ( ( 'maskable' ) ) ;
    public final void rule__Interrupt__MaskableAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9239:1: ( ( ( 'maskable' ) ) )
            // InternalAssign.g:9240:2: ( ( 'maskable' ) )
            {
            // InternalAssign.g:9240:2: ( ( 'maskable' ) )
            // InternalAssign.g:9241:3: ( 'maskable' )
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            // InternalAssign.g:9242:3: ( 'maskable' )
            // InternalAssign.g:9243:4: 'maskable'
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            match(input,81,FOLLOW_2); 
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
    // InternalAssign.g:9254:1: rule__Interrupt__AutomaskedAssignment_7 : ( ( 'automasked' ) ) ;
    public final void rule__Interrupt__AutomaskedAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9258:1: ( ( ( 'automasked' ) ) )
            // InternalAssign.g:9259:2: ( ( 'automasked' ) )
            {
            // InternalAssign.g:9259:2: ( ( 'automasked' ) )
            // InternalAssign.g:9260:3: ( 'automasked' )
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            // InternalAssign.g:9261:3: ( 'automasked' )
            // InternalAssign.g:9262:4: 'automasked'
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            match(input,82,FOLLOW_2); 
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
    // InternalAssign.g:9273:1: rule__IommuGroup__IdAssignment_1 : ( RULE_INT ) ;
    public final void rule__IommuGroup__IdAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9277:1: ( ( RULE_INT ) )
            // InternalAssign.g:9278:2: ( RULE_INT )
            {
            // InternalAssign.g:9278:2: ( RULE_INT )
            // InternalAssign.g:9279:3: RULE_INT
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
    // InternalAssign.g:9288:1: rule__IommuGroup__NoIommuAssignment_2 : ( ( 'noiommu' ) ) ;
    public final void rule__IommuGroup__NoIommuAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9292:1: ( ( ( 'noiommu' ) ) )
            // InternalAssign.g:9293:2: ( ( 'noiommu' ) )
            {
            // InternalAssign.g:9293:2: ( ( 'noiommu' ) )
            // InternalAssign.g:9294:3: ( 'noiommu' )
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            // InternalAssign.g:9295:3: ( 'noiommu' )
            // InternalAssign.g:9296:4: 'noiommu'
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            match(input,50,FOLLOW_2); 
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
    // InternalAssign.g:9307:1: rule__IommuGroup__IovaRangesAssignment_3_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9311:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9312:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9312:2: ( ruleIovaRange )
            // InternalAssign.g:9313:3: ruleIovaRange
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
    // InternalAssign.g:9322:1: rule__IommuGroup__IovaRangesAssignment_3_2_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9326:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9327:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9327:2: ( ruleIovaRange )
            // InternalAssign.g:9328:3: ruleIovaRange
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
    // InternalAssign.g:9337:1: rule__IommuGroup__DevicesAssignment_5 : ( ( ruleDeviceRef ) ) ;
    public final void rule__IommuGroup__DevicesAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9341:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:9342:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:9342:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:9343:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_5_0()); 
            // InternalAssign.g:9344:3: ( ruleDeviceRef )
            // InternalAssign.g:9345:4: ruleDeviceRef
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
    // InternalAssign.g:9356:1: rule__IovaRange__StartAssignment_0 : ( ruleNumber ) ;
    public final void rule__IovaRange__StartAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9360:1: ( ( ruleNumber ) )
            // InternalAssign.g:9361:2: ( ruleNumber )
            {
            // InternalAssign.g:9361:2: ( ruleNumber )
            // InternalAssign.g:9362:3: ruleNumber
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
    // InternalAssign.g:9371:1: rule__IovaRange__LastAssignment_2 : ( ruleNumber ) ;
    public final void rule__IovaRange__LastAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9375:1: ( ( ruleNumber ) )
            // InternalAssign.g:9376:2: ( ruleNumber )
            {
            // InternalAssign.g:9376:2: ( ruleNumber )
            // InternalAssign.g:9377:3: ruleNumber
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
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x000000000007FFFFL});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x00000000000F0000L,0x0000000004000000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x00000000000F0002L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x000000000807FFFFL});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000000L,0x0000000010000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000003F00000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000000L,0x0000000020000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000090L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x000000000007FFFFL});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x000000001C800000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000800000L,0x0000000020000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x000000000087FFFFL});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000000000L,0x0000000040000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x00000001E0000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000E00000000L,0x0000000020000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000E00000002L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x000000F000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000011000000000L,0x0000000000800000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x00000E0000000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0xFFFFFFFFFFFFC070L,0x000000000007FFFFL});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000000000L,0x0000000183000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x000000020007FFFFL});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000000000L,0x0000000400000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000000003000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000F00000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0030000000000000L,0x0000000020800000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0030000000000002L,0x0000000000800000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x000F00E000000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x000F00E000000002L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x03C0000000000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x30000000A0000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0C00000000000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000000L,0x0000000800000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000002L,0x0000000800000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x8000000000000000L,0x000000000000000FL});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000000400000000L,0x0000000020000010L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000000400000002L,0x0000000000000010L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000000L,0x0000001000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000004000L,0x00000006000001E0L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000E00L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0020000000000000L,0x000000000001F000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000000000000L,0x0000000101060000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x4004000000000000L,0x0000000010000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x000000002007FFFFL});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0xFFFFFFFFFFFFC062L,0x000000000007FFFFL});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000000L,0x0000002000000000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x0000004000000000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000000000000000L,0x0000000000780000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000003F00002L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x000000001C800002L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x00000001E0000002L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000F00000000002L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x03C0000000000002L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0C00000000000002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x30000000A0000002L});

}
