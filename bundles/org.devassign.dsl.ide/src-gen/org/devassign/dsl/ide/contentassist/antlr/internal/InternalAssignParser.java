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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_STRING", "RULE_ID", "RULE_HEX", "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_ANY_OTHER", "'read-only'", "'write-only'", "'config'", "'import'", "'vm'", "'userspace'", "'probe'", "'assign'", "'vfs'", "'vf'", "'memory'", "'vcpus'", "'machine'", "'memlock'", "'qemu'", "'libvirt'", "'uid'", "'gid'", "'socket'", "'driver'", "'open'", "'reset'", "'persistent'", "'force'", "'map'", "'irq'", "'dma'", "'auto'", "'vfio-pci'", "'vfio-platform'", "'vfio-fsl-mc'", "'cdev'", "'if-available'", "'required'", "'never'", "'arch'", "'page'", "'kernel'", "'capabilities'", "'vfio-cdev'", "'iommufd'", "'noiommu'", "'type1v2'", "'pci'", "'platform'", "'vendor'", "'device'", "'class'", "'bridge'", "'path'", "'compatible'", "'protected'", "'dma-mask'", "'iova'", "'none'", "'root-filesystem'", "'agent-connection'", "'management'", "'policy'", "'region'", "'mmio'", "'pio'", "'rom'", "'mc-portal'", "'read'", "'write'", "'mmap'", "'intx'", "'msi'", "'msix'", "'err'", "'req'", "'maskable'", "'automasked'", "'KiB'", "'MiB'", "'GiB'", "'TiB'", "'group'", "'eventfd'", "'masked'", "'for'", "'board'", "'{'", "'}'", "'to'", "'.'", "'['", "']'", "'..'", "'count'", "'start'", "'at'", "'size'", "','", "'index'"
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
    public static final int T__107=107;
    public static final int T__84=84;
    public static final int T__104=104;
    public static final int T__85=85;
    public static final int T__103=103;
    public static final int T__86=86;
    public static final int T__106=106;
    public static final int T__87=87;
    public static final int T__105=105;

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


    // $ANTLR start "entryRuleVirtualFunctions"
    // InternalAssign.g:228:1: entryRuleVirtualFunctions : ruleVirtualFunctions EOF ;
    public final void entryRuleVirtualFunctions() throws RecognitionException {
        try {
            // InternalAssign.g:229:1: ( ruleVirtualFunctions EOF )
            // InternalAssign.g:230:1: ruleVirtualFunctions EOF
            {
             before(grammarAccess.getVirtualFunctionsRule()); 
            pushFollow(FOLLOW_1);
            ruleVirtualFunctions();

            state._fsp--;

             after(grammarAccess.getVirtualFunctionsRule()); 
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
    // $ANTLR end "entryRuleVirtualFunctions"


    // $ANTLR start "ruleVirtualFunctions"
    // InternalAssign.g:237:1: ruleVirtualFunctions : ( ( rule__VirtualFunctions__Group__0 ) ) ;
    public final void ruleVirtualFunctions() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:241:2: ( ( ( rule__VirtualFunctions__Group__0 ) ) )
            // InternalAssign.g:242:2: ( ( rule__VirtualFunctions__Group__0 ) )
            {
            // InternalAssign.g:242:2: ( ( rule__VirtualFunctions__Group__0 ) )
            // InternalAssign.g:243:3: ( rule__VirtualFunctions__Group__0 )
            {
             before(grammarAccess.getVirtualFunctionsAccess().getGroup()); 
            // InternalAssign.g:244:3: ( rule__VirtualFunctions__Group__0 )
            // InternalAssign.g:244:4: rule__VirtualFunctions__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__VirtualFunctions__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getVirtualFunctionsAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleVirtualFunctions"


    // $ANTLR start "entryRuleRegionMapping"
    // InternalAssign.g:253:1: entryRuleRegionMapping : ruleRegionMapping EOF ;
    public final void entryRuleRegionMapping() throws RecognitionException {
        try {
            // InternalAssign.g:254:1: ( ruleRegionMapping EOF )
            // InternalAssign.g:255:1: ruleRegionMapping EOF
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
    // InternalAssign.g:262:1: ruleRegionMapping : ( ( rule__RegionMapping__Group__0 ) ) ;
    public final void ruleRegionMapping() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:266:2: ( ( ( rule__RegionMapping__Group__0 ) ) )
            // InternalAssign.g:267:2: ( ( rule__RegionMapping__Group__0 ) )
            {
            // InternalAssign.g:267:2: ( ( rule__RegionMapping__Group__0 ) )
            // InternalAssign.g:268:3: ( rule__RegionMapping__Group__0 )
            {
             before(grammarAccess.getRegionMappingAccess().getGroup()); 
            // InternalAssign.g:269:3: ( rule__RegionMapping__Group__0 )
            // InternalAssign.g:269:4: rule__RegionMapping__Group__0
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
    // InternalAssign.g:278:1: entryRuleIrqBinding : ruleIrqBinding EOF ;
    public final void entryRuleIrqBinding() throws RecognitionException {
        try {
            // InternalAssign.g:279:1: ( ruleIrqBinding EOF )
            // InternalAssign.g:280:1: ruleIrqBinding EOF
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
    // InternalAssign.g:287:1: ruleIrqBinding : ( ( rule__IrqBinding__Group__0 ) ) ;
    public final void ruleIrqBinding() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:291:2: ( ( ( rule__IrqBinding__Group__0 ) ) )
            // InternalAssign.g:292:2: ( ( rule__IrqBinding__Group__0 ) )
            {
            // InternalAssign.g:292:2: ( ( rule__IrqBinding__Group__0 ) )
            // InternalAssign.g:293:3: ( rule__IrqBinding__Group__0 )
            {
             before(grammarAccess.getIrqBindingAccess().getGroup()); 
            // InternalAssign.g:294:3: ( rule__IrqBinding__Group__0 )
            // InternalAssign.g:294:4: rule__IrqBinding__Group__0
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
    // InternalAssign.g:303:1: entryRuleDmaWindow : ruleDmaWindow EOF ;
    public final void entryRuleDmaWindow() throws RecognitionException {
        try {
            // InternalAssign.g:304:1: ( ruleDmaWindow EOF )
            // InternalAssign.g:305:1: ruleDmaWindow EOF
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
    // InternalAssign.g:312:1: ruleDmaWindow : ( ( rule__DmaWindow__Group__0 ) ) ;
    public final void ruleDmaWindow() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:316:2: ( ( ( rule__DmaWindow__Group__0 ) ) )
            // InternalAssign.g:317:2: ( ( rule__DmaWindow__Group__0 ) )
            {
            // InternalAssign.g:317:2: ( ( rule__DmaWindow__Group__0 ) )
            // InternalAssign.g:318:3: ( rule__DmaWindow__Group__0 )
            {
             before(grammarAccess.getDmaWindowAccess().getGroup()); 
            // InternalAssign.g:319:3: ( rule__DmaWindow__Group__0 )
            // InternalAssign.g:319:4: rule__DmaWindow__Group__0
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
    // InternalAssign.g:328:1: entryRuleInlineBoard : ruleInlineBoard EOF ;
    public final void entryRuleInlineBoard() throws RecognitionException {
        try {
            // InternalAssign.g:329:1: ( ruleInlineBoard EOF )
            // InternalAssign.g:330:1: ruleInlineBoard EOF
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
    // InternalAssign.g:337:1: ruleInlineBoard : ( ( rule__InlineBoard__Group__0 ) ) ;
    public final void ruleInlineBoard() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:341:2: ( ( ( rule__InlineBoard__Group__0 ) ) )
            // InternalAssign.g:342:2: ( ( rule__InlineBoard__Group__0 ) )
            {
            // InternalAssign.g:342:2: ( ( rule__InlineBoard__Group__0 ) )
            // InternalAssign.g:343:3: ( rule__InlineBoard__Group__0 )
            {
             before(grammarAccess.getInlineBoardAccess().getGroup()); 
            // InternalAssign.g:344:3: ( rule__InlineBoard__Group__0 )
            // InternalAssign.g:344:4: rule__InlineBoard__Group__0
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
    // InternalAssign.g:353:1: entryRuleDevice : ruleDevice EOF ;
    public final void entryRuleDevice() throws RecognitionException {
        try {
            // InternalAssign.g:354:1: ( ruleDevice EOF )
            // InternalAssign.g:355:1: ruleDevice EOF
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
    // InternalAssign.g:362:1: ruleDevice : ( ( rule__Device__Alternatives ) ) ;
    public final void ruleDevice() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:366:2: ( ( ( rule__Device__Alternatives ) ) )
            // InternalAssign.g:367:2: ( ( rule__Device__Alternatives ) )
            {
            // InternalAssign.g:367:2: ( ( rule__Device__Alternatives ) )
            // InternalAssign.g:368:3: ( rule__Device__Alternatives )
            {
             before(grammarAccess.getDeviceAccess().getAlternatives()); 
            // InternalAssign.g:369:3: ( rule__Device__Alternatives )
            // InternalAssign.g:369:4: rule__Device__Alternatives
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
    // InternalAssign.g:378:1: entryRulePciDevice : rulePciDevice EOF ;
    public final void entryRulePciDevice() throws RecognitionException {
        try {
            // InternalAssign.g:379:1: ( rulePciDevice EOF )
            // InternalAssign.g:380:1: rulePciDevice EOF
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
    // InternalAssign.g:387:1: rulePciDevice : ( ( rule__PciDevice__Group__0 ) ) ;
    public final void rulePciDevice() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:391:2: ( ( ( rule__PciDevice__Group__0 ) ) )
            // InternalAssign.g:392:2: ( ( rule__PciDevice__Group__0 ) )
            {
            // InternalAssign.g:392:2: ( ( rule__PciDevice__Group__0 ) )
            // InternalAssign.g:393:3: ( rule__PciDevice__Group__0 )
            {
             before(grammarAccess.getPciDeviceAccess().getGroup()); 
            // InternalAssign.g:394:3: ( rule__PciDevice__Group__0 )
            // InternalAssign.g:394:4: rule__PciDevice__Group__0
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
    // InternalAssign.g:403:1: entryRulePlatformDevice : rulePlatformDevice EOF ;
    public final void entryRulePlatformDevice() throws RecognitionException {
        try {
            // InternalAssign.g:404:1: ( rulePlatformDevice EOF )
            // InternalAssign.g:405:1: rulePlatformDevice EOF
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
    // InternalAssign.g:412:1: rulePlatformDevice : ( ( rule__PlatformDevice__Group__0 ) ) ;
    public final void rulePlatformDevice() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:416:2: ( ( ( rule__PlatformDevice__Group__0 ) ) )
            // InternalAssign.g:417:2: ( ( rule__PlatformDevice__Group__0 ) )
            {
            // InternalAssign.g:417:2: ( ( rule__PlatformDevice__Group__0 ) )
            // InternalAssign.g:418:3: ( rule__PlatformDevice__Group__0 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getGroup()); 
            // InternalAssign.g:419:3: ( rule__PlatformDevice__Group__0 )
            // InternalAssign.g:419:4: rule__PlatformDevice__Group__0
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
    // InternalAssign.g:429:1: ruleDeviceFacts : ( ( rule__DeviceFacts__Group__0 ) ) ;
    public final void ruleDeviceFacts() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:433:2: ( ( ( rule__DeviceFacts__Group__0 ) ) )
            // InternalAssign.g:434:2: ( ( rule__DeviceFacts__Group__0 ) )
            {
            // InternalAssign.g:434:2: ( ( rule__DeviceFacts__Group__0 ) )
            // InternalAssign.g:435:3: ( rule__DeviceFacts__Group__0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup()); 
            // InternalAssign.g:436:3: ( rule__DeviceFacts__Group__0 )
            // InternalAssign.g:436:4: rule__DeviceFacts__Group__0
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
    // InternalAssign.g:445:1: entryRuleRegion : ruleRegion EOF ;
    public final void entryRuleRegion() throws RecognitionException {
        try {
            // InternalAssign.g:446:1: ( ruleRegion EOF )
            // InternalAssign.g:447:1: ruleRegion EOF
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
    // InternalAssign.g:454:1: ruleRegion : ( ( rule__Region__Group__0 ) ) ;
    public final void ruleRegion() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:458:2: ( ( ( rule__Region__Group__0 ) ) )
            // InternalAssign.g:459:2: ( ( rule__Region__Group__0 ) )
            {
            // InternalAssign.g:459:2: ( ( rule__Region__Group__0 ) )
            // InternalAssign.g:460:3: ( rule__Region__Group__0 )
            {
             before(grammarAccess.getRegionAccess().getGroup()); 
            // InternalAssign.g:461:3: ( rule__Region__Group__0 )
            // InternalAssign.g:461:4: rule__Region__Group__0
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
    // InternalAssign.g:470:1: entryRuleInterrupt : ruleInterrupt EOF ;
    public final void entryRuleInterrupt() throws RecognitionException {
        try {
            // InternalAssign.g:471:1: ( ruleInterrupt EOF )
            // InternalAssign.g:472:1: ruleInterrupt EOF
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
    // InternalAssign.g:479:1: ruleInterrupt : ( ( rule__Interrupt__Group__0 ) ) ;
    public final void ruleInterrupt() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:483:2: ( ( ( rule__Interrupt__Group__0 ) ) )
            // InternalAssign.g:484:2: ( ( rule__Interrupt__Group__0 ) )
            {
            // InternalAssign.g:484:2: ( ( rule__Interrupt__Group__0 ) )
            // InternalAssign.g:485:3: ( rule__Interrupt__Group__0 )
            {
             before(grammarAccess.getInterruptAccess().getGroup()); 
            // InternalAssign.g:486:3: ( rule__Interrupt__Group__0 )
            // InternalAssign.g:486:4: rule__Interrupt__Group__0
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
    // InternalAssign.g:495:1: entryRuleIommuGroup : ruleIommuGroup EOF ;
    public final void entryRuleIommuGroup() throws RecognitionException {
        try {
            // InternalAssign.g:496:1: ( ruleIommuGroup EOF )
            // InternalAssign.g:497:1: ruleIommuGroup EOF
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
    // InternalAssign.g:504:1: ruleIommuGroup : ( ( rule__IommuGroup__Group__0 ) ) ;
    public final void ruleIommuGroup() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:508:2: ( ( ( rule__IommuGroup__Group__0 ) ) )
            // InternalAssign.g:509:2: ( ( rule__IommuGroup__Group__0 ) )
            {
            // InternalAssign.g:509:2: ( ( rule__IommuGroup__Group__0 ) )
            // InternalAssign.g:510:3: ( rule__IommuGroup__Group__0 )
            {
             before(grammarAccess.getIommuGroupAccess().getGroup()); 
            // InternalAssign.g:511:3: ( rule__IommuGroup__Group__0 )
            // InternalAssign.g:511:4: rule__IommuGroup__Group__0
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
    // InternalAssign.g:520:1: entryRuleIovaRange : ruleIovaRange EOF ;
    public final void entryRuleIovaRange() throws RecognitionException {
        try {
            // InternalAssign.g:521:1: ( ruleIovaRange EOF )
            // InternalAssign.g:522:1: ruleIovaRange EOF
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
    // InternalAssign.g:529:1: ruleIovaRange : ( ( rule__IovaRange__Group__0 ) ) ;
    public final void ruleIovaRange() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:533:2: ( ( ( rule__IovaRange__Group__0 ) ) )
            // InternalAssign.g:534:2: ( ( rule__IovaRange__Group__0 ) )
            {
            // InternalAssign.g:534:2: ( ( rule__IovaRange__Group__0 ) )
            // InternalAssign.g:535:3: ( rule__IovaRange__Group__0 )
            {
             before(grammarAccess.getIovaRangeAccess().getGroup()); 
            // InternalAssign.g:536:3: ( rule__IovaRange__Group__0 )
            // InternalAssign.g:536:4: rule__IovaRange__Group__0
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
    // InternalAssign.g:545:1: entryRuleName : ruleName EOF ;
    public final void entryRuleName() throws RecognitionException {
        try {
            // InternalAssign.g:546:1: ( ruleName EOF )
            // InternalAssign.g:547:1: ruleName EOF
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
    // InternalAssign.g:554:1: ruleName : ( ( rule__Name__Alternatives ) ) ;
    public final void ruleName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:558:2: ( ( ( rule__Name__Alternatives ) ) )
            // InternalAssign.g:559:2: ( ( rule__Name__Alternatives ) )
            {
            // InternalAssign.g:559:2: ( ( rule__Name__Alternatives ) )
            // InternalAssign.g:560:3: ( rule__Name__Alternatives )
            {
             before(grammarAccess.getNameAccess().getAlternatives()); 
            // InternalAssign.g:561:3: ( rule__Name__Alternatives )
            // InternalAssign.g:561:4: rule__Name__Alternatives
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
    // InternalAssign.g:570:1: entryRuleBoardRef : ruleBoardRef EOF ;
    public final void entryRuleBoardRef() throws RecognitionException {
        try {
            // InternalAssign.g:571:1: ( ruleBoardRef EOF )
            // InternalAssign.g:572:1: ruleBoardRef EOF
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
    // InternalAssign.g:579:1: ruleBoardRef : ( ( rule__BoardRef__Alternatives ) ) ;
    public final void ruleBoardRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:583:2: ( ( ( rule__BoardRef__Alternatives ) ) )
            // InternalAssign.g:584:2: ( ( rule__BoardRef__Alternatives ) )
            {
            // InternalAssign.g:584:2: ( ( rule__BoardRef__Alternatives ) )
            // InternalAssign.g:585:3: ( rule__BoardRef__Alternatives )
            {
             before(grammarAccess.getBoardRefAccess().getAlternatives()); 
            // InternalAssign.g:586:3: ( rule__BoardRef__Alternatives )
            // InternalAssign.g:586:4: rule__BoardRef__Alternatives
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
    // InternalAssign.g:595:1: entryRuleDeviceRef : ruleDeviceRef EOF ;
    public final void entryRuleDeviceRef() throws RecognitionException {
        try {
            // InternalAssign.g:596:1: ( ruleDeviceRef EOF )
            // InternalAssign.g:597:1: ruleDeviceRef EOF
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
    // InternalAssign.g:604:1: ruleDeviceRef : ( ( rule__DeviceRef__Alternatives ) ) ;
    public final void ruleDeviceRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:608:2: ( ( ( rule__DeviceRef__Alternatives ) ) )
            // InternalAssign.g:609:2: ( ( rule__DeviceRef__Alternatives ) )
            {
            // InternalAssign.g:609:2: ( ( rule__DeviceRef__Alternatives ) )
            // InternalAssign.g:610:3: ( rule__DeviceRef__Alternatives )
            {
             before(grammarAccess.getDeviceRefAccess().getAlternatives()); 
            // InternalAssign.g:611:3: ( rule__DeviceRef__Alternatives )
            // InternalAssign.g:611:4: rule__DeviceRef__Alternatives
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
    // InternalAssign.g:620:1: entryRuleGroupId : ruleGroupId EOF ;
    public final void entryRuleGroupId() throws RecognitionException {
        try {
            // InternalAssign.g:621:1: ( ruleGroupId EOF )
            // InternalAssign.g:622:1: ruleGroupId EOF
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
    // InternalAssign.g:629:1: ruleGroupId : ( RULE_INT ) ;
    public final void ruleGroupId() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:633:2: ( ( RULE_INT ) )
            // InternalAssign.g:634:2: ( RULE_INT )
            {
            // InternalAssign.g:634:2: ( RULE_INT )
            // InternalAssign.g:635:3: RULE_INT
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
    // InternalAssign.g:645:1: entryRuleMemberRef : ruleMemberRef EOF ;
    public final void entryRuleMemberRef() throws RecognitionException {
        try {
            // InternalAssign.g:646:1: ( ruleMemberRef EOF )
            // InternalAssign.g:647:1: ruleMemberRef EOF
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
    // InternalAssign.g:654:1: ruleMemberRef : ( ( rule__MemberRef__Group__0 ) ) ;
    public final void ruleMemberRef() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:658:2: ( ( ( rule__MemberRef__Group__0 ) ) )
            // InternalAssign.g:659:2: ( ( rule__MemberRef__Group__0 ) )
            {
            // InternalAssign.g:659:2: ( ( rule__MemberRef__Group__0 ) )
            // InternalAssign.g:660:3: ( rule__MemberRef__Group__0 )
            {
             before(grammarAccess.getMemberRefAccess().getGroup()); 
            // InternalAssign.g:661:3: ( rule__MemberRef__Group__0 )
            // InternalAssign.g:661:4: rule__MemberRef__Group__0
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
    // InternalAssign.g:670:1: entryRuleMemberPart : ruleMemberPart EOF ;
    public final void entryRuleMemberPart() throws RecognitionException {
        try {
            // InternalAssign.g:671:1: ( ruleMemberPart EOF )
            // InternalAssign.g:672:1: ruleMemberPart EOF
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
    // InternalAssign.g:679:1: ruleMemberPart : ( ( rule__MemberPart__Alternatives ) ) ;
    public final void ruleMemberPart() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:683:2: ( ( ( rule__MemberPart__Alternatives ) ) )
            // InternalAssign.g:684:2: ( ( rule__MemberPart__Alternatives ) )
            {
            // InternalAssign.g:684:2: ( ( rule__MemberPart__Alternatives ) )
            // InternalAssign.g:685:3: ( rule__MemberPart__Alternatives )
            {
             before(grammarAccess.getMemberPartAccess().getAlternatives()); 
            // InternalAssign.g:686:3: ( rule__MemberPart__Alternatives )
            // InternalAssign.g:686:4: rule__MemberPart__Alternatives
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
    // InternalAssign.g:695:1: entryRuleRegionName : ruleRegionName EOF ;
    public final void entryRuleRegionName() throws RecognitionException {
        try {
            // InternalAssign.g:696:1: ( ruleRegionName EOF )
            // InternalAssign.g:697:1: ruleRegionName EOF
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
    // InternalAssign.g:704:1: ruleRegionName : ( ( rule__RegionName__Alternatives ) ) ;
    public final void ruleRegionName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:708:2: ( ( ( rule__RegionName__Alternatives ) ) )
            // InternalAssign.g:709:2: ( ( rule__RegionName__Alternatives ) )
            {
            // InternalAssign.g:709:2: ( ( rule__RegionName__Alternatives ) )
            // InternalAssign.g:710:3: ( rule__RegionName__Alternatives )
            {
             before(grammarAccess.getRegionNameAccess().getAlternatives()); 
            // InternalAssign.g:711:3: ( rule__RegionName__Alternatives )
            // InternalAssign.g:711:4: rule__RegionName__Alternatives
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
    // InternalAssign.g:720:1: entryRuleSize : ruleSize EOF ;
    public final void entryRuleSize() throws RecognitionException {
        try {
            // InternalAssign.g:721:1: ( ruleSize EOF )
            // InternalAssign.g:722:1: ruleSize EOF
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
    // InternalAssign.g:729:1: ruleSize : ( ( rule__Size__Group__0 ) ) ;
    public final void ruleSize() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:733:2: ( ( ( rule__Size__Group__0 ) ) )
            // InternalAssign.g:734:2: ( ( rule__Size__Group__0 ) )
            {
            // InternalAssign.g:734:2: ( ( rule__Size__Group__0 ) )
            // InternalAssign.g:735:3: ( rule__Size__Group__0 )
            {
             before(grammarAccess.getSizeAccess().getGroup()); 
            // InternalAssign.g:736:3: ( rule__Size__Group__0 )
            // InternalAssign.g:736:4: rule__Size__Group__0
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
    // InternalAssign.g:745:1: entryRuleNumber : ruleNumber EOF ;
    public final void entryRuleNumber() throws RecognitionException {
        try {
            // InternalAssign.g:746:1: ( ruleNumber EOF )
            // InternalAssign.g:747:1: ruleNumber EOF
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
    // InternalAssign.g:754:1: ruleNumber : ( ( rule__Number__Alternatives ) ) ;
    public final void ruleNumber() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:758:2: ( ( ( rule__Number__Alternatives ) ) )
            // InternalAssign.g:759:2: ( ( rule__Number__Alternatives ) )
            {
            // InternalAssign.g:759:2: ( ( rule__Number__Alternatives ) )
            // InternalAssign.g:760:3: ( rule__Number__Alternatives )
            {
             before(grammarAccess.getNumberAccess().getAlternatives()); 
            // InternalAssign.g:761:3: ( rule__Number__Alternatives )
            // InternalAssign.g:761:4: rule__Number__Alternatives
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
    // InternalAssign.g:770:1: entryRuleInt32 : ruleInt32 EOF ;
    public final void entryRuleInt32() throws RecognitionException {
        try {
            // InternalAssign.g:771:1: ( ruleInt32 EOF )
            // InternalAssign.g:772:1: ruleInt32 EOF
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
    // InternalAssign.g:779:1: ruleInt32 : ( ( rule__Int32__Alternatives ) ) ;
    public final void ruleInt32() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:783:2: ( ( ( rule__Int32__Alternatives ) ) )
            // InternalAssign.g:784:2: ( ( rule__Int32__Alternatives ) )
            {
            // InternalAssign.g:784:2: ( ( rule__Int32__Alternatives ) )
            // InternalAssign.g:785:3: ( rule__Int32__Alternatives )
            {
             before(grammarAccess.getInt32Access().getAlternatives()); 
            // InternalAssign.g:786:3: ( rule__Int32__Alternatives )
            // InternalAssign.g:786:4: rule__Int32__Alternatives
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
    // InternalAssign.g:795:1: entryRuleUnixId : ruleUnixId EOF ;
    public final void entryRuleUnixId() throws RecognitionException {
        try {
            // InternalAssign.g:796:1: ( ruleUnixId EOF )
            // InternalAssign.g:797:1: ruleUnixId EOF
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
    // InternalAssign.g:804:1: ruleUnixId : ( RULE_INT ) ;
    public final void ruleUnixId() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:808:2: ( ( RULE_INT ) )
            // InternalAssign.g:809:2: ( RULE_INT )
            {
            // InternalAssign.g:809:2: ( RULE_INT )
            // InternalAssign.g:810:3: RULE_INT
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
    // InternalAssign.g:820:1: entryRuleReadOnly : ruleReadOnly EOF ;
    public final void entryRuleReadOnly() throws RecognitionException {
        try {
            // InternalAssign.g:821:1: ( ruleReadOnly EOF )
            // InternalAssign.g:822:1: ruleReadOnly EOF
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
    // InternalAssign.g:829:1: ruleReadOnly : ( 'read-only' ) ;
    public final void ruleReadOnly() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:833:2: ( ( 'read-only' ) )
            // InternalAssign.g:834:2: ( 'read-only' )
            {
            // InternalAssign.g:834:2: ( 'read-only' )
            // InternalAssign.g:835:3: 'read-only'
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
    // InternalAssign.g:845:1: entryRuleWriteOnly : ruleWriteOnly EOF ;
    public final void entryRuleWriteOnly() throws RecognitionException {
        try {
            // InternalAssign.g:846:1: ( ruleWriteOnly EOF )
            // InternalAssign.g:847:1: ruleWriteOnly EOF
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
    // InternalAssign.g:854:1: ruleWriteOnly : ( 'write-only' ) ;
    public final void ruleWriteOnly() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:858:2: ( ( 'write-only' ) )
            // InternalAssign.g:859:2: ( 'write-only' )
            {
            // InternalAssign.g:859:2: ( 'write-only' )
            // InternalAssign.g:860:3: 'write-only'
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
    // InternalAssign.g:870:1: ruleVfioDriver : ( ( rule__VfioDriver__Alternatives ) ) ;
    public final void ruleVfioDriver() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:874:1: ( ( ( rule__VfioDriver__Alternatives ) ) )
            // InternalAssign.g:875:2: ( ( rule__VfioDriver__Alternatives ) )
            {
            // InternalAssign.g:875:2: ( ( rule__VfioDriver__Alternatives ) )
            // InternalAssign.g:876:3: ( rule__VfioDriver__Alternatives )
            {
             before(grammarAccess.getVfioDriverAccess().getAlternatives()); 
            // InternalAssign.g:877:3: ( rule__VfioDriver__Alternatives )
            // InternalAssign.g:877:4: rule__VfioDriver__Alternatives
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
    // InternalAssign.g:886:1: ruleOpenPath : ( ( rule__OpenPath__Alternatives ) ) ;
    public final void ruleOpenPath() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:890:1: ( ( ( rule__OpenPath__Alternatives ) ) )
            // InternalAssign.g:891:2: ( ( rule__OpenPath__Alternatives ) )
            {
            // InternalAssign.g:891:2: ( ( rule__OpenPath__Alternatives ) )
            // InternalAssign.g:892:3: ( rule__OpenPath__Alternatives )
            {
             before(grammarAccess.getOpenPathAccess().getAlternatives()); 
            // InternalAssign.g:893:3: ( rule__OpenPath__Alternatives )
            // InternalAssign.g:893:4: rule__OpenPath__Alternatives
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
    // InternalAssign.g:902:1: ruleResetPolicy : ( ( rule__ResetPolicy__Alternatives ) ) ;
    public final void ruleResetPolicy() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:906:1: ( ( ( rule__ResetPolicy__Alternatives ) ) )
            // InternalAssign.g:907:2: ( ( rule__ResetPolicy__Alternatives ) )
            {
            // InternalAssign.g:907:2: ( ( rule__ResetPolicy__Alternatives ) )
            // InternalAssign.g:908:3: ( rule__ResetPolicy__Alternatives )
            {
             before(grammarAccess.getResetPolicyAccess().getAlternatives()); 
            // InternalAssign.g:909:3: ( rule__ResetPolicy__Alternatives )
            // InternalAssign.g:909:4: rule__ResetPolicy__Alternatives
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
    // InternalAssign.g:918:1: ruleIrqMode : ( ( rule__IrqMode__Alternatives ) ) ;
    public final void ruleIrqMode() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:922:1: ( ( ( rule__IrqMode__Alternatives ) ) )
            // InternalAssign.g:923:2: ( ( rule__IrqMode__Alternatives ) )
            {
            // InternalAssign.g:923:2: ( ( rule__IrqMode__Alternatives ) )
            // InternalAssign.g:924:3: ( rule__IrqMode__Alternatives )
            {
             before(grammarAccess.getIrqModeAccess().getAlternatives()); 
            // InternalAssign.g:925:3: ( rule__IrqMode__Alternatives )
            // InternalAssign.g:925:4: rule__IrqMode__Alternatives
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
    // InternalAssign.g:934:1: ruleKernelCapability : ( ( rule__KernelCapability__Alternatives ) ) ;
    public final void ruleKernelCapability() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:938:1: ( ( ( rule__KernelCapability__Alternatives ) ) )
            // InternalAssign.g:939:2: ( ( rule__KernelCapability__Alternatives ) )
            {
            // InternalAssign.g:939:2: ( ( rule__KernelCapability__Alternatives ) )
            // InternalAssign.g:940:3: ( rule__KernelCapability__Alternatives )
            {
             before(grammarAccess.getKernelCapabilityAccess().getAlternatives()); 
            // InternalAssign.g:941:3: ( rule__KernelCapability__Alternatives )
            // InternalAssign.g:941:4: rule__KernelCapability__Alternatives
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
    // InternalAssign.g:950:1: ruleProtection : ( ( rule__Protection__Alternatives ) ) ;
    public final void ruleProtection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:954:1: ( ( ( rule__Protection__Alternatives ) ) )
            // InternalAssign.g:955:2: ( ( rule__Protection__Alternatives ) )
            {
            // InternalAssign.g:955:2: ( ( rule__Protection__Alternatives ) )
            // InternalAssign.g:956:3: ( rule__Protection__Alternatives )
            {
             before(grammarAccess.getProtectionAccess().getAlternatives()); 
            // InternalAssign.g:957:3: ( rule__Protection__Alternatives )
            // InternalAssign.g:957:4: rule__Protection__Alternatives
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
    // InternalAssign.g:966:1: ruleRegionKind : ( ( rule__RegionKind__Alternatives ) ) ;
    public final void ruleRegionKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:970:1: ( ( ( rule__RegionKind__Alternatives ) ) )
            // InternalAssign.g:971:2: ( ( rule__RegionKind__Alternatives ) )
            {
            // InternalAssign.g:971:2: ( ( rule__RegionKind__Alternatives ) )
            // InternalAssign.g:972:3: ( rule__RegionKind__Alternatives )
            {
             before(grammarAccess.getRegionKindAccess().getAlternatives()); 
            // InternalAssign.g:973:3: ( rule__RegionKind__Alternatives )
            // InternalAssign.g:973:4: rule__RegionKind__Alternatives
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
    // InternalAssign.g:982:1: ruleInterruptKind : ( ( rule__InterruptKind__Alternatives ) ) ;
    public final void ruleInterruptKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:986:1: ( ( ( rule__InterruptKind__Alternatives ) ) )
            // InternalAssign.g:987:2: ( ( rule__InterruptKind__Alternatives ) )
            {
            // InternalAssign.g:987:2: ( ( rule__InterruptKind__Alternatives ) )
            // InternalAssign.g:988:3: ( rule__InterruptKind__Alternatives )
            {
             before(grammarAccess.getInterruptKindAccess().getAlternatives()); 
            // InternalAssign.g:989:3: ( rule__InterruptKind__Alternatives )
            // InternalAssign.g:989:4: rule__InterruptKind__Alternatives
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
    // InternalAssign.g:997:1: rule__AssignmentConfig__Alternatives_3_1 : ( ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) ) | ( ( rule__AssignmentConfig__Group_3_1_1__0 ) ) );
    public final void rule__AssignmentConfig__Alternatives_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1001:1: ( ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) ) | ( ( rule__AssignmentConfig__Group_3_1_1__0 ) ) )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( ((LA1_0>=RULE_STRING && LA1_0<=RULE_ID)||(LA1_0>=14 && LA1_0<=85)) ) {
                alt1=1;
            }
            else if ( (LA1_0==94) ) {
                alt1=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }
            switch (alt1) {
                case 1 :
                    // InternalAssign.g:1002:2: ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) )
                    {
                    // InternalAssign.g:1002:2: ( ( rule__AssignmentConfig__BoardAssignment_3_1_0 ) )
                    // InternalAssign.g:1003:3: ( rule__AssignmentConfig__BoardAssignment_3_1_0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getBoardAssignment_3_1_0()); 
                    // InternalAssign.g:1004:3: ( rule__AssignmentConfig__BoardAssignment_3_1_0 )
                    // InternalAssign.g:1004:4: rule__AssignmentConfig__BoardAssignment_3_1_0
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
                    // InternalAssign.g:1008:2: ( ( rule__AssignmentConfig__Group_3_1_1__0 ) )
                    {
                    // InternalAssign.g:1008:2: ( ( rule__AssignmentConfig__Group_3_1_1__0 ) )
                    // InternalAssign.g:1009:3: ( rule__AssignmentConfig__Group_3_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getGroup_3_1_1()); 
                    // InternalAssign.g:1010:3: ( rule__AssignmentConfig__Group_3_1_1__0 )
                    // InternalAssign.g:1010:4: rule__AssignmentConfig__Group_3_1_1__0
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
    // InternalAssign.g:1018:1: rule__AssignmentConfig__Alternatives_4 : ( ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) ) | ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) ) | ( ( rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 ) ) );
    public final void rule__AssignmentConfig__Alternatives_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1022:1: ( ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) ) | ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) ) | ( ( rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 ) ) )
            int alt2=3;
            switch ( input.LA(1) ) {
            case 16:
            case 17:
            case 18:
                {
                alt2=1;
                }
                break;
            case 19:
                {
                alt2=2;
                }
                break;
            case 20:
                {
                alt2=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }

            switch (alt2) {
                case 1 :
                    // InternalAssign.g:1023:2: ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) )
                    {
                    // InternalAssign.g:1023:2: ( ( rule__AssignmentConfig__ConsumersAssignment_4_0 ) )
                    // InternalAssign.g:1024:3: ( rule__AssignmentConfig__ConsumersAssignment_4_0 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getConsumersAssignment_4_0()); 
                    // InternalAssign.g:1025:3: ( rule__AssignmentConfig__ConsumersAssignment_4_0 )
                    // InternalAssign.g:1025:4: rule__AssignmentConfig__ConsumersAssignment_4_0
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
                    // InternalAssign.g:1029:2: ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) )
                    {
                    // InternalAssign.g:1029:2: ( ( rule__AssignmentConfig__AssignmentsAssignment_4_1 ) )
                    // InternalAssign.g:1030:3: ( rule__AssignmentConfig__AssignmentsAssignment_4_1 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignment_4_1()); 
                    // InternalAssign.g:1031:3: ( rule__AssignmentConfig__AssignmentsAssignment_4_1 )
                    // InternalAssign.g:1031:4: rule__AssignmentConfig__AssignmentsAssignment_4_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__AssignmentConfig__AssignmentsAssignment_4_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignment_4_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1035:2: ( ( rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 ) )
                    {
                    // InternalAssign.g:1035:2: ( ( rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 ) )
                    // InternalAssign.g:1036:3: ( rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 )
                    {
                     before(grammarAccess.getAssignmentConfigAccess().getVirtualFunctionsAssignment_4_2()); 
                    // InternalAssign.g:1037:3: ( rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 )
                    // InternalAssign.g:1037:4: rule__AssignmentConfig__VirtualFunctionsAssignment_4_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__AssignmentConfig__VirtualFunctionsAssignment_4_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentConfigAccess().getVirtualFunctionsAssignment_4_2()); 

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
    // InternalAssign.g:1045:1: rule__Consumer__Alternatives : ( ( ruleVmGuest ) | ( ruleUserspaceDriver ) | ( ruleProbe ) );
    public final void rule__Consumer__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1049:1: ( ( ruleVmGuest ) | ( ruleUserspaceDriver ) | ( ruleProbe ) )
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
                    // InternalAssign.g:1050:2: ( ruleVmGuest )
                    {
                    // InternalAssign.g:1050:2: ( ruleVmGuest )
                    // InternalAssign.g:1051:3: ruleVmGuest
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
                    // InternalAssign.g:1056:2: ( ruleUserspaceDriver )
                    {
                    // InternalAssign.g:1056:2: ( ruleUserspaceDriver )
                    // InternalAssign.g:1057:3: ruleUserspaceDriver
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
                    // InternalAssign.g:1062:2: ( ruleProbe )
                    {
                    // InternalAssign.g:1062:2: ( ruleProbe )
                    // InternalAssign.g:1063:3: ruleProbe
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
    // InternalAssign.g:1072:1: rule__VmGuest__MachineAlternatives_2_1_2_1_0 : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__VmGuest__MachineAlternatives_2_1_2_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1076:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==RULE_ID||(LA4_0>=14 && LA4_0<=85)) ) {
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
                    // InternalAssign.g:1077:2: ( ruleName )
                    {
                    // InternalAssign.g:1077:2: ( ruleName )
                    // InternalAssign.g:1078:3: ruleName
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
                    // InternalAssign.g:1083:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1083:2: ( RULE_STRING )
                    // InternalAssign.g:1084:3: RULE_STRING
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
    // InternalAssign.g:1093:1: rule__Assignment__Alternatives_1 : ( ( ( rule__Assignment__Group_1_0__0 ) ) | ( ( rule__Assignment__DeviceAssignment_1_1 ) ) | ( ( rule__Assignment__Group_1_2__0 ) ) );
    public final void rule__Assignment__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1097:1: ( ( ( rule__Assignment__Group_1_0__0 ) ) | ( ( rule__Assignment__DeviceAssignment_1_1 ) ) | ( ( rule__Assignment__Group_1_2__0 ) ) )
            int alt5=3;
            alt5 = dfa5.predict(input);
            switch (alt5) {
                case 1 :
                    // InternalAssign.g:1098:2: ( ( rule__Assignment__Group_1_0__0 ) )
                    {
                    // InternalAssign.g:1098:2: ( ( rule__Assignment__Group_1_0__0 ) )
                    // InternalAssign.g:1099:3: ( rule__Assignment__Group_1_0__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_1_0()); 
                    // InternalAssign.g:1100:3: ( rule__Assignment__Group_1_0__0 )
                    // InternalAssign.g:1100:4: rule__Assignment__Group_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getGroup_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1104:2: ( ( rule__Assignment__DeviceAssignment_1_1 ) )
                    {
                    // InternalAssign.g:1104:2: ( ( rule__Assignment__DeviceAssignment_1_1 ) )
                    // InternalAssign.g:1105:3: ( rule__Assignment__DeviceAssignment_1_1 )
                    {
                     before(grammarAccess.getAssignmentAccess().getDeviceAssignment_1_1()); 
                    // InternalAssign.g:1106:3: ( rule__Assignment__DeviceAssignment_1_1 )
                    // InternalAssign.g:1106:4: rule__Assignment__DeviceAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__DeviceAssignment_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getDeviceAssignment_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1110:2: ( ( rule__Assignment__Group_1_2__0 ) )
                    {
                    // InternalAssign.g:1110:2: ( ( rule__Assignment__Group_1_2__0 ) )
                    // InternalAssign.g:1111:3: ( rule__Assignment__Group_1_2__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_1_2()); 
                    // InternalAssign.g:1112:3: ( rule__Assignment__Group_1_2__0 )
                    // InternalAssign.g:1112:4: rule__Assignment__Group_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAssignmentAccess().getGroup_1_2()); 

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
    // InternalAssign.g:1120:1: rule__Assignment__Alternatives_4_2 : ( ( ( rule__Assignment__RegionsAssignment_4_2_0 ) ) | ( ( rule__Assignment__IrqsAssignment_4_2_1 ) ) | ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) ) );
    public final void rule__Assignment__Alternatives_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1124:1: ( ( ( rule__Assignment__RegionsAssignment_4_2_0 ) ) | ( ( rule__Assignment__IrqsAssignment_4_2_1 ) ) | ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) ) )
            int alt6=3;
            switch ( input.LA(1) ) {
            case 36:
                {
                alt6=1;
                }
                break;
            case 37:
                {
                alt6=2;
                }
                break;
            case 38:
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
                    // InternalAssign.g:1125:2: ( ( rule__Assignment__RegionsAssignment_4_2_0 ) )
                    {
                    // InternalAssign.g:1125:2: ( ( rule__Assignment__RegionsAssignment_4_2_0 ) )
                    // InternalAssign.g:1126:3: ( rule__Assignment__RegionsAssignment_4_2_0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getRegionsAssignment_4_2_0()); 
                    // InternalAssign.g:1127:3: ( rule__Assignment__RegionsAssignment_4_2_0 )
                    // InternalAssign.g:1127:4: rule__Assignment__RegionsAssignment_4_2_0
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
                    // InternalAssign.g:1131:2: ( ( rule__Assignment__IrqsAssignment_4_2_1 ) )
                    {
                    // InternalAssign.g:1131:2: ( ( rule__Assignment__IrqsAssignment_4_2_1 ) )
                    // InternalAssign.g:1132:3: ( rule__Assignment__IrqsAssignment_4_2_1 )
                    {
                     before(grammarAccess.getAssignmentAccess().getIrqsAssignment_4_2_1()); 
                    // InternalAssign.g:1133:3: ( rule__Assignment__IrqsAssignment_4_2_1 )
                    // InternalAssign.g:1133:4: rule__Assignment__IrqsAssignment_4_2_1
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
                    // InternalAssign.g:1137:2: ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) )
                    {
                    // InternalAssign.g:1137:2: ( ( rule__Assignment__DmaWindowsAssignment_4_2_2 ) )
                    // InternalAssign.g:1138:3: ( rule__Assignment__DmaWindowsAssignment_4_2_2 )
                    {
                     before(grammarAccess.getAssignmentAccess().getDmaWindowsAssignment_4_2_2()); 
                    // InternalAssign.g:1139:3: ( rule__Assignment__DmaWindowsAssignment_4_2_2 )
                    // InternalAssign.g:1139:4: rule__Assignment__DmaWindowsAssignment_4_2_2
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
    // InternalAssign.g:1147:1: rule__DmaWindow__Alternatives_6 : ( ( ( rule__DmaWindow__WritableAssignment_6_0 ) ) | ( ( rule__DmaWindow__ReadableAssignment_6_1 ) ) );
    public final void rule__DmaWindow__Alternatives_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1151:1: ( ( ( rule__DmaWindow__WritableAssignment_6_0 ) ) | ( ( rule__DmaWindow__ReadableAssignment_6_1 ) ) )
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
                    // InternalAssign.g:1152:2: ( ( rule__DmaWindow__WritableAssignment_6_0 ) )
                    {
                    // InternalAssign.g:1152:2: ( ( rule__DmaWindow__WritableAssignment_6_0 ) )
                    // InternalAssign.g:1153:3: ( rule__DmaWindow__WritableAssignment_6_0 )
                    {
                     before(grammarAccess.getDmaWindowAccess().getWritableAssignment_6_0()); 
                    // InternalAssign.g:1154:3: ( rule__DmaWindow__WritableAssignment_6_0 )
                    // InternalAssign.g:1154:4: rule__DmaWindow__WritableAssignment_6_0
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
                    // InternalAssign.g:1158:2: ( ( rule__DmaWindow__ReadableAssignment_6_1 ) )
                    {
                    // InternalAssign.g:1158:2: ( ( rule__DmaWindow__ReadableAssignment_6_1 ) )
                    // InternalAssign.g:1159:3: ( rule__DmaWindow__ReadableAssignment_6_1 )
                    {
                     before(grammarAccess.getDmaWindowAccess().getReadableAssignment_6_1()); 
                    // InternalAssign.g:1160:3: ( rule__DmaWindow__ReadableAssignment_6_1 )
                    // InternalAssign.g:1160:4: rule__DmaWindow__ReadableAssignment_6_1
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
    // InternalAssign.g:1168:1: rule__InlineBoard__Alternatives_3 : ( ( ( rule__InlineBoard__DevicesAssignment_3_0 ) ) | ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) ) );
    public final void rule__InlineBoard__Alternatives_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1172:1: ( ( ( rule__InlineBoard__DevicesAssignment_3_0 ) ) | ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( ((LA8_0>=55 && LA8_0<=56)) ) {
                alt8=1;
            }
            else if ( (LA8_0==90) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalAssign.g:1173:2: ( ( rule__InlineBoard__DevicesAssignment_3_0 ) )
                    {
                    // InternalAssign.g:1173:2: ( ( rule__InlineBoard__DevicesAssignment_3_0 ) )
                    // InternalAssign.g:1174:3: ( rule__InlineBoard__DevicesAssignment_3_0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getDevicesAssignment_3_0()); 
                    // InternalAssign.g:1175:3: ( rule__InlineBoard__DevicesAssignment_3_0 )
                    // InternalAssign.g:1175:4: rule__InlineBoard__DevicesAssignment_3_0
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
                    // InternalAssign.g:1179:2: ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) )
                    {
                    // InternalAssign.g:1179:2: ( ( rule__InlineBoard__IommuGroupsAssignment_3_1 ) )
                    // InternalAssign.g:1180:3: ( rule__InlineBoard__IommuGroupsAssignment_3_1 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getIommuGroupsAssignment_3_1()); 
                    // InternalAssign.g:1181:3: ( rule__InlineBoard__IommuGroupsAssignment_3_1 )
                    // InternalAssign.g:1181:4: rule__InlineBoard__IommuGroupsAssignment_3_1
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
    // InternalAssign.g:1189:1: rule__Device__Alternatives : ( ( rulePciDevice ) | ( rulePlatformDevice ) );
    public final void rule__Device__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1193:1: ( ( rulePciDevice ) | ( rulePlatformDevice ) )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==55) ) {
                alt9=1;
            }
            else if ( (LA9_0==56) ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalAssign.g:1194:2: ( rulePciDevice )
                    {
                    // InternalAssign.g:1194:2: ( rulePciDevice )
                    // InternalAssign.g:1195:3: rulePciDevice
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
                    // InternalAssign.g:1200:2: ( rulePlatformDevice )
                    {
                    // InternalAssign.g:1200:2: ( rulePlatformDevice )
                    // InternalAssign.g:1201:3: rulePlatformDevice
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
    // InternalAssign.g:1210:1: rule__DeviceFacts__DriverAlternatives_0_0_1_0 : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceFacts__DriverAlternatives_0_0_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1214:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==RULE_ID||(LA10_0>=14 && LA10_0<=85)) ) {
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
                    // InternalAssign.g:1215:2: ( ruleName )
                    {
                    // InternalAssign.g:1215:2: ( ruleName )
                    // InternalAssign.g:1216:3: ruleName
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
                    // InternalAssign.g:1221:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1221:2: ( RULE_STRING )
                    // InternalAssign.g:1222:3: RULE_STRING
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
    // InternalAssign.g:1231:1: rule__DeviceFacts__Alternatives_1_1 : ( ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) ) | ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) ) );
    public final void rule__DeviceFacts__Alternatives_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1235:1: ( ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) ) | ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==71) ) {
                alt11=1;
            }
            else if ( (LA11_0==37) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalAssign.g:1236:2: ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) )
                    {
                    // InternalAssign.g:1236:2: ( ( rule__DeviceFacts__RegionsAssignment_1_1_0 ) )
                    // InternalAssign.g:1237:3: ( rule__DeviceFacts__RegionsAssignment_1_1_0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getRegionsAssignment_1_1_0()); 
                    // InternalAssign.g:1238:3: ( rule__DeviceFacts__RegionsAssignment_1_1_0 )
                    // InternalAssign.g:1238:4: rule__DeviceFacts__RegionsAssignment_1_1_0
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
                    // InternalAssign.g:1242:2: ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) )
                    {
                    // InternalAssign.g:1242:2: ( ( rule__DeviceFacts__InterruptsAssignment_1_1_1 ) )
                    // InternalAssign.g:1243:3: ( rule__DeviceFacts__InterruptsAssignment_1_1_1 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getInterruptsAssignment_1_1_1()); 
                    // InternalAssign.g:1244:3: ( rule__DeviceFacts__InterruptsAssignment_1_1_1 )
                    // InternalAssign.g:1244:4: rule__DeviceFacts__InterruptsAssignment_1_1_1
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
    // InternalAssign.g:1252:1: rule__Name__Alternatives : ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'vfs' ) | ( 'vf' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'force' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) );
    public final void rule__Name__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1256:1: ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'vfs' ) | ( 'vf' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'force' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) )
            int alt12=73;
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
            case 84:
                {
                alt12=72;
                }
                break;
            case 85:
                {
                alt12=73;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }

            switch (alt12) {
                case 1 :
                    // InternalAssign.g:1257:2: ( RULE_ID )
                    {
                    // InternalAssign.g:1257:2: ( RULE_ID )
                    // InternalAssign.g:1258:3: RULE_ID
                    {
                     before(grammarAccess.getNameAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1263:2: ( 'config' )
                    {
                    // InternalAssign.g:1263:2: ( 'config' )
                    // InternalAssign.g:1264:3: 'config'
                    {
                     before(grammarAccess.getNameAccess().getConfigKeyword_1()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getConfigKeyword_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1269:2: ( 'import' )
                    {
                    // InternalAssign.g:1269:2: ( 'import' )
                    // InternalAssign.g:1270:3: 'import'
                    {
                     before(grammarAccess.getNameAccess().getImportKeyword_2()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getImportKeyword_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1275:2: ( 'vm' )
                    {
                    // InternalAssign.g:1275:2: ( 'vm' )
                    // InternalAssign.g:1276:3: 'vm'
                    {
                     before(grammarAccess.getNameAccess().getVmKeyword_3()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVmKeyword_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1281:2: ( 'userspace' )
                    {
                    // InternalAssign.g:1281:2: ( 'userspace' )
                    // InternalAssign.g:1282:3: 'userspace'
                    {
                     before(grammarAccess.getNameAccess().getUserspaceKeyword_4()); 
                    match(input,17,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getUserspaceKeyword_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:1287:2: ( 'probe' )
                    {
                    // InternalAssign.g:1287:2: ( 'probe' )
                    // InternalAssign.g:1288:3: 'probe'
                    {
                     before(grammarAccess.getNameAccess().getProbeKeyword_5()); 
                    match(input,18,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getProbeKeyword_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:1293:2: ( 'assign' )
                    {
                    // InternalAssign.g:1293:2: ( 'assign' )
                    // InternalAssign.g:1294:3: 'assign'
                    {
                     before(grammarAccess.getNameAccess().getAssignKeyword_6()); 
                    match(input,19,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAssignKeyword_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalAssign.g:1299:2: ( 'vfs' )
                    {
                    // InternalAssign.g:1299:2: ( 'vfs' )
                    // InternalAssign.g:1300:3: 'vfs'
                    {
                     before(grammarAccess.getNameAccess().getVfsKeyword_7()); 
                    match(input,20,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfsKeyword_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalAssign.g:1305:2: ( 'vf' )
                    {
                    // InternalAssign.g:1305:2: ( 'vf' )
                    // InternalAssign.g:1306:3: 'vf'
                    {
                     before(grammarAccess.getNameAccess().getVfKeyword_8()); 
                    match(input,21,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfKeyword_8()); 

                    }


                    }
                    break;
                case 10 :
                    // InternalAssign.g:1311:2: ( 'memory' )
                    {
                    // InternalAssign.g:1311:2: ( 'memory' )
                    // InternalAssign.g:1312:3: 'memory'
                    {
                     before(grammarAccess.getNameAccess().getMemoryKeyword_9()); 
                    match(input,22,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMemoryKeyword_9()); 

                    }


                    }
                    break;
                case 11 :
                    // InternalAssign.g:1317:2: ( 'vcpus' )
                    {
                    // InternalAssign.g:1317:2: ( 'vcpus' )
                    // InternalAssign.g:1318:3: 'vcpus'
                    {
                     before(grammarAccess.getNameAccess().getVcpusKeyword_10()); 
                    match(input,23,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVcpusKeyword_10()); 

                    }


                    }
                    break;
                case 12 :
                    // InternalAssign.g:1323:2: ( 'machine' )
                    {
                    // InternalAssign.g:1323:2: ( 'machine' )
                    // InternalAssign.g:1324:3: 'machine'
                    {
                     before(grammarAccess.getNameAccess().getMachineKeyword_11()); 
                    match(input,24,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMachineKeyword_11()); 

                    }


                    }
                    break;
                case 13 :
                    // InternalAssign.g:1329:2: ( 'memlock' )
                    {
                    // InternalAssign.g:1329:2: ( 'memlock' )
                    // InternalAssign.g:1330:3: 'memlock'
                    {
                     before(grammarAccess.getNameAccess().getMemlockKeyword_12()); 
                    match(input,25,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMemlockKeyword_12()); 

                    }


                    }
                    break;
                case 14 :
                    // InternalAssign.g:1335:2: ( 'qemu' )
                    {
                    // InternalAssign.g:1335:2: ( 'qemu' )
                    // InternalAssign.g:1336:3: 'qemu'
                    {
                     before(grammarAccess.getNameAccess().getQemuKeyword_13()); 
                    match(input,26,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getQemuKeyword_13()); 

                    }


                    }
                    break;
                case 15 :
                    // InternalAssign.g:1341:2: ( 'libvirt' )
                    {
                    // InternalAssign.g:1341:2: ( 'libvirt' )
                    // InternalAssign.g:1342:3: 'libvirt'
                    {
                     before(grammarAccess.getNameAccess().getLibvirtKeyword_14()); 
                    match(input,27,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getLibvirtKeyword_14()); 

                    }


                    }
                    break;
                case 16 :
                    // InternalAssign.g:1347:2: ( 'uid' )
                    {
                    // InternalAssign.g:1347:2: ( 'uid' )
                    // InternalAssign.g:1348:3: 'uid'
                    {
                     before(grammarAccess.getNameAccess().getUidKeyword_15()); 
                    match(input,28,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getUidKeyword_15()); 

                    }


                    }
                    break;
                case 17 :
                    // InternalAssign.g:1353:2: ( 'gid' )
                    {
                    // InternalAssign.g:1353:2: ( 'gid' )
                    // InternalAssign.g:1354:3: 'gid'
                    {
                     before(grammarAccess.getNameAccess().getGidKeyword_16()); 
                    match(input,29,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getGidKeyword_16()); 

                    }


                    }
                    break;
                case 18 :
                    // InternalAssign.g:1359:2: ( 'socket' )
                    {
                    // InternalAssign.g:1359:2: ( 'socket' )
                    // InternalAssign.g:1360:3: 'socket'
                    {
                     before(grammarAccess.getNameAccess().getSocketKeyword_17()); 
                    match(input,30,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getSocketKeyword_17()); 

                    }


                    }
                    break;
                case 19 :
                    // InternalAssign.g:1365:2: ( 'driver' )
                    {
                    // InternalAssign.g:1365:2: ( 'driver' )
                    // InternalAssign.g:1366:3: 'driver'
                    {
                     before(grammarAccess.getNameAccess().getDriverKeyword_18()); 
                    match(input,31,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDriverKeyword_18()); 

                    }


                    }
                    break;
                case 20 :
                    // InternalAssign.g:1371:2: ( 'open' )
                    {
                    // InternalAssign.g:1371:2: ( 'open' )
                    // InternalAssign.g:1372:3: 'open'
                    {
                     before(grammarAccess.getNameAccess().getOpenKeyword_19()); 
                    match(input,32,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getOpenKeyword_19()); 

                    }


                    }
                    break;
                case 21 :
                    // InternalAssign.g:1377:2: ( 'reset' )
                    {
                    // InternalAssign.g:1377:2: ( 'reset' )
                    // InternalAssign.g:1378:3: 'reset'
                    {
                     before(grammarAccess.getNameAccess().getResetKeyword_20()); 
                    match(input,33,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getResetKeyword_20()); 

                    }


                    }
                    break;
                case 22 :
                    // InternalAssign.g:1383:2: ( 'persistent' )
                    {
                    // InternalAssign.g:1383:2: ( 'persistent' )
                    // InternalAssign.g:1384:3: 'persistent'
                    {
                     before(grammarAccess.getNameAccess().getPersistentKeyword_21()); 
                    match(input,34,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPersistentKeyword_21()); 

                    }


                    }
                    break;
                case 23 :
                    // InternalAssign.g:1389:2: ( 'force' )
                    {
                    // InternalAssign.g:1389:2: ( 'force' )
                    // InternalAssign.g:1390:3: 'force'
                    {
                     before(grammarAccess.getNameAccess().getForceKeyword_22()); 
                    match(input,35,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getForceKeyword_22()); 

                    }


                    }
                    break;
                case 24 :
                    // InternalAssign.g:1395:2: ( 'map' )
                    {
                    // InternalAssign.g:1395:2: ( 'map' )
                    // InternalAssign.g:1396:3: 'map'
                    {
                     before(grammarAccess.getNameAccess().getMapKeyword_23()); 
                    match(input,36,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMapKeyword_23()); 

                    }


                    }
                    break;
                case 25 :
                    // InternalAssign.g:1401:2: ( 'irq' )
                    {
                    // InternalAssign.g:1401:2: ( 'irq' )
                    // InternalAssign.g:1402:3: 'irq'
                    {
                     before(grammarAccess.getNameAccess().getIrqKeyword_24()); 
                    match(input,37,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIrqKeyword_24()); 

                    }


                    }
                    break;
                case 26 :
                    // InternalAssign.g:1407:2: ( 'dma' )
                    {
                    // InternalAssign.g:1407:2: ( 'dma' )
                    // InternalAssign.g:1408:3: 'dma'
                    {
                     before(grammarAccess.getNameAccess().getDmaKeyword_25()); 
                    match(input,38,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaKeyword_25()); 

                    }


                    }
                    break;
                case 27 :
                    // InternalAssign.g:1413:2: ( 'auto' )
                    {
                    // InternalAssign.g:1413:2: ( 'auto' )
                    // InternalAssign.g:1414:3: 'auto'
                    {
                     before(grammarAccess.getNameAccess().getAutoKeyword_26()); 
                    match(input,39,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutoKeyword_26()); 

                    }


                    }
                    break;
                case 28 :
                    // InternalAssign.g:1419:2: ( 'vfio-pci' )
                    {
                    // InternalAssign.g:1419:2: ( 'vfio-pci' )
                    // InternalAssign.g:1420:3: 'vfio-pci'
                    {
                     before(grammarAccess.getNameAccess().getVfioPciKeyword_27()); 
                    match(input,40,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPciKeyword_27()); 

                    }


                    }
                    break;
                case 29 :
                    // InternalAssign.g:1425:2: ( 'vfio-platform' )
                    {
                    // InternalAssign.g:1425:2: ( 'vfio-platform' )
                    // InternalAssign.g:1426:3: 'vfio-platform'
                    {
                     before(grammarAccess.getNameAccess().getVfioPlatformKeyword_28()); 
                    match(input,41,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPlatformKeyword_28()); 

                    }


                    }
                    break;
                case 30 :
                    // InternalAssign.g:1431:2: ( 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:1431:2: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1432:3: 'vfio-fsl-mc'
                    {
                     before(grammarAccess.getNameAccess().getVfioFslMcKeyword_29()); 
                    match(input,42,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioFslMcKeyword_29()); 

                    }


                    }
                    break;
                case 31 :
                    // InternalAssign.g:1437:2: ( 'cdev' )
                    {
                    // InternalAssign.g:1437:2: ( 'cdev' )
                    // InternalAssign.g:1438:3: 'cdev'
                    {
                     before(grammarAccess.getNameAccess().getCdevKeyword_30()); 
                    match(input,43,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCdevKeyword_30()); 

                    }


                    }
                    break;
                case 32 :
                    // InternalAssign.g:1443:2: ( 'if-available' )
                    {
                    // InternalAssign.g:1443:2: ( 'if-available' )
                    // InternalAssign.g:1444:3: 'if-available'
                    {
                     before(grammarAccess.getNameAccess().getIfAvailableKeyword_31()); 
                    match(input,44,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIfAvailableKeyword_31()); 

                    }


                    }
                    break;
                case 33 :
                    // InternalAssign.g:1449:2: ( 'required' )
                    {
                    // InternalAssign.g:1449:2: ( 'required' )
                    // InternalAssign.g:1450:3: 'required'
                    {
                     before(grammarAccess.getNameAccess().getRequiredKeyword_32()); 
                    match(input,45,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRequiredKeyword_32()); 

                    }


                    }
                    break;
                case 34 :
                    // InternalAssign.g:1455:2: ( 'never' )
                    {
                    // InternalAssign.g:1455:2: ( 'never' )
                    // InternalAssign.g:1456:3: 'never'
                    {
                     before(grammarAccess.getNameAccess().getNeverKeyword_33()); 
                    match(input,46,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNeverKeyword_33()); 

                    }


                    }
                    break;
                case 35 :
                    // InternalAssign.g:1461:2: ( 'arch' )
                    {
                    // InternalAssign.g:1461:2: ( 'arch' )
                    // InternalAssign.g:1462:3: 'arch'
                    {
                     before(grammarAccess.getNameAccess().getArchKeyword_34()); 
                    match(input,47,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getArchKeyword_34()); 

                    }


                    }
                    break;
                case 36 :
                    // InternalAssign.g:1467:2: ( 'page' )
                    {
                    // InternalAssign.g:1467:2: ( 'page' )
                    // InternalAssign.g:1468:3: 'page'
                    {
                     before(grammarAccess.getNameAccess().getPageKeyword_35()); 
                    match(input,48,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPageKeyword_35()); 

                    }


                    }
                    break;
                case 37 :
                    // InternalAssign.g:1473:2: ( 'kernel' )
                    {
                    // InternalAssign.g:1473:2: ( 'kernel' )
                    // InternalAssign.g:1474:3: 'kernel'
                    {
                     before(grammarAccess.getNameAccess().getKernelKeyword_36()); 
                    match(input,49,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getKernelKeyword_36()); 

                    }


                    }
                    break;
                case 38 :
                    // InternalAssign.g:1479:2: ( 'capabilities' )
                    {
                    // InternalAssign.g:1479:2: ( 'capabilities' )
                    // InternalAssign.g:1480:3: 'capabilities'
                    {
                     before(grammarAccess.getNameAccess().getCapabilitiesKeyword_37()); 
                    match(input,50,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCapabilitiesKeyword_37()); 

                    }


                    }
                    break;
                case 39 :
                    // InternalAssign.g:1485:2: ( 'vfio-cdev' )
                    {
                    // InternalAssign.g:1485:2: ( 'vfio-cdev' )
                    // InternalAssign.g:1486:3: 'vfio-cdev'
                    {
                     before(grammarAccess.getNameAccess().getVfioCdevKeyword_38()); 
                    match(input,51,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioCdevKeyword_38()); 

                    }


                    }
                    break;
                case 40 :
                    // InternalAssign.g:1491:2: ( 'iommufd' )
                    {
                    // InternalAssign.g:1491:2: ( 'iommufd' )
                    // InternalAssign.g:1492:3: 'iommufd'
                    {
                     before(grammarAccess.getNameAccess().getIommufdKeyword_39()); 
                    match(input,52,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIommufdKeyword_39()); 

                    }


                    }
                    break;
                case 41 :
                    // InternalAssign.g:1497:2: ( 'noiommu' )
                    {
                    // InternalAssign.g:1497:2: ( 'noiommu' )
                    // InternalAssign.g:1498:3: 'noiommu'
                    {
                     before(grammarAccess.getNameAccess().getNoiommuKeyword_40()); 
                    match(input,53,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoiommuKeyword_40()); 

                    }


                    }
                    break;
                case 42 :
                    // InternalAssign.g:1503:2: ( 'type1v2' )
                    {
                    // InternalAssign.g:1503:2: ( 'type1v2' )
                    // InternalAssign.g:1504:3: 'type1v2'
                    {
                     before(grammarAccess.getNameAccess().getType1v2Keyword_41()); 
                    match(input,54,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getType1v2Keyword_41()); 

                    }


                    }
                    break;
                case 43 :
                    // InternalAssign.g:1509:2: ( 'pci' )
                    {
                    // InternalAssign.g:1509:2: ( 'pci' )
                    // InternalAssign.g:1510:3: 'pci'
                    {
                     before(grammarAccess.getNameAccess().getPciKeyword_42()); 
                    match(input,55,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPciKeyword_42()); 

                    }


                    }
                    break;
                case 44 :
                    // InternalAssign.g:1515:2: ( 'platform' )
                    {
                    // InternalAssign.g:1515:2: ( 'platform' )
                    // InternalAssign.g:1516:3: 'platform'
                    {
                     before(grammarAccess.getNameAccess().getPlatformKeyword_43()); 
                    match(input,56,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPlatformKeyword_43()); 

                    }


                    }
                    break;
                case 45 :
                    // InternalAssign.g:1521:2: ( 'vendor' )
                    {
                    // InternalAssign.g:1521:2: ( 'vendor' )
                    // InternalAssign.g:1522:3: 'vendor'
                    {
                     before(grammarAccess.getNameAccess().getVendorKeyword_44()); 
                    match(input,57,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVendorKeyword_44()); 

                    }


                    }
                    break;
                case 46 :
                    // InternalAssign.g:1527:2: ( 'device' )
                    {
                    // InternalAssign.g:1527:2: ( 'device' )
                    // InternalAssign.g:1528:3: 'device'
                    {
                     before(grammarAccess.getNameAccess().getDeviceKeyword_45()); 
                    match(input,58,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDeviceKeyword_45()); 

                    }


                    }
                    break;
                case 47 :
                    // InternalAssign.g:1533:2: ( 'class' )
                    {
                    // InternalAssign.g:1533:2: ( 'class' )
                    // InternalAssign.g:1534:3: 'class'
                    {
                     before(grammarAccess.getNameAccess().getClassKeyword_46()); 
                    match(input,59,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getClassKeyword_46()); 

                    }


                    }
                    break;
                case 48 :
                    // InternalAssign.g:1539:2: ( 'bridge' )
                    {
                    // InternalAssign.g:1539:2: ( 'bridge' )
                    // InternalAssign.g:1540:3: 'bridge'
                    {
                     before(grammarAccess.getNameAccess().getBridgeKeyword_47()); 
                    match(input,60,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getBridgeKeyword_47()); 

                    }


                    }
                    break;
                case 49 :
                    // InternalAssign.g:1545:2: ( 'path' )
                    {
                    // InternalAssign.g:1545:2: ( 'path' )
                    // InternalAssign.g:1546:3: 'path'
                    {
                     before(grammarAccess.getNameAccess().getPathKeyword_48()); 
                    match(input,61,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPathKeyword_48()); 

                    }


                    }
                    break;
                case 50 :
                    // InternalAssign.g:1551:2: ( 'compatible' )
                    {
                    // InternalAssign.g:1551:2: ( 'compatible' )
                    // InternalAssign.g:1552:3: 'compatible'
                    {
                     before(grammarAccess.getNameAccess().getCompatibleKeyword_49()); 
                    match(input,62,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCompatibleKeyword_49()); 

                    }


                    }
                    break;
                case 51 :
                    // InternalAssign.g:1557:2: ( 'protected' )
                    {
                    // InternalAssign.g:1557:2: ( 'protected' )
                    // InternalAssign.g:1558:3: 'protected'
                    {
                     before(grammarAccess.getNameAccess().getProtectedKeyword_50()); 
                    match(input,63,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getProtectedKeyword_50()); 

                    }


                    }
                    break;
                case 52 :
                    // InternalAssign.g:1563:2: ( 'dma-mask' )
                    {
                    // InternalAssign.g:1563:2: ( 'dma-mask' )
                    // InternalAssign.g:1564:3: 'dma-mask'
                    {
                     before(grammarAccess.getNameAccess().getDmaMaskKeyword_51()); 
                    match(input,64,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaMaskKeyword_51()); 

                    }


                    }
                    break;
                case 53 :
                    // InternalAssign.g:1569:2: ( 'iova' )
                    {
                    // InternalAssign.g:1569:2: ( 'iova' )
                    // InternalAssign.g:1570:3: 'iova'
                    {
                     before(grammarAccess.getNameAccess().getIovaKeyword_52()); 
                    match(input,65,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIovaKeyword_52()); 

                    }


                    }
                    break;
                case 54 :
                    // InternalAssign.g:1575:2: ( 'none' )
                    {
                    // InternalAssign.g:1575:2: ( 'none' )
                    // InternalAssign.g:1576:3: 'none'
                    {
                     before(grammarAccess.getNameAccess().getNoneKeyword_53()); 
                    match(input,66,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoneKeyword_53()); 

                    }


                    }
                    break;
                case 55 :
                    // InternalAssign.g:1581:2: ( 'root-filesystem' )
                    {
                    // InternalAssign.g:1581:2: ( 'root-filesystem' )
                    // InternalAssign.g:1582:3: 'root-filesystem'
                    {
                     before(grammarAccess.getNameAccess().getRootFilesystemKeyword_54()); 
                    match(input,67,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRootFilesystemKeyword_54()); 

                    }


                    }
                    break;
                case 56 :
                    // InternalAssign.g:1587:2: ( 'agent-connection' )
                    {
                    // InternalAssign.g:1587:2: ( 'agent-connection' )
                    // InternalAssign.g:1588:3: 'agent-connection'
                    {
                     before(grammarAccess.getNameAccess().getAgentConnectionKeyword_55()); 
                    match(input,68,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAgentConnectionKeyword_55()); 

                    }


                    }
                    break;
                case 57 :
                    // InternalAssign.g:1593:2: ( 'management' )
                    {
                    // InternalAssign.g:1593:2: ( 'management' )
                    // InternalAssign.g:1594:3: 'management'
                    {
                     before(grammarAccess.getNameAccess().getManagementKeyword_56()); 
                    match(input,69,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getManagementKeyword_56()); 

                    }


                    }
                    break;
                case 58 :
                    // InternalAssign.g:1599:2: ( 'policy' )
                    {
                    // InternalAssign.g:1599:2: ( 'policy' )
                    // InternalAssign.g:1600:3: 'policy'
                    {
                     before(grammarAccess.getNameAccess().getPolicyKeyword_57()); 
                    match(input,70,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPolicyKeyword_57()); 

                    }


                    }
                    break;
                case 59 :
                    // InternalAssign.g:1605:2: ( 'region' )
                    {
                    // InternalAssign.g:1605:2: ( 'region' )
                    // InternalAssign.g:1606:3: 'region'
                    {
                     before(grammarAccess.getNameAccess().getRegionKeyword_58()); 
                    match(input,71,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRegionKeyword_58()); 

                    }


                    }
                    break;
                case 60 :
                    // InternalAssign.g:1611:2: ( 'mmio' )
                    {
                    // InternalAssign.g:1611:2: ( 'mmio' )
                    // InternalAssign.g:1612:3: 'mmio'
                    {
                     before(grammarAccess.getNameAccess().getMmioKeyword_59()); 
                    match(input,72,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmioKeyword_59()); 

                    }


                    }
                    break;
                case 61 :
                    // InternalAssign.g:1617:2: ( 'pio' )
                    {
                    // InternalAssign.g:1617:2: ( 'pio' )
                    // InternalAssign.g:1618:3: 'pio'
                    {
                     before(grammarAccess.getNameAccess().getPioKeyword_60()); 
                    match(input,73,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPioKeyword_60()); 

                    }


                    }
                    break;
                case 62 :
                    // InternalAssign.g:1623:2: ( 'rom' )
                    {
                    // InternalAssign.g:1623:2: ( 'rom' )
                    // InternalAssign.g:1624:3: 'rom'
                    {
                     before(grammarAccess.getNameAccess().getRomKeyword_61()); 
                    match(input,74,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRomKeyword_61()); 

                    }


                    }
                    break;
                case 63 :
                    // InternalAssign.g:1629:2: ( 'mc-portal' )
                    {
                    // InternalAssign.g:1629:2: ( 'mc-portal' )
                    // InternalAssign.g:1630:3: 'mc-portal'
                    {
                     before(grammarAccess.getNameAccess().getMcPortalKeyword_62()); 
                    match(input,75,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMcPortalKeyword_62()); 

                    }


                    }
                    break;
                case 64 :
                    // InternalAssign.g:1635:2: ( 'read' )
                    {
                    // InternalAssign.g:1635:2: ( 'read' )
                    // InternalAssign.g:1636:3: 'read'
                    {
                     before(grammarAccess.getNameAccess().getReadKeyword_63()); 
                    match(input,76,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReadKeyword_63()); 

                    }


                    }
                    break;
                case 65 :
                    // InternalAssign.g:1641:2: ( 'write' )
                    {
                    // InternalAssign.g:1641:2: ( 'write' )
                    // InternalAssign.g:1642:3: 'write'
                    {
                     before(grammarAccess.getNameAccess().getWriteKeyword_64()); 
                    match(input,77,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getWriteKeyword_64()); 

                    }


                    }
                    break;
                case 66 :
                    // InternalAssign.g:1647:2: ( 'mmap' )
                    {
                    // InternalAssign.g:1647:2: ( 'mmap' )
                    // InternalAssign.g:1648:3: 'mmap'
                    {
                     before(grammarAccess.getNameAccess().getMmapKeyword_65()); 
                    match(input,78,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmapKeyword_65()); 

                    }


                    }
                    break;
                case 67 :
                    // InternalAssign.g:1653:2: ( 'intx' )
                    {
                    // InternalAssign.g:1653:2: ( 'intx' )
                    // InternalAssign.g:1654:3: 'intx'
                    {
                     before(grammarAccess.getNameAccess().getIntxKeyword_66()); 
                    match(input,79,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIntxKeyword_66()); 

                    }


                    }
                    break;
                case 68 :
                    // InternalAssign.g:1659:2: ( 'msi' )
                    {
                    // InternalAssign.g:1659:2: ( 'msi' )
                    // InternalAssign.g:1660:3: 'msi'
                    {
                     before(grammarAccess.getNameAccess().getMsiKeyword_67()); 
                    match(input,80,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsiKeyword_67()); 

                    }


                    }
                    break;
                case 69 :
                    // InternalAssign.g:1665:2: ( 'msix' )
                    {
                    // InternalAssign.g:1665:2: ( 'msix' )
                    // InternalAssign.g:1666:3: 'msix'
                    {
                     before(grammarAccess.getNameAccess().getMsixKeyword_68()); 
                    match(input,81,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsixKeyword_68()); 

                    }


                    }
                    break;
                case 70 :
                    // InternalAssign.g:1671:2: ( 'err' )
                    {
                    // InternalAssign.g:1671:2: ( 'err' )
                    // InternalAssign.g:1672:3: 'err'
                    {
                     before(grammarAccess.getNameAccess().getErrKeyword_69()); 
                    match(input,82,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getErrKeyword_69()); 

                    }


                    }
                    break;
                case 71 :
                    // InternalAssign.g:1677:2: ( 'req' )
                    {
                    // InternalAssign.g:1677:2: ( 'req' )
                    // InternalAssign.g:1678:3: 'req'
                    {
                     before(grammarAccess.getNameAccess().getReqKeyword_70()); 
                    match(input,83,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReqKeyword_70()); 

                    }


                    }
                    break;
                case 72 :
                    // InternalAssign.g:1683:2: ( 'maskable' )
                    {
                    // InternalAssign.g:1683:2: ( 'maskable' )
                    // InternalAssign.g:1684:3: 'maskable'
                    {
                     before(grammarAccess.getNameAccess().getMaskableKeyword_71()); 
                    match(input,84,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMaskableKeyword_71()); 

                    }


                    }
                    break;
                case 73 :
                    // InternalAssign.g:1689:2: ( 'automasked' )
                    {
                    // InternalAssign.g:1689:2: ( 'automasked' )
                    // InternalAssign.g:1690:3: 'automasked'
                    {
                     before(grammarAccess.getNameAccess().getAutomaskedKeyword_72()); 
                    match(input,85,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutomaskedKeyword_72()); 

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
    // InternalAssign.g:1699:1: rule__BoardRef__Alternatives : ( ( RULE_STRING ) | ( ruleName ) );
    public final void rule__BoardRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1703:1: ( ( RULE_STRING ) | ( ruleName ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING) ) {
                alt13=1;
            }
            else if ( (LA13_0==RULE_ID||(LA13_0>=14 && LA13_0<=85)) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalAssign.g:1704:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1704:2: ( RULE_STRING )
                    // InternalAssign.g:1705:3: RULE_STRING
                    {
                     before(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1710:2: ( ruleName )
                    {
                    // InternalAssign.g:1710:2: ( ruleName )
                    // InternalAssign.g:1711:3: ruleName
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
    // InternalAssign.g:1720:1: rule__DeviceRef__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1724:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_ID||(LA14_0>=14 && LA14_0<=85)) ) {
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
                    // InternalAssign.g:1725:2: ( ruleName )
                    {
                    // InternalAssign.g:1725:2: ( ruleName )
                    // InternalAssign.g:1726:3: ruleName
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
                    // InternalAssign.g:1731:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1731:2: ( RULE_STRING )
                    // InternalAssign.g:1732:3: RULE_STRING
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
    // InternalAssign.g:1741:1: rule__MemberPart__Alternatives : ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) );
    public final void rule__MemberPart__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1745:1: ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) )
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
            case 84:
            case 85:
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
                    // InternalAssign.g:1746:2: ( ruleName )
                    {
                    // InternalAssign.g:1746:2: ( ruleName )
                    // InternalAssign.g:1747:3: ruleName
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
                    // InternalAssign.g:1752:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1752:2: ( RULE_STRING )
                    // InternalAssign.g:1753:3: RULE_STRING
                    {
                     before(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1758:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1758:2: ( RULE_INT )
                    // InternalAssign.g:1759:3: RULE_INT
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
    // InternalAssign.g:1768:1: rule__RegionName__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__RegionName__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1772:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==RULE_ID||(LA16_0>=14 && LA16_0<=85)) ) {
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
                    // InternalAssign.g:1773:2: ( ruleName )
                    {
                    // InternalAssign.g:1773:2: ( ruleName )
                    // InternalAssign.g:1774:3: ruleName
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
                    // InternalAssign.g:1779:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1779:2: ( RULE_STRING )
                    // InternalAssign.g:1780:3: RULE_STRING
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
    // InternalAssign.g:1789:1: rule__Size__Alternatives_1 : ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) );
    public final void rule__Size__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1793:1: ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) )
            int alt17=4;
            switch ( input.LA(1) ) {
            case 86:
                {
                alt17=1;
                }
                break;
            case 87:
                {
                alt17=2;
                }
                break;
            case 88:
                {
                alt17=3;
                }
                break;
            case 89:
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
                    // InternalAssign.g:1794:2: ( 'KiB' )
                    {
                    // InternalAssign.g:1794:2: ( 'KiB' )
                    // InternalAssign.g:1795:3: 'KiB'
                    {
                     before(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 
                    match(input,86,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1800:2: ( 'MiB' )
                    {
                    // InternalAssign.g:1800:2: ( 'MiB' )
                    // InternalAssign.g:1801:3: 'MiB'
                    {
                     before(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 
                    match(input,87,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1806:2: ( 'GiB' )
                    {
                    // InternalAssign.g:1806:2: ( 'GiB' )
                    // InternalAssign.g:1807:3: 'GiB'
                    {
                     before(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 
                    match(input,88,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1812:2: ( 'TiB' )
                    {
                    // InternalAssign.g:1812:2: ( 'TiB' )
                    // InternalAssign.g:1813:3: 'TiB'
                    {
                     before(grammarAccess.getSizeAccess().getTiBKeyword_1_3()); 
                    match(input,89,FOLLOW_2); 
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
    // InternalAssign.g:1822:1: rule__Number__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Number__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1826:1: ( ( RULE_INT ) | ( RULE_HEX ) )
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
                    // InternalAssign.g:1827:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1827:2: ( RULE_INT )
                    // InternalAssign.g:1828:3: RULE_INT
                    {
                     before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1833:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1833:2: ( RULE_HEX )
                    // InternalAssign.g:1834:3: RULE_HEX
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
    // InternalAssign.g:1843:1: rule__Int32__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Int32__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1847:1: ( ( RULE_INT ) | ( RULE_HEX ) )
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
                    // InternalAssign.g:1848:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1848:2: ( RULE_INT )
                    // InternalAssign.g:1849:3: RULE_INT
                    {
                     before(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1854:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1854:2: ( RULE_HEX )
                    // InternalAssign.g:1855:3: RULE_HEX
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
    // InternalAssign.g:1864:1: rule__VfioDriver__Alternatives : ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) );
    public final void rule__VfioDriver__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1868:1: ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) )
            int alt20=4;
            switch ( input.LA(1) ) {
            case 39:
                {
                alt20=1;
                }
                break;
            case 40:
                {
                alt20=2;
                }
                break;
            case 41:
                {
                alt20=3;
                }
                break;
            case 42:
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
                    // InternalAssign.g:1869:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1869:2: ( ( 'auto' ) )
                    // InternalAssign.g:1870:3: ( 'auto' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1871:3: ( 'auto' )
                    // InternalAssign.g:1871:4: 'auto'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1875:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1875:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1876:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1877:3: ( 'vfio-pci' )
                    // InternalAssign.g:1877:4: 'vfio-pci'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1881:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1881:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1882:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1883:3: ( 'vfio-platform' )
                    // InternalAssign.g:1883:4: 'vfio-platform'
                    {
                    match(input,41,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1887:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1887:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1888:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1889:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1889:4: 'vfio-fsl-mc'
                    {
                    match(input,42,FOLLOW_2); 

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
    // InternalAssign.g:1897:1: rule__OpenPath__Alternatives : ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) );
    public final void rule__OpenPath__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1901:1: ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) )
            int alt21=3;
            switch ( input.LA(1) ) {
            case 39:
                {
                alt21=1;
                }
                break;
            case 90:
                {
                alt21=2;
                }
                break;
            case 43:
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
                    // InternalAssign.g:1902:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1902:2: ( ( 'auto' ) )
                    // InternalAssign.g:1903:3: ( 'auto' )
                    {
                     before(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1904:3: ( 'auto' )
                    // InternalAssign.g:1904:4: 'auto'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1908:2: ( ( 'group' ) )
                    {
                    // InternalAssign.g:1908:2: ( ( 'group' ) )
                    // InternalAssign.g:1909:3: ( 'group' )
                    {
                     before(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1910:3: ( 'group' )
                    // InternalAssign.g:1910:4: 'group'
                    {
                    match(input,90,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1914:2: ( ( 'cdev' ) )
                    {
                    // InternalAssign.g:1914:2: ( ( 'cdev' ) )
                    // InternalAssign.g:1915:3: ( 'cdev' )
                    {
                     before(grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1916:3: ( 'cdev' )
                    // InternalAssign.g:1916:4: 'cdev'
                    {
                    match(input,43,FOLLOW_2); 

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
    // InternalAssign.g:1924:1: rule__ResetPolicy__Alternatives : ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) );
    public final void rule__ResetPolicy__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1928:1: ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) )
            int alt22=3;
            switch ( input.LA(1) ) {
            case 44:
                {
                alt22=1;
                }
                break;
            case 45:
                {
                alt22=2;
                }
                break;
            case 46:
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
                    // InternalAssign.g:1929:2: ( ( 'if-available' ) )
                    {
                    // InternalAssign.g:1929:2: ( ( 'if-available' ) )
                    // InternalAssign.g:1930:3: ( 'if-available' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1931:3: ( 'if-available' )
                    // InternalAssign.g:1931:4: 'if-available'
                    {
                    match(input,44,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1935:2: ( ( 'required' ) )
                    {
                    // InternalAssign.g:1935:2: ( ( 'required' ) )
                    // InternalAssign.g:1936:3: ( 'required' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1937:3: ( 'required' )
                    // InternalAssign.g:1937:4: 'required'
                    {
                    match(input,45,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1941:2: ( ( 'never' ) )
                    {
                    // InternalAssign.g:1941:2: ( ( 'never' ) )
                    // InternalAssign.g:1942:3: ( 'never' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1943:3: ( 'never' )
                    // InternalAssign.g:1943:4: 'never'
                    {
                    match(input,46,FOLLOW_2); 

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
    // InternalAssign.g:1951:1: rule__IrqMode__Alternatives : ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) );
    public final void rule__IrqMode__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1955:1: ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) )
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==91) ) {
                alt23=1;
            }
            else if ( (LA23_0==92) ) {
                alt23=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }
            switch (alt23) {
                case 1 :
                    // InternalAssign.g:1956:2: ( ( 'eventfd' ) )
                    {
                    // InternalAssign.g:1956:2: ( ( 'eventfd' ) )
                    // InternalAssign.g:1957:3: ( 'eventfd' )
                    {
                     before(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1958:3: ( 'eventfd' )
                    // InternalAssign.g:1958:4: 'eventfd'
                    {
                    match(input,91,FOLLOW_2); 

                    }

                     after(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1962:2: ( ( 'masked' ) )
                    {
                    // InternalAssign.g:1962:2: ( ( 'masked' ) )
                    // InternalAssign.g:1963:3: ( 'masked' )
                    {
                     before(grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1964:3: ( 'masked' )
                    // InternalAssign.g:1964:4: 'masked'
                    {
                    match(input,92,FOLLOW_2); 

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
    // InternalAssign.g:1972:1: rule__KernelCapability__Alternatives : ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) );
    public final void rule__KernelCapability__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1976:1: ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) )
            int alt24=7;
            switch ( input.LA(1) ) {
            case 40:
                {
                alt24=1;
                }
                break;
            case 41:
                {
                alt24=2;
                }
                break;
            case 42:
                {
                alt24=3;
                }
                break;
            case 51:
                {
                alt24=4;
                }
                break;
            case 52:
                {
                alt24=5;
                }
                break;
            case 53:
                {
                alt24=6;
                }
                break;
            case 54:
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
                    // InternalAssign.g:1977:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1977:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1978:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1979:3: ( 'vfio-pci' )
                    // InternalAssign.g:1979:4: 'vfio-pci'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1983:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1983:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1984:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1985:3: ( 'vfio-platform' )
                    // InternalAssign.g:1985:4: 'vfio-platform'
                    {
                    match(input,41,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1989:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1989:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1990:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1991:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1991:4: 'vfio-fsl-mc'
                    {
                    match(input,42,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1995:2: ( ( 'vfio-cdev' ) )
                    {
                    // InternalAssign.g:1995:2: ( ( 'vfio-cdev' ) )
                    // InternalAssign.g:1996:3: ( 'vfio-cdev' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1997:3: ( 'vfio-cdev' )
                    // InternalAssign.g:1997:4: 'vfio-cdev'
                    {
                    match(input,51,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2001:2: ( ( 'iommufd' ) )
                    {
                    // InternalAssign.g:2001:2: ( ( 'iommufd' ) )
                    // InternalAssign.g:2002:3: ( 'iommufd' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2003:3: ( 'iommufd' )
                    // InternalAssign.g:2003:4: 'iommufd'
                    {
                    match(input,52,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:2007:2: ( ( 'noiommu' ) )
                    {
                    // InternalAssign.g:2007:2: ( ( 'noiommu' ) )
                    // InternalAssign.g:2008:3: ( 'noiommu' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:2009:3: ( 'noiommu' )
                    // InternalAssign.g:2009:4: 'noiommu'
                    {
                    match(input,53,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:2013:2: ( ( 'type1v2' ) )
                    {
                    // InternalAssign.g:2013:2: ( ( 'type1v2' ) )
                    // InternalAssign.g:2014:3: ( 'type1v2' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6()); 
                    // InternalAssign.g:2015:3: ( 'type1v2' )
                    // InternalAssign.g:2015:4: 'type1v2'
                    {
                    match(input,54,FOLLOW_2); 

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
    // InternalAssign.g:2023:1: rule__Protection__Alternatives : ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) );
    public final void rule__Protection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2027:1: ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) )
            int alt25=5;
            switch ( input.LA(1) ) {
            case 66:
                {
                alt25=1;
                }
                break;
            case 67:
                {
                alt25=2;
                }
                break;
            case 68:
                {
                alt25=3;
                }
                break;
            case 69:
                {
                alt25=4;
                }
                break;
            case 70:
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
                    // InternalAssign.g:2028:2: ( ( 'none' ) )
                    {
                    // InternalAssign.g:2028:2: ( ( 'none' ) )
                    // InternalAssign.g:2029:3: ( 'none' )
                    {
                     before(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2030:3: ( 'none' )
                    // InternalAssign.g:2030:4: 'none'
                    {
                    match(input,66,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2034:2: ( ( 'root-filesystem' ) )
                    {
                    // InternalAssign.g:2034:2: ( ( 'root-filesystem' ) )
                    // InternalAssign.g:2035:3: ( 'root-filesystem' )
                    {
                     before(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2036:3: ( 'root-filesystem' )
                    // InternalAssign.g:2036:4: 'root-filesystem'
                    {
                    match(input,67,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2040:2: ( ( 'agent-connection' ) )
                    {
                    // InternalAssign.g:2040:2: ( ( 'agent-connection' ) )
                    // InternalAssign.g:2041:3: ( 'agent-connection' )
                    {
                     before(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2042:3: ( 'agent-connection' )
                    // InternalAssign.g:2042:4: 'agent-connection'
                    {
                    match(input,68,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2046:2: ( ( 'management' ) )
                    {
                    // InternalAssign.g:2046:2: ( ( 'management' ) )
                    // InternalAssign.g:2047:3: ( 'management' )
                    {
                     before(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2048:3: ( 'management' )
                    // InternalAssign.g:2048:4: 'management'
                    {
                    match(input,69,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2052:2: ( ( 'policy' ) )
                    {
                    // InternalAssign.g:2052:2: ( ( 'policy' ) )
                    // InternalAssign.g:2053:3: ( 'policy' )
                    {
                     before(grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2054:3: ( 'policy' )
                    // InternalAssign.g:2054:4: 'policy'
                    {
                    match(input,70,FOLLOW_2); 

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
    // InternalAssign.g:2062:1: rule__RegionKind__Alternatives : ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) );
    public final void rule__RegionKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2066:1: ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) )
            int alt26=5;
            switch ( input.LA(1) ) {
            case 72:
                {
                alt26=1;
                }
                break;
            case 73:
                {
                alt26=2;
                }
                break;
            case 14:
                {
                alt26=3;
                }
                break;
            case 74:
                {
                alt26=4;
                }
                break;
            case 75:
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
                    // InternalAssign.g:2067:2: ( ( 'mmio' ) )
                    {
                    // InternalAssign.g:2067:2: ( ( 'mmio' ) )
                    // InternalAssign.g:2068:3: ( 'mmio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2069:3: ( 'mmio' )
                    // InternalAssign.g:2069:4: 'mmio'
                    {
                    match(input,72,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2073:2: ( ( 'pio' ) )
                    {
                    // InternalAssign.g:2073:2: ( ( 'pio' ) )
                    // InternalAssign.g:2074:3: ( 'pio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2075:3: ( 'pio' )
                    // InternalAssign.g:2075:4: 'pio'
                    {
                    match(input,73,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2079:2: ( ( 'config' ) )
                    {
                    // InternalAssign.g:2079:2: ( ( 'config' ) )
                    // InternalAssign.g:2080:3: ( 'config' )
                    {
                     before(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2081:3: ( 'config' )
                    // InternalAssign.g:2081:4: 'config'
                    {
                    match(input,14,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2085:2: ( ( 'rom' ) )
                    {
                    // InternalAssign.g:2085:2: ( ( 'rom' ) )
                    // InternalAssign.g:2086:3: ( 'rom' )
                    {
                     before(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2087:3: ( 'rom' )
                    // InternalAssign.g:2087:4: 'rom'
                    {
                    match(input,74,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2091:2: ( ( 'mc-portal' ) )
                    {
                    // InternalAssign.g:2091:2: ( ( 'mc-portal' ) )
                    // InternalAssign.g:2092:3: ( 'mc-portal' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2093:3: ( 'mc-portal' )
                    // InternalAssign.g:2093:4: 'mc-portal'
                    {
                    match(input,75,FOLLOW_2); 

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
    // InternalAssign.g:2101:1: rule__InterruptKind__Alternatives : ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) );
    public final void rule__InterruptKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2105:1: ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) )
            int alt27=6;
            switch ( input.LA(1) ) {
            case 79:
                {
                alt27=1;
                }
                break;
            case 80:
                {
                alt27=2;
                }
                break;
            case 81:
                {
                alt27=3;
                }
                break;
            case 82:
                {
                alt27=4;
                }
                break;
            case 83:
                {
                alt27=5;
                }
                break;
            case 56:
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
                    // InternalAssign.g:2106:2: ( ( 'intx' ) )
                    {
                    // InternalAssign.g:2106:2: ( ( 'intx' ) )
                    // InternalAssign.g:2107:3: ( 'intx' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2108:3: ( 'intx' )
                    // InternalAssign.g:2108:4: 'intx'
                    {
                    match(input,79,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2112:2: ( ( 'msi' ) )
                    {
                    // InternalAssign.g:2112:2: ( ( 'msi' ) )
                    // InternalAssign.g:2113:3: ( 'msi' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2114:3: ( 'msi' )
                    // InternalAssign.g:2114:4: 'msi'
                    {
                    match(input,80,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2118:2: ( ( 'msix' ) )
                    {
                    // InternalAssign.g:2118:2: ( ( 'msix' ) )
                    // InternalAssign.g:2119:3: ( 'msix' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2120:3: ( 'msix' )
                    // InternalAssign.g:2120:4: 'msix'
                    {
                    match(input,81,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2124:2: ( ( 'err' ) )
                    {
                    // InternalAssign.g:2124:2: ( ( 'err' ) )
                    // InternalAssign.g:2125:3: ( 'err' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2126:3: ( 'err' )
                    // InternalAssign.g:2126:4: 'err'
                    {
                    match(input,82,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2130:2: ( ( 'req' ) )
                    {
                    // InternalAssign.g:2130:2: ( ( 'req' ) )
                    // InternalAssign.g:2131:3: ( 'req' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2132:3: ( 'req' )
                    // InternalAssign.g:2132:4: 'req'
                    {
                    match(input,83,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:2136:2: ( ( 'platform' ) )
                    {
                    // InternalAssign.g:2136:2: ( ( 'platform' ) )
                    // InternalAssign.g:2137:3: ( 'platform' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:2138:3: ( 'platform' )
                    // InternalAssign.g:2138:4: 'platform'
                    {
                    match(input,56,FOLLOW_2); 

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
    // InternalAssign.g:2146:1: rule__AssignmentConfig__Group__0 : rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 ;
    public final void rule__AssignmentConfig__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2150:1: ( rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 )
            // InternalAssign.g:2151:2: rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1
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
    // InternalAssign.g:2158:1: rule__AssignmentConfig__Group__0__Impl : ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) ;
    public final void rule__AssignmentConfig__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2162:1: ( ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) )
            // InternalAssign.g:2163:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            {
            // InternalAssign.g:2163:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            // InternalAssign.g:2164:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getImportsAssignment_0()); 
            // InternalAssign.g:2165:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==15) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalAssign.g:2165:3: rule__AssignmentConfig__ImportsAssignment_0
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
    // InternalAssign.g:2173:1: rule__AssignmentConfig__Group__1 : rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 ;
    public final void rule__AssignmentConfig__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2177:1: ( rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 )
            // InternalAssign.g:2178:2: rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2
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
    // InternalAssign.g:2185:1: rule__AssignmentConfig__Group__1__Impl : ( 'config' ) ;
    public final void rule__AssignmentConfig__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2189:1: ( ( 'config' ) )
            // InternalAssign.g:2190:1: ( 'config' )
            {
            // InternalAssign.g:2190:1: ( 'config' )
            // InternalAssign.g:2191:2: 'config'
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
    // InternalAssign.g:2200:1: rule__AssignmentConfig__Group__2 : rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 ;
    public final void rule__AssignmentConfig__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2204:1: ( rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 )
            // InternalAssign.g:2205:2: rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3
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
    // InternalAssign.g:2212:1: rule__AssignmentConfig__Group__2__Impl : ( ( rule__AssignmentConfig__NameAssignment_2 ) ) ;
    public final void rule__AssignmentConfig__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2216:1: ( ( ( rule__AssignmentConfig__NameAssignment_2 ) ) )
            // InternalAssign.g:2217:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            {
            // InternalAssign.g:2217:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            // InternalAssign.g:2218:2: ( rule__AssignmentConfig__NameAssignment_2 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getNameAssignment_2()); 
            // InternalAssign.g:2219:2: ( rule__AssignmentConfig__NameAssignment_2 )
            // InternalAssign.g:2219:3: rule__AssignmentConfig__NameAssignment_2
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
    // InternalAssign.g:2227:1: rule__AssignmentConfig__Group__3 : rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 ;
    public final void rule__AssignmentConfig__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2231:1: ( rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 )
            // InternalAssign.g:2232:2: rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4
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
    // InternalAssign.g:2239:1: rule__AssignmentConfig__Group__3__Impl : ( ( rule__AssignmentConfig__Group_3__0 )? ) ;
    public final void rule__AssignmentConfig__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2243:1: ( ( ( rule__AssignmentConfig__Group_3__0 )? ) )
            // InternalAssign.g:2244:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            {
            // InternalAssign.g:2244:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            // InternalAssign.g:2245:2: ( rule__AssignmentConfig__Group_3__0 )?
            {
             before(grammarAccess.getAssignmentConfigAccess().getGroup_3()); 
            // InternalAssign.g:2246:2: ( rule__AssignmentConfig__Group_3__0 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==93) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalAssign.g:2246:3: rule__AssignmentConfig__Group_3__0
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
    // InternalAssign.g:2254:1: rule__AssignmentConfig__Group__4 : rule__AssignmentConfig__Group__4__Impl ;
    public final void rule__AssignmentConfig__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2258:1: ( rule__AssignmentConfig__Group__4__Impl )
            // InternalAssign.g:2259:2: rule__AssignmentConfig__Group__4__Impl
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
    // InternalAssign.g:2265:1: rule__AssignmentConfig__Group__4__Impl : ( ( rule__AssignmentConfig__Alternatives_4 )* ) ;
    public final void rule__AssignmentConfig__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2269:1: ( ( ( rule__AssignmentConfig__Alternatives_4 )* ) )
            // InternalAssign.g:2270:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            {
            // InternalAssign.g:2270:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            // InternalAssign.g:2271:2: ( rule__AssignmentConfig__Alternatives_4 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_4()); 
            // InternalAssign.g:2272:2: ( rule__AssignmentConfig__Alternatives_4 )*
            loop30:
            do {
                int alt30=2;
                int LA30_0 = input.LA(1);

                if ( ((LA30_0>=16 && LA30_0<=20)) ) {
                    alt30=1;
                }


                switch (alt30) {
            	case 1 :
            	    // InternalAssign.g:2272:3: rule__AssignmentConfig__Alternatives_4
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
    // InternalAssign.g:2281:1: rule__AssignmentConfig__Group_3__0 : rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 ;
    public final void rule__AssignmentConfig__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2285:1: ( rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 )
            // InternalAssign.g:2286:2: rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1
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
    // InternalAssign.g:2293:1: rule__AssignmentConfig__Group_3__0__Impl : ( 'for' ) ;
    public final void rule__AssignmentConfig__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2297:1: ( ( 'for' ) )
            // InternalAssign.g:2298:1: ( 'for' )
            {
            // InternalAssign.g:2298:1: ( 'for' )
            // InternalAssign.g:2299:2: 'for'
            {
             before(grammarAccess.getAssignmentConfigAccess().getForKeyword_3_0()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:2308:1: rule__AssignmentConfig__Group_3__1 : rule__AssignmentConfig__Group_3__1__Impl ;
    public final void rule__AssignmentConfig__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2312:1: ( rule__AssignmentConfig__Group_3__1__Impl )
            // InternalAssign.g:2313:2: rule__AssignmentConfig__Group_3__1__Impl
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
    // InternalAssign.g:2319:1: rule__AssignmentConfig__Group_3__1__Impl : ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2323:1: ( ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) )
            // InternalAssign.g:2324:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            {
            // InternalAssign.g:2324:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            // InternalAssign.g:2325:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_3_1()); 
            // InternalAssign.g:2326:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            // InternalAssign.g:2326:3: rule__AssignmentConfig__Alternatives_3_1
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
    // InternalAssign.g:2335:1: rule__AssignmentConfig__Group_3_1_1__0 : rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 ;
    public final void rule__AssignmentConfig__Group_3_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2339:1: ( rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 )
            // InternalAssign.g:2340:2: rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1
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
    // InternalAssign.g:2347:1: rule__AssignmentConfig__Group_3_1_1__0__Impl : ( 'board' ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2351:1: ( ( 'board' ) )
            // InternalAssign.g:2352:1: ( 'board' )
            {
            // InternalAssign.g:2352:1: ( 'board' )
            // InternalAssign.g:2353:2: 'board'
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardKeyword_3_1_1_0()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:2362:1: rule__AssignmentConfig__Group_3_1_1__1 : rule__AssignmentConfig__Group_3_1_1__1__Impl ;
    public final void rule__AssignmentConfig__Group_3_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2366:1: ( rule__AssignmentConfig__Group_3_1_1__1__Impl )
            // InternalAssign.g:2367:2: rule__AssignmentConfig__Group_3_1_1__1__Impl
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
    // InternalAssign.g:2373:1: rule__AssignmentConfig__Group_3_1_1__1__Impl : ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2377:1: ( ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) )
            // InternalAssign.g:2378:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            {
            // InternalAssign.g:2378:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            // InternalAssign.g:2379:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getInlineBoardAssignment_3_1_1_1()); 
            // InternalAssign.g:2380:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            // InternalAssign.g:2380:3: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1
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
    // InternalAssign.g:2389:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2393:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalAssign.g:2394:2: rule__Import__Group__0__Impl rule__Import__Group__1
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
    // InternalAssign.g:2401:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2405:1: ( ( 'import' ) )
            // InternalAssign.g:2406:1: ( 'import' )
            {
            // InternalAssign.g:2406:1: ( 'import' )
            // InternalAssign.g:2407:2: 'import'
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
    // InternalAssign.g:2416:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2420:1: ( rule__Import__Group__1__Impl )
            // InternalAssign.g:2421:2: rule__Import__Group__1__Impl
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
    // InternalAssign.g:2427:1: rule__Import__Group__1__Impl : ( ( rule__Import__ImportURIAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2431:1: ( ( ( rule__Import__ImportURIAssignment_1 ) ) )
            // InternalAssign.g:2432:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            {
            // InternalAssign.g:2432:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            // InternalAssign.g:2433:2: ( rule__Import__ImportURIAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getImportURIAssignment_1()); 
            // InternalAssign.g:2434:2: ( rule__Import__ImportURIAssignment_1 )
            // InternalAssign.g:2434:3: rule__Import__ImportURIAssignment_1
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
    // InternalAssign.g:2443:1: rule__VmGuest__Group__0 : rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 ;
    public final void rule__VmGuest__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2447:1: ( rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 )
            // InternalAssign.g:2448:2: rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1
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
    // InternalAssign.g:2455:1: rule__VmGuest__Group__0__Impl : ( 'vm' ) ;
    public final void rule__VmGuest__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2459:1: ( ( 'vm' ) )
            // InternalAssign.g:2460:1: ( 'vm' )
            {
            // InternalAssign.g:2460:1: ( 'vm' )
            // InternalAssign.g:2461:2: 'vm'
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
    // InternalAssign.g:2470:1: rule__VmGuest__Group__1 : rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 ;
    public final void rule__VmGuest__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2474:1: ( rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 )
            // InternalAssign.g:2475:2: rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2
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
    // InternalAssign.g:2482:1: rule__VmGuest__Group__1__Impl : ( ( rule__VmGuest__NameAssignment_1 ) ) ;
    public final void rule__VmGuest__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2486:1: ( ( ( rule__VmGuest__NameAssignment_1 ) ) )
            // InternalAssign.g:2487:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            {
            // InternalAssign.g:2487:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            // InternalAssign.g:2488:2: ( rule__VmGuest__NameAssignment_1 )
            {
             before(grammarAccess.getVmGuestAccess().getNameAssignment_1()); 
            // InternalAssign.g:2489:2: ( rule__VmGuest__NameAssignment_1 )
            // InternalAssign.g:2489:3: rule__VmGuest__NameAssignment_1
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
    // InternalAssign.g:2497:1: rule__VmGuest__Group__2 : rule__VmGuest__Group__2__Impl ;
    public final void rule__VmGuest__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2501:1: ( rule__VmGuest__Group__2__Impl )
            // InternalAssign.g:2502:2: rule__VmGuest__Group__2__Impl
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
    // InternalAssign.g:2508:1: rule__VmGuest__Group__2__Impl : ( ( rule__VmGuest__Group_2__0 )? ) ;
    public final void rule__VmGuest__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2512:1: ( ( ( rule__VmGuest__Group_2__0 )? ) )
            // InternalAssign.g:2513:1: ( ( rule__VmGuest__Group_2__0 )? )
            {
            // InternalAssign.g:2513:1: ( ( rule__VmGuest__Group_2__0 )? )
            // InternalAssign.g:2514:2: ( rule__VmGuest__Group_2__0 )?
            {
             before(grammarAccess.getVmGuestAccess().getGroup_2()); 
            // InternalAssign.g:2515:2: ( rule__VmGuest__Group_2__0 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==95) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalAssign.g:2515:3: rule__VmGuest__Group_2__0
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
    // InternalAssign.g:2524:1: rule__VmGuest__Group_2__0 : rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 ;
    public final void rule__VmGuest__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2528:1: ( rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 )
            // InternalAssign.g:2529:2: rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1
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
    // InternalAssign.g:2536:1: rule__VmGuest__Group_2__0__Impl : ( '{' ) ;
    public final void rule__VmGuest__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2540:1: ( ( '{' ) )
            // InternalAssign.g:2541:1: ( '{' )
            {
            // InternalAssign.g:2541:1: ( '{' )
            // InternalAssign.g:2542:2: '{'
            {
             before(grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:2551:1: rule__VmGuest__Group_2__1 : rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 ;
    public final void rule__VmGuest__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2555:1: ( rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 )
            // InternalAssign.g:2556:2: rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2
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
    // InternalAssign.g:2563:1: rule__VmGuest__Group_2__1__Impl : ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) ;
    public final void rule__VmGuest__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2567:1: ( ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:2568:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:2568:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            // InternalAssign.g:2569:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:2570:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            // InternalAssign.g:2570:3: rule__VmGuest__UnorderedGroup_2_1
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
    // InternalAssign.g:2578:1: rule__VmGuest__Group_2__2 : rule__VmGuest__Group_2__2__Impl ;
    public final void rule__VmGuest__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2582:1: ( rule__VmGuest__Group_2__2__Impl )
            // InternalAssign.g:2583:2: rule__VmGuest__Group_2__2__Impl
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
    // InternalAssign.g:2589:1: rule__VmGuest__Group_2__2__Impl : ( '}' ) ;
    public final void rule__VmGuest__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2593:1: ( ( '}' ) )
            // InternalAssign.g:2594:1: ( '}' )
            {
            // InternalAssign.g:2594:1: ( '}' )
            // InternalAssign.g:2595:2: '}'
            {
             before(grammarAccess.getVmGuestAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:2605:1: rule__VmGuest__Group_2_1_0__0 : rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 ;
    public final void rule__VmGuest__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2609:1: ( rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 )
            // InternalAssign.g:2610:2: rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1
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
    // InternalAssign.g:2617:1: rule__VmGuest__Group_2_1_0__0__Impl : ( 'memory' ) ;
    public final void rule__VmGuest__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2621:1: ( ( 'memory' ) )
            // InternalAssign.g:2622:1: ( 'memory' )
            {
            // InternalAssign.g:2622:1: ( 'memory' )
            // InternalAssign.g:2623:2: 'memory'
            {
             before(grammarAccess.getVmGuestAccess().getMemoryKeyword_2_1_0_0()); 
            match(input,22,FOLLOW_2); 
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
    // InternalAssign.g:2632:1: rule__VmGuest__Group_2_1_0__1 : rule__VmGuest__Group_2_1_0__1__Impl ;
    public final void rule__VmGuest__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2636:1: ( rule__VmGuest__Group_2_1_0__1__Impl )
            // InternalAssign.g:2637:2: rule__VmGuest__Group_2_1_0__1__Impl
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
    // InternalAssign.g:2643:1: rule__VmGuest__Group_2_1_0__1__Impl : ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2647:1: ( ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:2648:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:2648:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            // InternalAssign.g:2649:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemorySizeAssignment_2_1_0_1()); 
            // InternalAssign.g:2650:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            // InternalAssign.g:2650:3: rule__VmGuest__MemorySizeAssignment_2_1_0_1
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
    // InternalAssign.g:2659:1: rule__VmGuest__Group_2_1_1__0 : rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 ;
    public final void rule__VmGuest__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2663:1: ( rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 )
            // InternalAssign.g:2664:2: rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1
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
    // InternalAssign.g:2671:1: rule__VmGuest__Group_2_1_1__0__Impl : ( 'vcpus' ) ;
    public final void rule__VmGuest__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2675:1: ( ( 'vcpus' ) )
            // InternalAssign.g:2676:1: ( 'vcpus' )
            {
            // InternalAssign.g:2676:1: ( 'vcpus' )
            // InternalAssign.g:2677:2: 'vcpus'
            {
             before(grammarAccess.getVmGuestAccess().getVcpusKeyword_2_1_1_0()); 
            match(input,23,FOLLOW_2); 
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
    // InternalAssign.g:2686:1: rule__VmGuest__Group_2_1_1__1 : rule__VmGuest__Group_2_1_1__1__Impl ;
    public final void rule__VmGuest__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2690:1: ( rule__VmGuest__Group_2_1_1__1__Impl )
            // InternalAssign.g:2691:2: rule__VmGuest__Group_2_1_1__1__Impl
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
    // InternalAssign.g:2697:1: rule__VmGuest__Group_2_1_1__1__Impl : ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2701:1: ( ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:2702:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:2702:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            // InternalAssign.g:2703:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            {
             before(grammarAccess.getVmGuestAccess().getVcpusAssignment_2_1_1_1()); 
            // InternalAssign.g:2704:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            // InternalAssign.g:2704:3: rule__VmGuest__VcpusAssignment_2_1_1_1
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
    // InternalAssign.g:2713:1: rule__VmGuest__Group_2_1_2__0 : rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 ;
    public final void rule__VmGuest__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2717:1: ( rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 )
            // InternalAssign.g:2718:2: rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1
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
    // InternalAssign.g:2725:1: rule__VmGuest__Group_2_1_2__0__Impl : ( 'machine' ) ;
    public final void rule__VmGuest__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2729:1: ( ( 'machine' ) )
            // InternalAssign.g:2730:1: ( 'machine' )
            {
            // InternalAssign.g:2730:1: ( 'machine' )
            // InternalAssign.g:2731:2: 'machine'
            {
             before(grammarAccess.getVmGuestAccess().getMachineKeyword_2_1_2_0()); 
            match(input,24,FOLLOW_2); 
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
    // InternalAssign.g:2740:1: rule__VmGuest__Group_2_1_2__1 : rule__VmGuest__Group_2_1_2__1__Impl ;
    public final void rule__VmGuest__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2744:1: ( rule__VmGuest__Group_2_1_2__1__Impl )
            // InternalAssign.g:2745:2: rule__VmGuest__Group_2_1_2__1__Impl
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
    // InternalAssign.g:2751:1: rule__VmGuest__Group_2_1_2__1__Impl : ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2755:1: ( ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:2756:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:2756:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            // InternalAssign.g:2757:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAssignment_2_1_2_1()); 
            // InternalAssign.g:2758:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            // InternalAssign.g:2758:3: rule__VmGuest__MachineAssignment_2_1_2_1
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
    // InternalAssign.g:2767:1: rule__VmGuest__Group_2_1_3__0 : rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 ;
    public final void rule__VmGuest__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2771:1: ( rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 )
            // InternalAssign.g:2772:2: rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1
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
    // InternalAssign.g:2779:1: rule__VmGuest__Group_2_1_3__0__Impl : ( 'memlock' ) ;
    public final void rule__VmGuest__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2783:1: ( ( 'memlock' ) )
            // InternalAssign.g:2784:1: ( 'memlock' )
            {
            // InternalAssign.g:2784:1: ( 'memlock' )
            // InternalAssign.g:2785:2: 'memlock'
            {
             before(grammarAccess.getVmGuestAccess().getMemlockKeyword_2_1_3_0()); 
            match(input,25,FOLLOW_2); 
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
    // InternalAssign.g:2794:1: rule__VmGuest__Group_2_1_3__1 : rule__VmGuest__Group_2_1_3__1__Impl ;
    public final void rule__VmGuest__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2798:1: ( rule__VmGuest__Group_2_1_3__1__Impl )
            // InternalAssign.g:2799:2: rule__VmGuest__Group_2_1_3__1__Impl
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
    // InternalAssign.g:2805:1: rule__VmGuest__Group_2_1_3__1__Impl : ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2809:1: ( ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:2810:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:2810:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            // InternalAssign.g:2811:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemlockLimitAssignment_2_1_3_1()); 
            // InternalAssign.g:2812:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            // InternalAssign.g:2812:3: rule__VmGuest__MemlockLimitAssignment_2_1_3_1
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
    // InternalAssign.g:2821:1: rule__VmGuest__Group_2_1_4__0 : rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 ;
    public final void rule__VmGuest__Group_2_1_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2825:1: ( rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 )
            // InternalAssign.g:2826:2: rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1
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
    // InternalAssign.g:2833:1: rule__VmGuest__Group_2_1_4__0__Impl : ( 'qemu' ) ;
    public final void rule__VmGuest__Group_2_1_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2837:1: ( ( 'qemu' ) )
            // InternalAssign.g:2838:1: ( 'qemu' )
            {
            // InternalAssign.g:2838:1: ( 'qemu' )
            // InternalAssign.g:2839:2: 'qemu'
            {
             before(grammarAccess.getVmGuestAccess().getQemuKeyword_2_1_4_0()); 
            match(input,26,FOLLOW_2); 
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
    // InternalAssign.g:2848:1: rule__VmGuest__Group_2_1_4__1 : rule__VmGuest__Group_2_1_4__1__Impl ;
    public final void rule__VmGuest__Group_2_1_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2852:1: ( rule__VmGuest__Group_2_1_4__1__Impl )
            // InternalAssign.g:2853:2: rule__VmGuest__Group_2_1_4__1__Impl
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
    // InternalAssign.g:2859:1: rule__VmGuest__Group_2_1_4__1__Impl : ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2863:1: ( ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) )
            // InternalAssign.g:2864:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            {
            // InternalAssign.g:2864:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            // InternalAssign.g:2865:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            {
             before(grammarAccess.getVmGuestAccess().getQemuVersionAssignment_2_1_4_1()); 
            // InternalAssign.g:2866:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            // InternalAssign.g:2866:3: rule__VmGuest__QemuVersionAssignment_2_1_4_1
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
    // InternalAssign.g:2875:1: rule__VmGuest__Group_2_1_5__0 : rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 ;
    public final void rule__VmGuest__Group_2_1_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2879:1: ( rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 )
            // InternalAssign.g:2880:2: rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1
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
    // InternalAssign.g:2887:1: rule__VmGuest__Group_2_1_5__0__Impl : ( 'libvirt' ) ;
    public final void rule__VmGuest__Group_2_1_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2891:1: ( ( 'libvirt' ) )
            // InternalAssign.g:2892:1: ( 'libvirt' )
            {
            // InternalAssign.g:2892:1: ( 'libvirt' )
            // InternalAssign.g:2893:2: 'libvirt'
            {
             before(grammarAccess.getVmGuestAccess().getLibvirtKeyword_2_1_5_0()); 
            match(input,27,FOLLOW_2); 
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
    // InternalAssign.g:2902:1: rule__VmGuest__Group_2_1_5__1 : rule__VmGuest__Group_2_1_5__1__Impl ;
    public final void rule__VmGuest__Group_2_1_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2906:1: ( rule__VmGuest__Group_2_1_5__1__Impl )
            // InternalAssign.g:2907:2: rule__VmGuest__Group_2_1_5__1__Impl
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
    // InternalAssign.g:2913:1: rule__VmGuest__Group_2_1_5__1__Impl : ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2917:1: ( ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) )
            // InternalAssign.g:2918:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            {
            // InternalAssign.g:2918:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            // InternalAssign.g:2919:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            {
             before(grammarAccess.getVmGuestAccess().getLibvirtVersionAssignment_2_1_5_1()); 
            // InternalAssign.g:2920:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            // InternalAssign.g:2920:3: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1
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
    // InternalAssign.g:2929:1: rule__UserspaceDriver__Group__0 : rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 ;
    public final void rule__UserspaceDriver__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2933:1: ( rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 )
            // InternalAssign.g:2934:2: rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1
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
    // InternalAssign.g:2941:1: rule__UserspaceDriver__Group__0__Impl : ( 'userspace' ) ;
    public final void rule__UserspaceDriver__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2945:1: ( ( 'userspace' ) )
            // InternalAssign.g:2946:1: ( 'userspace' )
            {
            // InternalAssign.g:2946:1: ( 'userspace' )
            // InternalAssign.g:2947:2: 'userspace'
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
    // InternalAssign.g:2956:1: rule__UserspaceDriver__Group__1 : rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 ;
    public final void rule__UserspaceDriver__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2960:1: ( rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 )
            // InternalAssign.g:2961:2: rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2
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
    // InternalAssign.g:2968:1: rule__UserspaceDriver__Group__1__Impl : ( ( rule__UserspaceDriver__NameAssignment_1 ) ) ;
    public final void rule__UserspaceDriver__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2972:1: ( ( ( rule__UserspaceDriver__NameAssignment_1 ) ) )
            // InternalAssign.g:2973:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            {
            // InternalAssign.g:2973:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            // InternalAssign.g:2974:2: ( rule__UserspaceDriver__NameAssignment_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getNameAssignment_1()); 
            // InternalAssign.g:2975:2: ( rule__UserspaceDriver__NameAssignment_1 )
            // InternalAssign.g:2975:3: rule__UserspaceDriver__NameAssignment_1
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
    // InternalAssign.g:2983:1: rule__UserspaceDriver__Group__2 : rule__UserspaceDriver__Group__2__Impl ;
    public final void rule__UserspaceDriver__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2987:1: ( rule__UserspaceDriver__Group__2__Impl )
            // InternalAssign.g:2988:2: rule__UserspaceDriver__Group__2__Impl
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
    // InternalAssign.g:2994:1: rule__UserspaceDriver__Group__2__Impl : ( ( rule__UserspaceDriver__Group_2__0 )? ) ;
    public final void rule__UserspaceDriver__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2998:1: ( ( ( rule__UserspaceDriver__Group_2__0 )? ) )
            // InternalAssign.g:2999:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            {
            // InternalAssign.g:2999:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            // InternalAssign.g:3000:2: ( rule__UserspaceDriver__Group_2__0 )?
            {
             before(grammarAccess.getUserspaceDriverAccess().getGroup_2()); 
            // InternalAssign.g:3001:2: ( rule__UserspaceDriver__Group_2__0 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==95) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalAssign.g:3001:3: rule__UserspaceDriver__Group_2__0
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
    // InternalAssign.g:3010:1: rule__UserspaceDriver__Group_2__0 : rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 ;
    public final void rule__UserspaceDriver__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3014:1: ( rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 )
            // InternalAssign.g:3015:2: rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1
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
    // InternalAssign.g:3022:1: rule__UserspaceDriver__Group_2__0__Impl : ( '{' ) ;
    public final void rule__UserspaceDriver__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3026:1: ( ( '{' ) )
            // InternalAssign.g:3027:1: ( '{' )
            {
            // InternalAssign.g:3027:1: ( '{' )
            // InternalAssign.g:3028:2: '{'
            {
             before(grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:3037:1: rule__UserspaceDriver__Group_2__1 : rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 ;
    public final void rule__UserspaceDriver__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3041:1: ( rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 )
            // InternalAssign.g:3042:2: rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2
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
    // InternalAssign.g:3049:1: rule__UserspaceDriver__Group_2__1__Impl : ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3053:1: ( ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:3054:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:3054:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            // InternalAssign.g:3055:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:3056:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            // InternalAssign.g:3056:3: rule__UserspaceDriver__UnorderedGroup_2_1
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
    // InternalAssign.g:3064:1: rule__UserspaceDriver__Group_2__2 : rule__UserspaceDriver__Group_2__2__Impl ;
    public final void rule__UserspaceDriver__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3068:1: ( rule__UserspaceDriver__Group_2__2__Impl )
            // InternalAssign.g:3069:2: rule__UserspaceDriver__Group_2__2__Impl
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
    // InternalAssign.g:3075:1: rule__UserspaceDriver__Group_2__2__Impl : ( '}' ) ;
    public final void rule__UserspaceDriver__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3079:1: ( ( '}' ) )
            // InternalAssign.g:3080:1: ( '}' )
            {
            // InternalAssign.g:3080:1: ( '}' )
            // InternalAssign.g:3081:2: '}'
            {
             before(grammarAccess.getUserspaceDriverAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:3091:1: rule__UserspaceDriver__Group_2_1_0__0 : rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 ;
    public final void rule__UserspaceDriver__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3095:1: ( rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 )
            // InternalAssign.g:3096:2: rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1
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
    // InternalAssign.g:3103:1: rule__UserspaceDriver__Group_2_1_0__0__Impl : ( 'uid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3107:1: ( ( 'uid' ) )
            // InternalAssign.g:3108:1: ( 'uid' )
            {
            // InternalAssign.g:3108:1: ( 'uid' )
            // InternalAssign.g:3109:2: 'uid'
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidKeyword_2_1_0_0()); 
            match(input,28,FOLLOW_2); 
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
    // InternalAssign.g:3118:1: rule__UserspaceDriver__Group_2_1_0__1 : rule__UserspaceDriver__Group_2_1_0__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3122:1: ( rule__UserspaceDriver__Group_2_1_0__1__Impl )
            // InternalAssign.g:3123:2: rule__UserspaceDriver__Group_2_1_0__1__Impl
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
    // InternalAssign.g:3129:1: rule__UserspaceDriver__Group_2_1_0__1__Impl : ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3133:1: ( ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:3134:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:3134:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            // InternalAssign.g:3135:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidAssignment_2_1_0_1()); 
            // InternalAssign.g:3136:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            // InternalAssign.g:3136:3: rule__UserspaceDriver__UidAssignment_2_1_0_1
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
    // InternalAssign.g:3145:1: rule__UserspaceDriver__Group_2_1_1__0 : rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 ;
    public final void rule__UserspaceDriver__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3149:1: ( rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 )
            // InternalAssign.g:3150:2: rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1
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
    // InternalAssign.g:3157:1: rule__UserspaceDriver__Group_2_1_1__0__Impl : ( 'gid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3161:1: ( ( 'gid' ) )
            // InternalAssign.g:3162:1: ( 'gid' )
            {
            // InternalAssign.g:3162:1: ( 'gid' )
            // InternalAssign.g:3163:2: 'gid'
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidKeyword_2_1_1_0()); 
            match(input,29,FOLLOW_2); 
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
    // InternalAssign.g:3172:1: rule__UserspaceDriver__Group_2_1_1__1 : rule__UserspaceDriver__Group_2_1_1__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3176:1: ( rule__UserspaceDriver__Group_2_1_1__1__Impl )
            // InternalAssign.g:3177:2: rule__UserspaceDriver__Group_2_1_1__1__Impl
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
    // InternalAssign.g:3183:1: rule__UserspaceDriver__Group_2_1_1__1__Impl : ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3187:1: ( ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:3188:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:3188:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            // InternalAssign.g:3189:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidAssignment_2_1_1_1()); 
            // InternalAssign.g:3190:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            // InternalAssign.g:3190:3: rule__UserspaceDriver__GidAssignment_2_1_1_1
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
    // InternalAssign.g:3199:1: rule__UserspaceDriver__Group_2_1_2__0 : rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 ;
    public final void rule__UserspaceDriver__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3203:1: ( rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 )
            // InternalAssign.g:3204:2: rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1
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
    // InternalAssign.g:3211:1: rule__UserspaceDriver__Group_2_1_2__0__Impl : ( 'memlock' ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3215:1: ( ( 'memlock' ) )
            // InternalAssign.g:3216:1: ( 'memlock' )
            {
            // InternalAssign.g:3216:1: ( 'memlock' )
            // InternalAssign.g:3217:2: 'memlock'
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockKeyword_2_1_2_0()); 
            match(input,25,FOLLOW_2); 
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
    // InternalAssign.g:3226:1: rule__UserspaceDriver__Group_2_1_2__1 : rule__UserspaceDriver__Group_2_1_2__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3230:1: ( rule__UserspaceDriver__Group_2_1_2__1__Impl )
            // InternalAssign.g:3231:2: rule__UserspaceDriver__Group_2_1_2__1__Impl
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
    // InternalAssign.g:3237:1: rule__UserspaceDriver__Group_2_1_2__1__Impl : ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3241:1: ( ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:3242:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:3242:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            // InternalAssign.g:3243:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockLimitAssignment_2_1_2_1()); 
            // InternalAssign.g:3244:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            // InternalAssign.g:3244:3: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1
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
    // InternalAssign.g:3253:1: rule__UserspaceDriver__Group_2_1_3__0 : rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 ;
    public final void rule__UserspaceDriver__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3257:1: ( rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 )
            // InternalAssign.g:3258:2: rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1
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
    // InternalAssign.g:3265:1: rule__UserspaceDriver__Group_2_1_3__0__Impl : ( 'socket' ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3269:1: ( ( 'socket' ) )
            // InternalAssign.g:3270:1: ( 'socket' )
            {
            // InternalAssign.g:3270:1: ( 'socket' )
            // InternalAssign.g:3271:2: 'socket'
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketKeyword_2_1_3_0()); 
            match(input,30,FOLLOW_2); 
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
    // InternalAssign.g:3280:1: rule__UserspaceDriver__Group_2_1_3__1 : rule__UserspaceDriver__Group_2_1_3__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3284:1: ( rule__UserspaceDriver__Group_2_1_3__1__Impl )
            // InternalAssign.g:3285:2: rule__UserspaceDriver__Group_2_1_3__1__Impl
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
    // InternalAssign.g:3291:1: rule__UserspaceDriver__Group_2_1_3__1__Impl : ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3295:1: ( ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:3296:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:3296:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            // InternalAssign.g:3297:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketPathAssignment_2_1_3_1()); 
            // InternalAssign.g:3298:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            // InternalAssign.g:3298:3: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1
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
    // InternalAssign.g:3307:1: rule__Probe__Group__0 : rule__Probe__Group__0__Impl rule__Probe__Group__1 ;
    public final void rule__Probe__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3311:1: ( rule__Probe__Group__0__Impl rule__Probe__Group__1 )
            // InternalAssign.g:3312:2: rule__Probe__Group__0__Impl rule__Probe__Group__1
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
    // InternalAssign.g:3319:1: rule__Probe__Group__0__Impl : ( 'probe' ) ;
    public final void rule__Probe__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3323:1: ( ( 'probe' ) )
            // InternalAssign.g:3324:1: ( 'probe' )
            {
            // InternalAssign.g:3324:1: ( 'probe' )
            // InternalAssign.g:3325:2: 'probe'
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
    // InternalAssign.g:3334:1: rule__Probe__Group__1 : rule__Probe__Group__1__Impl rule__Probe__Group__2 ;
    public final void rule__Probe__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3338:1: ( rule__Probe__Group__1__Impl rule__Probe__Group__2 )
            // InternalAssign.g:3339:2: rule__Probe__Group__1__Impl rule__Probe__Group__2
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
    // InternalAssign.g:3346:1: rule__Probe__Group__1__Impl : ( ( rule__Probe__NameAssignment_1 ) ) ;
    public final void rule__Probe__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3350:1: ( ( ( rule__Probe__NameAssignment_1 ) ) )
            // InternalAssign.g:3351:1: ( ( rule__Probe__NameAssignment_1 ) )
            {
            // InternalAssign.g:3351:1: ( ( rule__Probe__NameAssignment_1 ) )
            // InternalAssign.g:3352:2: ( rule__Probe__NameAssignment_1 )
            {
             before(grammarAccess.getProbeAccess().getNameAssignment_1()); 
            // InternalAssign.g:3353:2: ( rule__Probe__NameAssignment_1 )
            // InternalAssign.g:3353:3: rule__Probe__NameAssignment_1
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
    // InternalAssign.g:3361:1: rule__Probe__Group__2 : rule__Probe__Group__2__Impl ;
    public final void rule__Probe__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3365:1: ( rule__Probe__Group__2__Impl )
            // InternalAssign.g:3366:2: rule__Probe__Group__2__Impl
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
    // InternalAssign.g:3372:1: rule__Probe__Group__2__Impl : ( ( rule__Probe__Group_2__0 )? ) ;
    public final void rule__Probe__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3376:1: ( ( ( rule__Probe__Group_2__0 )? ) )
            // InternalAssign.g:3377:1: ( ( rule__Probe__Group_2__0 )? )
            {
            // InternalAssign.g:3377:1: ( ( rule__Probe__Group_2__0 )? )
            // InternalAssign.g:3378:2: ( rule__Probe__Group_2__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2()); 
            // InternalAssign.g:3379:2: ( rule__Probe__Group_2__0 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==95) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalAssign.g:3379:3: rule__Probe__Group_2__0
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
    // InternalAssign.g:3388:1: rule__Probe__Group_2__0 : rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 ;
    public final void rule__Probe__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3392:1: ( rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 )
            // InternalAssign.g:3393:2: rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1
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
    // InternalAssign.g:3400:1: rule__Probe__Group_2__0__Impl : ( '{' ) ;
    public final void rule__Probe__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3404:1: ( ( '{' ) )
            // InternalAssign.g:3405:1: ( '{' )
            {
            // InternalAssign.g:3405:1: ( '{' )
            // InternalAssign.g:3406:2: '{'
            {
             before(grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:3415:1: rule__Probe__Group_2__1 : rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 ;
    public final void rule__Probe__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3419:1: ( rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 )
            // InternalAssign.g:3420:2: rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2
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
    // InternalAssign.g:3427:1: rule__Probe__Group_2__1__Impl : ( ( rule__Probe__Group_2_1__0 )? ) ;
    public final void rule__Probe__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3431:1: ( ( ( rule__Probe__Group_2_1__0 )? ) )
            // InternalAssign.g:3432:1: ( ( rule__Probe__Group_2_1__0 )? )
            {
            // InternalAssign.g:3432:1: ( ( rule__Probe__Group_2_1__0 )? )
            // InternalAssign.g:3433:2: ( rule__Probe__Group_2_1__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2_1()); 
            // InternalAssign.g:3434:2: ( rule__Probe__Group_2_1__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==25) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalAssign.g:3434:3: rule__Probe__Group_2_1__0
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
    // InternalAssign.g:3442:1: rule__Probe__Group_2__2 : rule__Probe__Group_2__2__Impl ;
    public final void rule__Probe__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3446:1: ( rule__Probe__Group_2__2__Impl )
            // InternalAssign.g:3447:2: rule__Probe__Group_2__2__Impl
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
    // InternalAssign.g:3453:1: rule__Probe__Group_2__2__Impl : ( '}' ) ;
    public final void rule__Probe__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3457:1: ( ( '}' ) )
            // InternalAssign.g:3458:1: ( '}' )
            {
            // InternalAssign.g:3458:1: ( '}' )
            // InternalAssign.g:3459:2: '}'
            {
             before(grammarAccess.getProbeAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:3469:1: rule__Probe__Group_2_1__0 : rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 ;
    public final void rule__Probe__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3473:1: ( rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 )
            // InternalAssign.g:3474:2: rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1
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
    // InternalAssign.g:3481:1: rule__Probe__Group_2_1__0__Impl : ( 'memlock' ) ;
    public final void rule__Probe__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3485:1: ( ( 'memlock' ) )
            // InternalAssign.g:3486:1: ( 'memlock' )
            {
            // InternalAssign.g:3486:1: ( 'memlock' )
            // InternalAssign.g:3487:2: 'memlock'
            {
             before(grammarAccess.getProbeAccess().getMemlockKeyword_2_1_0()); 
            match(input,25,FOLLOW_2); 
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
    // InternalAssign.g:3496:1: rule__Probe__Group_2_1__1 : rule__Probe__Group_2_1__1__Impl ;
    public final void rule__Probe__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3500:1: ( rule__Probe__Group_2_1__1__Impl )
            // InternalAssign.g:3501:2: rule__Probe__Group_2_1__1__Impl
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
    // InternalAssign.g:3507:1: rule__Probe__Group_2_1__1__Impl : ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) ;
    public final void rule__Probe__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3511:1: ( ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) )
            // InternalAssign.g:3512:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            {
            // InternalAssign.g:3512:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            // InternalAssign.g:3513:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            {
             before(grammarAccess.getProbeAccess().getMemlockLimitAssignment_2_1_1()); 
            // InternalAssign.g:3514:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            // InternalAssign.g:3514:3: rule__Probe__MemlockLimitAssignment_2_1_1
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
    // InternalAssign.g:3523:1: rule__Assignment__Group__0 : rule__Assignment__Group__0__Impl rule__Assignment__Group__1 ;
    public final void rule__Assignment__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3527:1: ( rule__Assignment__Group__0__Impl rule__Assignment__Group__1 )
            // InternalAssign.g:3528:2: rule__Assignment__Group__0__Impl rule__Assignment__Group__1
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
    // InternalAssign.g:3535:1: rule__Assignment__Group__0__Impl : ( 'assign' ) ;
    public final void rule__Assignment__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3539:1: ( ( 'assign' ) )
            // InternalAssign.g:3540:1: ( 'assign' )
            {
            // InternalAssign.g:3540:1: ( 'assign' )
            // InternalAssign.g:3541:2: 'assign'
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
    // InternalAssign.g:3550:1: rule__Assignment__Group__1 : rule__Assignment__Group__1__Impl rule__Assignment__Group__2 ;
    public final void rule__Assignment__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3554:1: ( rule__Assignment__Group__1__Impl rule__Assignment__Group__2 )
            // InternalAssign.g:3555:2: rule__Assignment__Group__1__Impl rule__Assignment__Group__2
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
    // InternalAssign.g:3562:1: rule__Assignment__Group__1__Impl : ( ( rule__Assignment__Alternatives_1 ) ) ;
    public final void rule__Assignment__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3566:1: ( ( ( rule__Assignment__Alternatives_1 ) ) )
            // InternalAssign.g:3567:1: ( ( rule__Assignment__Alternatives_1 ) )
            {
            // InternalAssign.g:3567:1: ( ( rule__Assignment__Alternatives_1 ) )
            // InternalAssign.g:3568:2: ( rule__Assignment__Alternatives_1 )
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_1()); 
            // InternalAssign.g:3569:2: ( rule__Assignment__Alternatives_1 )
            // InternalAssign.g:3569:3: rule__Assignment__Alternatives_1
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
    // InternalAssign.g:3577:1: rule__Assignment__Group__2 : rule__Assignment__Group__2__Impl rule__Assignment__Group__3 ;
    public final void rule__Assignment__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3581:1: ( rule__Assignment__Group__2__Impl rule__Assignment__Group__3 )
            // InternalAssign.g:3582:2: rule__Assignment__Group__2__Impl rule__Assignment__Group__3
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
    // InternalAssign.g:3589:1: rule__Assignment__Group__2__Impl : ( 'to' ) ;
    public final void rule__Assignment__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3593:1: ( ( 'to' ) )
            // InternalAssign.g:3594:1: ( 'to' )
            {
            // InternalAssign.g:3594:1: ( 'to' )
            // InternalAssign.g:3595:2: 'to'
            {
             before(grammarAccess.getAssignmentAccess().getToKeyword_2()); 
            match(input,97,FOLLOW_2); 
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
    // InternalAssign.g:3604:1: rule__Assignment__Group__3 : rule__Assignment__Group__3__Impl rule__Assignment__Group__4 ;
    public final void rule__Assignment__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3608:1: ( rule__Assignment__Group__3__Impl rule__Assignment__Group__4 )
            // InternalAssign.g:3609:2: rule__Assignment__Group__3__Impl rule__Assignment__Group__4
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
    // InternalAssign.g:3616:1: rule__Assignment__Group__3__Impl : ( ( rule__Assignment__ConsumerAssignment_3 ) ) ;
    public final void rule__Assignment__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3620:1: ( ( ( rule__Assignment__ConsumerAssignment_3 ) ) )
            // InternalAssign.g:3621:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            {
            // InternalAssign.g:3621:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            // InternalAssign.g:3622:2: ( rule__Assignment__ConsumerAssignment_3 )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerAssignment_3()); 
            // InternalAssign.g:3623:2: ( rule__Assignment__ConsumerAssignment_3 )
            // InternalAssign.g:3623:3: rule__Assignment__ConsumerAssignment_3
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
    // InternalAssign.g:3631:1: rule__Assignment__Group__4 : rule__Assignment__Group__4__Impl ;
    public final void rule__Assignment__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3635:1: ( rule__Assignment__Group__4__Impl )
            // InternalAssign.g:3636:2: rule__Assignment__Group__4__Impl
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
    // InternalAssign.g:3642:1: rule__Assignment__Group__4__Impl : ( ( rule__Assignment__Group_4__0 )? ) ;
    public final void rule__Assignment__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3646:1: ( ( ( rule__Assignment__Group_4__0 )? ) )
            // InternalAssign.g:3647:1: ( ( rule__Assignment__Group_4__0 )? )
            {
            // InternalAssign.g:3647:1: ( ( rule__Assignment__Group_4__0 )? )
            // InternalAssign.g:3648:2: ( rule__Assignment__Group_4__0 )?
            {
             before(grammarAccess.getAssignmentAccess().getGroup_4()); 
            // InternalAssign.g:3649:2: ( rule__Assignment__Group_4__0 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==95) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalAssign.g:3649:3: rule__Assignment__Group_4__0
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


    // $ANTLR start "rule__Assignment__Group_1_0__0"
    // InternalAssign.g:3658:1: rule__Assignment__Group_1_0__0 : rule__Assignment__Group_1_0__0__Impl rule__Assignment__Group_1_0__1 ;
    public final void rule__Assignment__Group_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3662:1: ( rule__Assignment__Group_1_0__0__Impl rule__Assignment__Group_1_0__1 )
            // InternalAssign.g:3663:2: rule__Assignment__Group_1_0__0__Impl rule__Assignment__Group_1_0__1
            {
            pushFollow(FOLLOW_20);
            rule__Assignment__Group_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__0"


    // $ANTLR start "rule__Assignment__Group_1_0__0__Impl"
    // InternalAssign.g:3670:1: rule__Assignment__Group_1_0__0__Impl : ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) ) ;
    public final void rule__Assignment__Group_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3674:1: ( ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) ) )
            // InternalAssign.g:3675:1: ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) )
            {
            // InternalAssign.g:3675:1: ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) )
            // InternalAssign.g:3676:2: ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 )
            {
             before(grammarAccess.getAssignmentAccess().getPhysicalFunctionAssignment_1_0_0()); 
            // InternalAssign.g:3677:2: ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 )
            // InternalAssign.g:3677:3: rule__Assignment__PhysicalFunctionAssignment_1_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__PhysicalFunctionAssignment_1_0_0();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getPhysicalFunctionAssignment_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__0__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0__1"
    // InternalAssign.g:3685:1: rule__Assignment__Group_1_0__1 : rule__Assignment__Group_1_0__1__Impl rule__Assignment__Group_1_0__2 ;
    public final void rule__Assignment__Group_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3689:1: ( rule__Assignment__Group_1_0__1__Impl rule__Assignment__Group_1_0__2 )
            // InternalAssign.g:3690:2: rule__Assignment__Group_1_0__1__Impl rule__Assignment__Group_1_0__2
            {
            pushFollow(FOLLOW_21);
            rule__Assignment__Group_1_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__1"


    // $ANTLR start "rule__Assignment__Group_1_0__1__Impl"
    // InternalAssign.g:3697:1: rule__Assignment__Group_1_0__1__Impl : ( '.' ) ;
    public final void rule__Assignment__Group_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3701:1: ( ( '.' ) )
            // InternalAssign.g:3702:1: ( '.' )
            {
            // InternalAssign.g:3702:1: ( '.' )
            // InternalAssign.g:3703:2: '.'
            {
             before(grammarAccess.getAssignmentAccess().getFullStopKeyword_1_0_1()); 
            match(input,98,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getFullStopKeyword_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__1__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0__2"
    // InternalAssign.g:3712:1: rule__Assignment__Group_1_0__2 : rule__Assignment__Group_1_0__2__Impl rule__Assignment__Group_1_0__3 ;
    public final void rule__Assignment__Group_1_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3716:1: ( rule__Assignment__Group_1_0__2__Impl rule__Assignment__Group_1_0__3 )
            // InternalAssign.g:3717:2: rule__Assignment__Group_1_0__2__Impl rule__Assignment__Group_1_0__3
            {
            pushFollow(FOLLOW_22);
            rule__Assignment__Group_1_0__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__2"


    // $ANTLR start "rule__Assignment__Group_1_0__2__Impl"
    // InternalAssign.g:3724:1: rule__Assignment__Group_1_0__2__Impl : ( 'vf' ) ;
    public final void rule__Assignment__Group_1_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3728:1: ( ( 'vf' ) )
            // InternalAssign.g:3729:1: ( 'vf' )
            {
            // InternalAssign.g:3729:1: ( 'vf' )
            // InternalAssign.g:3730:2: 'vf'
            {
             before(grammarAccess.getAssignmentAccess().getVfKeyword_1_0_2()); 
            match(input,21,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getVfKeyword_1_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__2__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0__3"
    // InternalAssign.g:3739:1: rule__Assignment__Group_1_0__3 : rule__Assignment__Group_1_0__3__Impl rule__Assignment__Group_1_0__4 ;
    public final void rule__Assignment__Group_1_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3743:1: ( rule__Assignment__Group_1_0__3__Impl rule__Assignment__Group_1_0__4 )
            // InternalAssign.g:3744:2: rule__Assignment__Group_1_0__3__Impl rule__Assignment__Group_1_0__4
            {
            pushFollow(FOLLOW_14);
            rule__Assignment__Group_1_0__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__3"


    // $ANTLR start "rule__Assignment__Group_1_0__3__Impl"
    // InternalAssign.g:3751:1: rule__Assignment__Group_1_0__3__Impl : ( '[' ) ;
    public final void rule__Assignment__Group_1_0__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3755:1: ( ( '[' ) )
            // InternalAssign.g:3756:1: ( '[' )
            {
            // InternalAssign.g:3756:1: ( '[' )
            // InternalAssign.g:3757:2: '['
            {
             before(grammarAccess.getAssignmentAccess().getLeftSquareBracketKeyword_1_0_3()); 
            match(input,99,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getLeftSquareBracketKeyword_1_0_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__3__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0__4"
    // InternalAssign.g:3766:1: rule__Assignment__Group_1_0__4 : rule__Assignment__Group_1_0__4__Impl rule__Assignment__Group_1_0__5 ;
    public final void rule__Assignment__Group_1_0__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3770:1: ( rule__Assignment__Group_1_0__4__Impl rule__Assignment__Group_1_0__5 )
            // InternalAssign.g:3771:2: rule__Assignment__Group_1_0__4__Impl rule__Assignment__Group_1_0__5
            {
            pushFollow(FOLLOW_23);
            rule__Assignment__Group_1_0__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__4"


    // $ANTLR start "rule__Assignment__Group_1_0__4__Impl"
    // InternalAssign.g:3778:1: rule__Assignment__Group_1_0__4__Impl : ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) ) ;
    public final void rule__Assignment__Group_1_0__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3782:1: ( ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) ) )
            // InternalAssign.g:3783:1: ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) )
            {
            // InternalAssign.g:3783:1: ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) )
            // InternalAssign.g:3784:2: ( rule__Assignment__FirstVfAssignment_1_0_4 )
            {
             before(grammarAccess.getAssignmentAccess().getFirstVfAssignment_1_0_4()); 
            // InternalAssign.g:3785:2: ( rule__Assignment__FirstVfAssignment_1_0_4 )
            // InternalAssign.g:3785:3: rule__Assignment__FirstVfAssignment_1_0_4
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__FirstVfAssignment_1_0_4();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getFirstVfAssignment_1_0_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__4__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0__5"
    // InternalAssign.g:3793:1: rule__Assignment__Group_1_0__5 : rule__Assignment__Group_1_0__5__Impl rule__Assignment__Group_1_0__6 ;
    public final void rule__Assignment__Group_1_0__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3797:1: ( rule__Assignment__Group_1_0__5__Impl rule__Assignment__Group_1_0__6 )
            // InternalAssign.g:3798:2: rule__Assignment__Group_1_0__5__Impl rule__Assignment__Group_1_0__6
            {
            pushFollow(FOLLOW_23);
            rule__Assignment__Group_1_0__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__5"


    // $ANTLR start "rule__Assignment__Group_1_0__5__Impl"
    // InternalAssign.g:3805:1: rule__Assignment__Group_1_0__5__Impl : ( ( rule__Assignment__Group_1_0_5__0 )? ) ;
    public final void rule__Assignment__Group_1_0__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3809:1: ( ( ( rule__Assignment__Group_1_0_5__0 )? ) )
            // InternalAssign.g:3810:1: ( ( rule__Assignment__Group_1_0_5__0 )? )
            {
            // InternalAssign.g:3810:1: ( ( rule__Assignment__Group_1_0_5__0 )? )
            // InternalAssign.g:3811:2: ( rule__Assignment__Group_1_0_5__0 )?
            {
             before(grammarAccess.getAssignmentAccess().getGroup_1_0_5()); 
            // InternalAssign.g:3812:2: ( rule__Assignment__Group_1_0_5__0 )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==101) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalAssign.g:3812:3: rule__Assignment__Group_1_0_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Assignment__Group_1_0_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getAssignmentAccess().getGroup_1_0_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__5__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0__6"
    // InternalAssign.g:3820:1: rule__Assignment__Group_1_0__6 : rule__Assignment__Group_1_0__6__Impl ;
    public final void rule__Assignment__Group_1_0__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3824:1: ( rule__Assignment__Group_1_0__6__Impl )
            // InternalAssign.g:3825:2: rule__Assignment__Group_1_0__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__6"


    // $ANTLR start "rule__Assignment__Group_1_0__6__Impl"
    // InternalAssign.g:3831:1: rule__Assignment__Group_1_0__6__Impl : ( ']' ) ;
    public final void rule__Assignment__Group_1_0__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3835:1: ( ( ']' ) )
            // InternalAssign.g:3836:1: ( ']' )
            {
            // InternalAssign.g:3836:1: ( ']' )
            // InternalAssign.g:3837:2: ']'
            {
             before(grammarAccess.getAssignmentAccess().getRightSquareBracketKeyword_1_0_6()); 
            match(input,100,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getRightSquareBracketKeyword_1_0_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0__6__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0_5__0"
    // InternalAssign.g:3847:1: rule__Assignment__Group_1_0_5__0 : rule__Assignment__Group_1_0_5__0__Impl rule__Assignment__Group_1_0_5__1 ;
    public final void rule__Assignment__Group_1_0_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3851:1: ( rule__Assignment__Group_1_0_5__0__Impl rule__Assignment__Group_1_0_5__1 )
            // InternalAssign.g:3852:2: rule__Assignment__Group_1_0_5__0__Impl rule__Assignment__Group_1_0_5__1
            {
            pushFollow(FOLLOW_14);
            rule__Assignment__Group_1_0_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0_5__0"


    // $ANTLR start "rule__Assignment__Group_1_0_5__0__Impl"
    // InternalAssign.g:3859:1: rule__Assignment__Group_1_0_5__0__Impl : ( '..' ) ;
    public final void rule__Assignment__Group_1_0_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3863:1: ( ( '..' ) )
            // InternalAssign.g:3864:1: ( '..' )
            {
            // InternalAssign.g:3864:1: ( '..' )
            // InternalAssign.g:3865:2: '..'
            {
             before(grammarAccess.getAssignmentAccess().getFullStopFullStopKeyword_1_0_5_0()); 
            match(input,101,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getFullStopFullStopKeyword_1_0_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0_5__0__Impl"


    // $ANTLR start "rule__Assignment__Group_1_0_5__1"
    // InternalAssign.g:3874:1: rule__Assignment__Group_1_0_5__1 : rule__Assignment__Group_1_0_5__1__Impl ;
    public final void rule__Assignment__Group_1_0_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3878:1: ( rule__Assignment__Group_1_0_5__1__Impl )
            // InternalAssign.g:3879:2: rule__Assignment__Group_1_0_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_0_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0_5__1"


    // $ANTLR start "rule__Assignment__Group_1_0_5__1__Impl"
    // InternalAssign.g:3885:1: rule__Assignment__Group_1_0_5__1__Impl : ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) ) ;
    public final void rule__Assignment__Group_1_0_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3889:1: ( ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) ) )
            // InternalAssign.g:3890:1: ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) )
            {
            // InternalAssign.g:3890:1: ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) )
            // InternalAssign.g:3891:2: ( rule__Assignment__LastVfAssignment_1_0_5_1 )
            {
             before(grammarAccess.getAssignmentAccess().getLastVfAssignment_1_0_5_1()); 
            // InternalAssign.g:3892:2: ( rule__Assignment__LastVfAssignment_1_0_5_1 )
            // InternalAssign.g:3892:3: rule__Assignment__LastVfAssignment_1_0_5_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__LastVfAssignment_1_0_5_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getLastVfAssignment_1_0_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_0_5__1__Impl"


    // $ANTLR start "rule__Assignment__Group_1_2__0"
    // InternalAssign.g:3901:1: rule__Assignment__Group_1_2__0 : rule__Assignment__Group_1_2__0__Impl rule__Assignment__Group_1_2__1 ;
    public final void rule__Assignment__Group_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3905:1: ( rule__Assignment__Group_1_2__0__Impl rule__Assignment__Group_1_2__1 )
            // InternalAssign.g:3906:2: rule__Assignment__Group_1_2__0__Impl rule__Assignment__Group_1_2__1
            {
            pushFollow(FOLLOW_14);
            rule__Assignment__Group_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_2__0"


    // $ANTLR start "rule__Assignment__Group_1_2__0__Impl"
    // InternalAssign.g:3913:1: rule__Assignment__Group_1_2__0__Impl : ( 'group' ) ;
    public final void rule__Assignment__Group_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3917:1: ( ( 'group' ) )
            // InternalAssign.g:3918:1: ( 'group' )
            {
            // InternalAssign.g:3918:1: ( 'group' )
            // InternalAssign.g:3919:2: 'group'
            {
             before(grammarAccess.getAssignmentAccess().getGroupKeyword_1_2_0()); 
            match(input,90,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getGroupKeyword_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_2__0__Impl"


    // $ANTLR start "rule__Assignment__Group_1_2__1"
    // InternalAssign.g:3928:1: rule__Assignment__Group_1_2__1 : rule__Assignment__Group_1_2__1__Impl ;
    public final void rule__Assignment__Group_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3932:1: ( rule__Assignment__Group_1_2__1__Impl )
            // InternalAssign.g:3933:2: rule__Assignment__Group_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__Group_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_2__1"


    // $ANTLR start "rule__Assignment__Group_1_2__1__Impl"
    // InternalAssign.g:3939:1: rule__Assignment__Group_1_2__1__Impl : ( ( rule__Assignment__GroupAssignment_1_2_1 ) ) ;
    public final void rule__Assignment__Group_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3943:1: ( ( ( rule__Assignment__GroupAssignment_1_2_1 ) ) )
            // InternalAssign.g:3944:1: ( ( rule__Assignment__GroupAssignment_1_2_1 ) )
            {
            // InternalAssign.g:3944:1: ( ( rule__Assignment__GroupAssignment_1_2_1 ) )
            // InternalAssign.g:3945:2: ( rule__Assignment__GroupAssignment_1_2_1 )
            {
             before(grammarAccess.getAssignmentAccess().getGroupAssignment_1_2_1()); 
            // InternalAssign.g:3946:2: ( rule__Assignment__GroupAssignment_1_2_1 )
            // InternalAssign.g:3946:3: rule__Assignment__GroupAssignment_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Assignment__GroupAssignment_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getAssignmentAccess().getGroupAssignment_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__Group_1_2__1__Impl"


    // $ANTLR start "rule__Assignment__Group_4__0"
    // InternalAssign.g:3955:1: rule__Assignment__Group_4__0 : rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 ;
    public final void rule__Assignment__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3959:1: ( rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 )
            // InternalAssign.g:3960:2: rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1
            {
            pushFollow(FOLLOW_24);
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
    // InternalAssign.g:3967:1: rule__Assignment__Group_4__0__Impl : ( '{' ) ;
    public final void rule__Assignment__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3971:1: ( ( '{' ) )
            // InternalAssign.g:3972:1: ( '{' )
            {
            // InternalAssign.g:3972:1: ( '{' )
            // InternalAssign.g:3973:2: '{'
            {
             before(grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:3982:1: rule__Assignment__Group_4__1 : rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 ;
    public final void rule__Assignment__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3986:1: ( rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 )
            // InternalAssign.g:3987:2: rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2
            {
            pushFollow(FOLLOW_25);
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
    // InternalAssign.g:3994:1: rule__Assignment__Group_4__1__Impl : ( ( rule__Assignment__UnorderedGroup_4_1 ) ) ;
    public final void rule__Assignment__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3998:1: ( ( ( rule__Assignment__UnorderedGroup_4_1 ) ) )
            // InternalAssign.g:3999:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            {
            // InternalAssign.g:3999:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            // InternalAssign.g:4000:2: ( rule__Assignment__UnorderedGroup_4_1 )
            {
             before(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1()); 
            // InternalAssign.g:4001:2: ( rule__Assignment__UnorderedGroup_4_1 )
            // InternalAssign.g:4001:3: rule__Assignment__UnorderedGroup_4_1
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
    // InternalAssign.g:4009:1: rule__Assignment__Group_4__2 : rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 ;
    public final void rule__Assignment__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4013:1: ( rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 )
            // InternalAssign.g:4014:2: rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3
            {
            pushFollow(FOLLOW_25);
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
    // InternalAssign.g:4021:1: rule__Assignment__Group_4__2__Impl : ( ( rule__Assignment__Alternatives_4_2 )* ) ;
    public final void rule__Assignment__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4025:1: ( ( ( rule__Assignment__Alternatives_4_2 )* ) )
            // InternalAssign.g:4026:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            {
            // InternalAssign.g:4026:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            // InternalAssign.g:4027:2: ( rule__Assignment__Alternatives_4_2 )*
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_4_2()); 
            // InternalAssign.g:4028:2: ( rule__Assignment__Alternatives_4_2 )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( ((LA37_0>=36 && LA37_0<=38)) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalAssign.g:4028:3: rule__Assignment__Alternatives_4_2
            	    {
            	    pushFollow(FOLLOW_26);
            	    rule__Assignment__Alternatives_4_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop37;
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
    // InternalAssign.g:4036:1: rule__Assignment__Group_4__3 : rule__Assignment__Group_4__3__Impl ;
    public final void rule__Assignment__Group_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4040:1: ( rule__Assignment__Group_4__3__Impl )
            // InternalAssign.g:4041:2: rule__Assignment__Group_4__3__Impl
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
    // InternalAssign.g:4047:1: rule__Assignment__Group_4__3__Impl : ( '}' ) ;
    public final void rule__Assignment__Group_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4051:1: ( ( '}' ) )
            // InternalAssign.g:4052:1: ( '}' )
            {
            // InternalAssign.g:4052:1: ( '}' )
            // InternalAssign.g:4053:2: '}'
            {
             before(grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:4063:1: rule__Assignment__Group_4_1_0__0 : rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 ;
    public final void rule__Assignment__Group_4_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4067:1: ( rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 )
            // InternalAssign.g:4068:2: rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1
            {
            pushFollow(FOLLOW_27);
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
    // InternalAssign.g:4075:1: rule__Assignment__Group_4_1_0__0__Impl : ( 'driver' ) ;
    public final void rule__Assignment__Group_4_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4079:1: ( ( 'driver' ) )
            // InternalAssign.g:4080:1: ( 'driver' )
            {
            // InternalAssign.g:4080:1: ( 'driver' )
            // InternalAssign.g:4081:2: 'driver'
            {
             before(grammarAccess.getAssignmentAccess().getDriverKeyword_4_1_0_0()); 
            match(input,31,FOLLOW_2); 
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
    // InternalAssign.g:4090:1: rule__Assignment__Group_4_1_0__1 : rule__Assignment__Group_4_1_0__1__Impl ;
    public final void rule__Assignment__Group_4_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4094:1: ( rule__Assignment__Group_4_1_0__1__Impl )
            // InternalAssign.g:4095:2: rule__Assignment__Group_4_1_0__1__Impl
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
    // InternalAssign.g:4101:1: rule__Assignment__Group_4_1_0__1__Impl : ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) ;
    public final void rule__Assignment__Group_4_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4105:1: ( ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) )
            // InternalAssign.g:4106:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            {
            // InternalAssign.g:4106:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            // InternalAssign.g:4107:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            {
             before(grammarAccess.getAssignmentAccess().getDriverAssignment_4_1_0_1()); 
            // InternalAssign.g:4108:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            // InternalAssign.g:4108:3: rule__Assignment__DriverAssignment_4_1_0_1
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
    // InternalAssign.g:4117:1: rule__Assignment__Group_4_1_1__0 : rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 ;
    public final void rule__Assignment__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4121:1: ( rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 )
            // InternalAssign.g:4122:2: rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1
            {
            pushFollow(FOLLOW_28);
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
    // InternalAssign.g:4129:1: rule__Assignment__Group_4_1_1__0__Impl : ( 'open' ) ;
    public final void rule__Assignment__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4133:1: ( ( 'open' ) )
            // InternalAssign.g:4134:1: ( 'open' )
            {
            // InternalAssign.g:4134:1: ( 'open' )
            // InternalAssign.g:4135:2: 'open'
            {
             before(grammarAccess.getAssignmentAccess().getOpenKeyword_4_1_1_0()); 
            match(input,32,FOLLOW_2); 
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
    // InternalAssign.g:4144:1: rule__Assignment__Group_4_1_1__1 : rule__Assignment__Group_4_1_1__1__Impl ;
    public final void rule__Assignment__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4148:1: ( rule__Assignment__Group_4_1_1__1__Impl )
            // InternalAssign.g:4149:2: rule__Assignment__Group_4_1_1__1__Impl
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
    // InternalAssign.g:4155:1: rule__Assignment__Group_4_1_1__1__Impl : ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) ;
    public final void rule__Assignment__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4159:1: ( ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) )
            // InternalAssign.g:4160:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            {
            // InternalAssign.g:4160:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            // InternalAssign.g:4161:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getOpenPathAssignment_4_1_1_1()); 
            // InternalAssign.g:4162:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            // InternalAssign.g:4162:3: rule__Assignment__OpenPathAssignment_4_1_1_1
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
    // InternalAssign.g:4171:1: rule__Assignment__Group_4_1_2__0 : rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 ;
    public final void rule__Assignment__Group_4_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4175:1: ( rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 )
            // InternalAssign.g:4176:2: rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1
            {
            pushFollow(FOLLOW_29);
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
    // InternalAssign.g:4183:1: rule__Assignment__Group_4_1_2__0__Impl : ( 'reset' ) ;
    public final void rule__Assignment__Group_4_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4187:1: ( ( 'reset' ) )
            // InternalAssign.g:4188:1: ( 'reset' )
            {
            // InternalAssign.g:4188:1: ( 'reset' )
            // InternalAssign.g:4189:2: 'reset'
            {
             before(grammarAccess.getAssignmentAccess().getResetKeyword_4_1_2_0()); 
            match(input,33,FOLLOW_2); 
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
    // InternalAssign.g:4198:1: rule__Assignment__Group_4_1_2__1 : rule__Assignment__Group_4_1_2__1__Impl ;
    public final void rule__Assignment__Group_4_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4202:1: ( rule__Assignment__Group_4_1_2__1__Impl )
            // InternalAssign.g:4203:2: rule__Assignment__Group_4_1_2__1__Impl
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
    // InternalAssign.g:4209:1: rule__Assignment__Group_4_1_2__1__Impl : ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) ;
    public final void rule__Assignment__Group_4_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4213:1: ( ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) )
            // InternalAssign.g:4214:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            {
            // InternalAssign.g:4214:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            // InternalAssign.g:4215:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            {
             before(grammarAccess.getAssignmentAccess().getResetPolicyAssignment_4_1_2_1()); 
            // InternalAssign.g:4216:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            // InternalAssign.g:4216:3: rule__Assignment__ResetPolicyAssignment_4_1_2_1
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


    // $ANTLR start "rule__VirtualFunctions__Group__0"
    // InternalAssign.g:4225:1: rule__VirtualFunctions__Group__0 : rule__VirtualFunctions__Group__0__Impl rule__VirtualFunctions__Group__1 ;
    public final void rule__VirtualFunctions__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4229:1: ( rule__VirtualFunctions__Group__0__Impl rule__VirtualFunctions__Group__1 )
            // InternalAssign.g:4230:2: rule__VirtualFunctions__Group__0__Impl rule__VirtualFunctions__Group__1
            {
            pushFollow(FOLLOW_15);
            rule__VirtualFunctions__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VirtualFunctions__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__0"


    // $ANTLR start "rule__VirtualFunctions__Group__0__Impl"
    // InternalAssign.g:4237:1: rule__VirtualFunctions__Group__0__Impl : ( 'vfs' ) ;
    public final void rule__VirtualFunctions__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4241:1: ( ( 'vfs' ) )
            // InternalAssign.g:4242:1: ( 'vfs' )
            {
            // InternalAssign.g:4242:1: ( 'vfs' )
            // InternalAssign.g:4243:2: 'vfs'
            {
             before(grammarAccess.getVirtualFunctionsAccess().getVfsKeyword_0()); 
            match(input,20,FOLLOW_2); 
             after(grammarAccess.getVirtualFunctionsAccess().getVfsKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__0__Impl"


    // $ANTLR start "rule__VirtualFunctions__Group__1"
    // InternalAssign.g:4252:1: rule__VirtualFunctions__Group__1 : rule__VirtualFunctions__Group__1__Impl rule__VirtualFunctions__Group__2 ;
    public final void rule__VirtualFunctions__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4256:1: ( rule__VirtualFunctions__Group__1__Impl rule__VirtualFunctions__Group__2 )
            // InternalAssign.g:4257:2: rule__VirtualFunctions__Group__1__Impl rule__VirtualFunctions__Group__2
            {
            pushFollow(FOLLOW_30);
            rule__VirtualFunctions__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VirtualFunctions__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__1"


    // $ANTLR start "rule__VirtualFunctions__Group__1__Impl"
    // InternalAssign.g:4264:1: rule__VirtualFunctions__Group__1__Impl : ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) ) ;
    public final void rule__VirtualFunctions__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4268:1: ( ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) ) )
            // InternalAssign.g:4269:1: ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) )
            {
            // InternalAssign.g:4269:1: ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) )
            // InternalAssign.g:4270:2: ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 )
            {
             before(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionAssignment_1()); 
            // InternalAssign.g:4271:2: ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 )
            // InternalAssign.g:4271:3: rule__VirtualFunctions__PhysicalFunctionAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__VirtualFunctions__PhysicalFunctionAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__1__Impl"


    // $ANTLR start "rule__VirtualFunctions__Group__2"
    // InternalAssign.g:4279:1: rule__VirtualFunctions__Group__2 : rule__VirtualFunctions__Group__2__Impl rule__VirtualFunctions__Group__3 ;
    public final void rule__VirtualFunctions__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4283:1: ( rule__VirtualFunctions__Group__2__Impl rule__VirtualFunctions__Group__3 )
            // InternalAssign.g:4284:2: rule__VirtualFunctions__Group__2__Impl rule__VirtualFunctions__Group__3
            {
            pushFollow(FOLLOW_14);
            rule__VirtualFunctions__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VirtualFunctions__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__2"


    // $ANTLR start "rule__VirtualFunctions__Group__2__Impl"
    // InternalAssign.g:4291:1: rule__VirtualFunctions__Group__2__Impl : ( 'count' ) ;
    public final void rule__VirtualFunctions__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4295:1: ( ( 'count' ) )
            // InternalAssign.g:4296:1: ( 'count' )
            {
            // InternalAssign.g:4296:1: ( 'count' )
            // InternalAssign.g:4297:2: 'count'
            {
             before(grammarAccess.getVirtualFunctionsAccess().getCountKeyword_2()); 
            match(input,102,FOLLOW_2); 
             after(grammarAccess.getVirtualFunctionsAccess().getCountKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__2__Impl"


    // $ANTLR start "rule__VirtualFunctions__Group__3"
    // InternalAssign.g:4306:1: rule__VirtualFunctions__Group__3 : rule__VirtualFunctions__Group__3__Impl ;
    public final void rule__VirtualFunctions__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4310:1: ( rule__VirtualFunctions__Group__3__Impl )
            // InternalAssign.g:4311:2: rule__VirtualFunctions__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VirtualFunctions__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__3"


    // $ANTLR start "rule__VirtualFunctions__Group__3__Impl"
    // InternalAssign.g:4317:1: rule__VirtualFunctions__Group__3__Impl : ( ( rule__VirtualFunctions__CountAssignment_3 ) ) ;
    public final void rule__VirtualFunctions__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4321:1: ( ( ( rule__VirtualFunctions__CountAssignment_3 ) ) )
            // InternalAssign.g:4322:1: ( ( rule__VirtualFunctions__CountAssignment_3 ) )
            {
            // InternalAssign.g:4322:1: ( ( rule__VirtualFunctions__CountAssignment_3 ) )
            // InternalAssign.g:4323:2: ( rule__VirtualFunctions__CountAssignment_3 )
            {
             before(grammarAccess.getVirtualFunctionsAccess().getCountAssignment_3()); 
            // InternalAssign.g:4324:2: ( rule__VirtualFunctions__CountAssignment_3 )
            // InternalAssign.g:4324:3: rule__VirtualFunctions__CountAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__VirtualFunctions__CountAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getVirtualFunctionsAccess().getCountAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__Group__3__Impl"


    // $ANTLR start "rule__RegionMapping__Group__0"
    // InternalAssign.g:4333:1: rule__RegionMapping__Group__0 : rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 ;
    public final void rule__RegionMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4337:1: ( rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 )
            // InternalAssign.g:4338:2: rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1
            {
            pushFollow(FOLLOW_31);
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
    // InternalAssign.g:4345:1: rule__RegionMapping__Group__0__Impl : ( 'map' ) ;
    public final void rule__RegionMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4349:1: ( ( 'map' ) )
            // InternalAssign.g:4350:1: ( 'map' )
            {
            // InternalAssign.g:4350:1: ( 'map' )
            // InternalAssign.g:4351:2: 'map'
            {
             before(grammarAccess.getRegionMappingAccess().getMapKeyword_0()); 
            match(input,36,FOLLOW_2); 
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
    // InternalAssign.g:4360:1: rule__RegionMapping__Group__1 : rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 ;
    public final void rule__RegionMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4364:1: ( rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 )
            // InternalAssign.g:4365:2: rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2
            {
            pushFollow(FOLLOW_32);
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
    // InternalAssign.g:4372:1: rule__RegionMapping__Group__1__Impl : ( ( rule__RegionMapping__RegionAssignment_1 ) ) ;
    public final void rule__RegionMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4376:1: ( ( ( rule__RegionMapping__RegionAssignment_1 ) ) )
            // InternalAssign.g:4377:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            {
            // InternalAssign.g:4377:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            // InternalAssign.g:4378:2: ( rule__RegionMapping__RegionAssignment_1 )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionAssignment_1()); 
            // InternalAssign.g:4379:2: ( rule__RegionMapping__RegionAssignment_1 )
            // InternalAssign.g:4379:3: rule__RegionMapping__RegionAssignment_1
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
    // InternalAssign.g:4387:1: rule__RegionMapping__Group__2 : rule__RegionMapping__Group__2__Impl ;
    public final void rule__RegionMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4391:1: ( rule__RegionMapping__Group__2__Impl )
            // InternalAssign.g:4392:2: rule__RegionMapping__Group__2__Impl
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
    // InternalAssign.g:4398:1: rule__RegionMapping__Group__2__Impl : ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) ;
    public final void rule__RegionMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4402:1: ( ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) )
            // InternalAssign.g:4403:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            {
            // InternalAssign.g:4403:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            // InternalAssign.g:4404:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyAssignment_2()); 
            // InternalAssign.g:4405:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==12) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalAssign.g:4405:3: rule__RegionMapping__ReadOnlyAssignment_2
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
    // InternalAssign.g:4414:1: rule__IrqBinding__Group__0 : rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 ;
    public final void rule__IrqBinding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4418:1: ( rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 )
            // InternalAssign.g:4419:2: rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1
            {
            pushFollow(FOLLOW_31);
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
    // InternalAssign.g:4426:1: rule__IrqBinding__Group__0__Impl : ( 'irq' ) ;
    public final void rule__IrqBinding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4430:1: ( ( 'irq' ) )
            // InternalAssign.g:4431:1: ( 'irq' )
            {
            // InternalAssign.g:4431:1: ( 'irq' )
            // InternalAssign.g:4432:2: 'irq'
            {
             before(grammarAccess.getIrqBindingAccess().getIrqKeyword_0()); 
            match(input,37,FOLLOW_2); 
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
    // InternalAssign.g:4441:1: rule__IrqBinding__Group__1 : rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 ;
    public final void rule__IrqBinding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4445:1: ( rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 )
            // InternalAssign.g:4446:2: rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2
            {
            pushFollow(FOLLOW_33);
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
    // InternalAssign.g:4453:1: rule__IrqBinding__Group__1__Impl : ( ( rule__IrqBinding__InterruptAssignment_1 ) ) ;
    public final void rule__IrqBinding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4457:1: ( ( ( rule__IrqBinding__InterruptAssignment_1 ) ) )
            // InternalAssign.g:4458:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            {
            // InternalAssign.g:4458:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            // InternalAssign.g:4459:2: ( rule__IrqBinding__InterruptAssignment_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptAssignment_1()); 
            // InternalAssign.g:4460:2: ( rule__IrqBinding__InterruptAssignment_1 )
            // InternalAssign.g:4460:3: rule__IrqBinding__InterruptAssignment_1
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
    // InternalAssign.g:4468:1: rule__IrqBinding__Group__2 : rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 ;
    public final void rule__IrqBinding__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4472:1: ( rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 )
            // InternalAssign.g:4473:2: rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3
            {
            pushFollow(FOLLOW_33);
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
    // InternalAssign.g:4480:1: rule__IrqBinding__Group__2__Impl : ( ( rule__IrqBinding__Group_2__0 )? ) ;
    public final void rule__IrqBinding__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4484:1: ( ( ( rule__IrqBinding__Group_2__0 )? ) )
            // InternalAssign.g:4485:1: ( ( rule__IrqBinding__Group_2__0 )? )
            {
            // InternalAssign.g:4485:1: ( ( rule__IrqBinding__Group_2__0 )? )
            // InternalAssign.g:4486:2: ( rule__IrqBinding__Group_2__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_2()); 
            // InternalAssign.g:4487:2: ( rule__IrqBinding__Group_2__0 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==103) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalAssign.g:4487:3: rule__IrqBinding__Group_2__0
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
    // InternalAssign.g:4495:1: rule__IrqBinding__Group__3 : rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 ;
    public final void rule__IrqBinding__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4499:1: ( rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 )
            // InternalAssign.g:4500:2: rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4
            {
            pushFollow(FOLLOW_33);
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
    // InternalAssign.g:4507:1: rule__IrqBinding__Group__3__Impl : ( ( rule__IrqBinding__Group_3__0 )? ) ;
    public final void rule__IrqBinding__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4511:1: ( ( ( rule__IrqBinding__Group_3__0 )? ) )
            // InternalAssign.g:4512:1: ( ( rule__IrqBinding__Group_3__0 )? )
            {
            // InternalAssign.g:4512:1: ( ( rule__IrqBinding__Group_3__0 )? )
            // InternalAssign.g:4513:2: ( rule__IrqBinding__Group_3__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_3()); 
            // InternalAssign.g:4514:2: ( rule__IrqBinding__Group_3__0 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==102) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalAssign.g:4514:3: rule__IrqBinding__Group_3__0
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
    // InternalAssign.g:4522:1: rule__IrqBinding__Group__4 : rule__IrqBinding__Group__4__Impl ;
    public final void rule__IrqBinding__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4526:1: ( rule__IrqBinding__Group__4__Impl )
            // InternalAssign.g:4527:2: rule__IrqBinding__Group__4__Impl
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
    // InternalAssign.g:4533:1: rule__IrqBinding__Group__4__Impl : ( ( rule__IrqBinding__ModeAssignment_4 ) ) ;
    public final void rule__IrqBinding__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4537:1: ( ( ( rule__IrqBinding__ModeAssignment_4 ) ) )
            // InternalAssign.g:4538:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            {
            // InternalAssign.g:4538:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            // InternalAssign.g:4539:2: ( rule__IrqBinding__ModeAssignment_4 )
            {
             before(grammarAccess.getIrqBindingAccess().getModeAssignment_4()); 
            // InternalAssign.g:4540:2: ( rule__IrqBinding__ModeAssignment_4 )
            // InternalAssign.g:4540:3: rule__IrqBinding__ModeAssignment_4
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
    // InternalAssign.g:4549:1: rule__IrqBinding__Group_2__0 : rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 ;
    public final void rule__IrqBinding__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4553:1: ( rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 )
            // InternalAssign.g:4554:2: rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1
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
    // InternalAssign.g:4561:1: rule__IrqBinding__Group_2__0__Impl : ( 'start' ) ;
    public final void rule__IrqBinding__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4565:1: ( ( 'start' ) )
            // InternalAssign.g:4566:1: ( 'start' )
            {
            // InternalAssign.g:4566:1: ( 'start' )
            // InternalAssign.g:4567:2: 'start'
            {
             before(grammarAccess.getIrqBindingAccess().getStartKeyword_2_0()); 
            match(input,103,FOLLOW_2); 
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
    // InternalAssign.g:4576:1: rule__IrqBinding__Group_2__1 : rule__IrqBinding__Group_2__1__Impl ;
    public final void rule__IrqBinding__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4580:1: ( rule__IrqBinding__Group_2__1__Impl )
            // InternalAssign.g:4581:2: rule__IrqBinding__Group_2__1__Impl
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
    // InternalAssign.g:4587:1: rule__IrqBinding__Group_2__1__Impl : ( ( rule__IrqBinding__StartAssignment_2_1 ) ) ;
    public final void rule__IrqBinding__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4591:1: ( ( ( rule__IrqBinding__StartAssignment_2_1 ) ) )
            // InternalAssign.g:4592:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            {
            // InternalAssign.g:4592:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            // InternalAssign.g:4593:2: ( rule__IrqBinding__StartAssignment_2_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getStartAssignment_2_1()); 
            // InternalAssign.g:4594:2: ( rule__IrqBinding__StartAssignment_2_1 )
            // InternalAssign.g:4594:3: rule__IrqBinding__StartAssignment_2_1
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
    // InternalAssign.g:4603:1: rule__IrqBinding__Group_3__0 : rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 ;
    public final void rule__IrqBinding__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4607:1: ( rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 )
            // InternalAssign.g:4608:2: rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1
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
    // InternalAssign.g:4615:1: rule__IrqBinding__Group_3__0__Impl : ( 'count' ) ;
    public final void rule__IrqBinding__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4619:1: ( ( 'count' ) )
            // InternalAssign.g:4620:1: ( 'count' )
            {
            // InternalAssign.g:4620:1: ( 'count' )
            // InternalAssign.g:4621:2: 'count'
            {
             before(grammarAccess.getIrqBindingAccess().getCountKeyword_3_0()); 
            match(input,102,FOLLOW_2); 
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
    // InternalAssign.g:4630:1: rule__IrqBinding__Group_3__1 : rule__IrqBinding__Group_3__1__Impl ;
    public final void rule__IrqBinding__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4634:1: ( rule__IrqBinding__Group_3__1__Impl )
            // InternalAssign.g:4635:2: rule__IrqBinding__Group_3__1__Impl
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
    // InternalAssign.g:4641:1: rule__IrqBinding__Group_3__1__Impl : ( ( rule__IrqBinding__CountAssignment_3_1 ) ) ;
    public final void rule__IrqBinding__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4645:1: ( ( ( rule__IrqBinding__CountAssignment_3_1 ) ) )
            // InternalAssign.g:4646:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            {
            // InternalAssign.g:4646:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            // InternalAssign.g:4647:2: ( rule__IrqBinding__CountAssignment_3_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getCountAssignment_3_1()); 
            // InternalAssign.g:4648:2: ( rule__IrqBinding__CountAssignment_3_1 )
            // InternalAssign.g:4648:3: rule__IrqBinding__CountAssignment_3_1
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
    // InternalAssign.g:4657:1: rule__DmaWindow__Group__0 : rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 ;
    public final void rule__DmaWindow__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4661:1: ( rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 )
            // InternalAssign.g:4662:2: rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1
            {
            pushFollow(FOLLOW_34);
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
    // InternalAssign.g:4669:1: rule__DmaWindow__Group__0__Impl : ( 'dma' ) ;
    public final void rule__DmaWindow__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4673:1: ( ( 'dma' ) )
            // InternalAssign.g:4674:1: ( 'dma' )
            {
            // InternalAssign.g:4674:1: ( 'dma' )
            // InternalAssign.g:4675:2: 'dma'
            {
             before(grammarAccess.getDmaWindowAccess().getDmaKeyword_0()); 
            match(input,38,FOLLOW_2); 
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
    // InternalAssign.g:4684:1: rule__DmaWindow__Group__1 : rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 ;
    public final void rule__DmaWindow__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4688:1: ( rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 )
            // InternalAssign.g:4689:2: rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2
            {
            pushFollow(FOLLOW_34);
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
    // InternalAssign.g:4696:1: rule__DmaWindow__Group__1__Impl : ( ( rule__DmaWindow__NameAssignment_1 )? ) ;
    public final void rule__DmaWindow__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4700:1: ( ( ( rule__DmaWindow__NameAssignment_1 )? ) )
            // InternalAssign.g:4701:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            {
            // InternalAssign.g:4701:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            // InternalAssign.g:4702:2: ( rule__DmaWindow__NameAssignment_1 )?
            {
             before(grammarAccess.getDmaWindowAccess().getNameAssignment_1()); 
            // InternalAssign.g:4703:2: ( rule__DmaWindow__NameAssignment_1 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_ID||(LA41_0>=14 && LA41_0<=85)) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalAssign.g:4703:3: rule__DmaWindow__NameAssignment_1
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
    // InternalAssign.g:4711:1: rule__DmaWindow__Group__2 : rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 ;
    public final void rule__DmaWindow__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4715:1: ( rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 )
            // InternalAssign.g:4716:2: rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3
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
    // InternalAssign.g:4723:1: rule__DmaWindow__Group__2__Impl : ( 'at' ) ;
    public final void rule__DmaWindow__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4727:1: ( ( 'at' ) )
            // InternalAssign.g:4728:1: ( 'at' )
            {
            // InternalAssign.g:4728:1: ( 'at' )
            // InternalAssign.g:4729:2: 'at'
            {
             before(grammarAccess.getDmaWindowAccess().getAtKeyword_2()); 
            match(input,104,FOLLOW_2); 
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
    // InternalAssign.g:4738:1: rule__DmaWindow__Group__3 : rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 ;
    public final void rule__DmaWindow__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4742:1: ( rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 )
            // InternalAssign.g:4743:2: rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4
            {
            pushFollow(FOLLOW_35);
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
    // InternalAssign.g:4750:1: rule__DmaWindow__Group__3__Impl : ( ( rule__DmaWindow__IovaAssignment_3 ) ) ;
    public final void rule__DmaWindow__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4754:1: ( ( ( rule__DmaWindow__IovaAssignment_3 ) ) )
            // InternalAssign.g:4755:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            {
            // InternalAssign.g:4755:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            // InternalAssign.g:4756:2: ( rule__DmaWindow__IovaAssignment_3 )
            {
             before(grammarAccess.getDmaWindowAccess().getIovaAssignment_3()); 
            // InternalAssign.g:4757:2: ( rule__DmaWindow__IovaAssignment_3 )
            // InternalAssign.g:4757:3: rule__DmaWindow__IovaAssignment_3
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
    // InternalAssign.g:4765:1: rule__DmaWindow__Group__4 : rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 ;
    public final void rule__DmaWindow__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4769:1: ( rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 )
            // InternalAssign.g:4770:2: rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5
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
    // InternalAssign.g:4777:1: rule__DmaWindow__Group__4__Impl : ( 'size' ) ;
    public final void rule__DmaWindow__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4781:1: ( ( 'size' ) )
            // InternalAssign.g:4782:1: ( 'size' )
            {
            // InternalAssign.g:4782:1: ( 'size' )
            // InternalAssign.g:4783:2: 'size'
            {
             before(grammarAccess.getDmaWindowAccess().getSizeKeyword_4()); 
            match(input,105,FOLLOW_2); 
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
    // InternalAssign.g:4792:1: rule__DmaWindow__Group__5 : rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 ;
    public final void rule__DmaWindow__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4796:1: ( rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 )
            // InternalAssign.g:4797:2: rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6
            {
            pushFollow(FOLLOW_36);
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
    // InternalAssign.g:4804:1: rule__DmaWindow__Group__5__Impl : ( ( rule__DmaWindow__SizeAssignment_5 ) ) ;
    public final void rule__DmaWindow__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4808:1: ( ( ( rule__DmaWindow__SizeAssignment_5 ) ) )
            // InternalAssign.g:4809:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            {
            // InternalAssign.g:4809:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            // InternalAssign.g:4810:2: ( rule__DmaWindow__SizeAssignment_5 )
            {
             before(grammarAccess.getDmaWindowAccess().getSizeAssignment_5()); 
            // InternalAssign.g:4811:2: ( rule__DmaWindow__SizeAssignment_5 )
            // InternalAssign.g:4811:3: rule__DmaWindow__SizeAssignment_5
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
    // InternalAssign.g:4819:1: rule__DmaWindow__Group__6 : rule__DmaWindow__Group__6__Impl ;
    public final void rule__DmaWindow__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4823:1: ( rule__DmaWindow__Group__6__Impl )
            // InternalAssign.g:4824:2: rule__DmaWindow__Group__6__Impl
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
    // InternalAssign.g:4830:1: rule__DmaWindow__Group__6__Impl : ( ( rule__DmaWindow__Alternatives_6 )? ) ;
    public final void rule__DmaWindow__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4834:1: ( ( ( rule__DmaWindow__Alternatives_6 )? ) )
            // InternalAssign.g:4835:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            {
            // InternalAssign.g:4835:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            // InternalAssign.g:4836:2: ( rule__DmaWindow__Alternatives_6 )?
            {
             before(grammarAccess.getDmaWindowAccess().getAlternatives_6()); 
            // InternalAssign.g:4837:2: ( rule__DmaWindow__Alternatives_6 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( ((LA42_0>=12 && LA42_0<=13)) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalAssign.g:4837:3: rule__DmaWindow__Alternatives_6
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
    // InternalAssign.g:4846:1: rule__InlineBoard__Group__0 : rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 ;
    public final void rule__InlineBoard__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4850:1: ( rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 )
            // InternalAssign.g:4851:2: rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1
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
    // InternalAssign.g:4858:1: rule__InlineBoard__Group__0__Impl : ( ( rule__InlineBoard__NameAssignment_0 ) ) ;
    public final void rule__InlineBoard__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4862:1: ( ( ( rule__InlineBoard__NameAssignment_0 ) ) )
            // InternalAssign.g:4863:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            {
            // InternalAssign.g:4863:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            // InternalAssign.g:4864:2: ( rule__InlineBoard__NameAssignment_0 )
            {
             before(grammarAccess.getInlineBoardAccess().getNameAssignment_0()); 
            // InternalAssign.g:4865:2: ( rule__InlineBoard__NameAssignment_0 )
            // InternalAssign.g:4865:3: rule__InlineBoard__NameAssignment_0
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
    // InternalAssign.g:4873:1: rule__InlineBoard__Group__1 : rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 ;
    public final void rule__InlineBoard__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4877:1: ( rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 )
            // InternalAssign.g:4878:2: rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2
            {
            pushFollow(FOLLOW_37);
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
    // InternalAssign.g:4885:1: rule__InlineBoard__Group__1__Impl : ( '{' ) ;
    public final void rule__InlineBoard__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4889:1: ( ( '{' ) )
            // InternalAssign.g:4890:1: ( '{' )
            {
            // InternalAssign.g:4890:1: ( '{' )
            // InternalAssign.g:4891:2: '{'
            {
             before(grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:4900:1: rule__InlineBoard__Group__2 : rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 ;
    public final void rule__InlineBoard__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4904:1: ( rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 )
            // InternalAssign.g:4905:2: rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3
            {
            pushFollow(FOLLOW_38);
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
    // InternalAssign.g:4912:1: rule__InlineBoard__Group__2__Impl : ( ( rule__InlineBoard__UnorderedGroup_2 ) ) ;
    public final void rule__InlineBoard__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4916:1: ( ( ( rule__InlineBoard__UnorderedGroup_2 ) ) )
            // InternalAssign.g:4917:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            {
            // InternalAssign.g:4917:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            // InternalAssign.g:4918:2: ( rule__InlineBoard__UnorderedGroup_2 )
            {
             before(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2()); 
            // InternalAssign.g:4919:2: ( rule__InlineBoard__UnorderedGroup_2 )
            // InternalAssign.g:4919:3: rule__InlineBoard__UnorderedGroup_2
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
    // InternalAssign.g:4927:1: rule__InlineBoard__Group__3 : rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 ;
    public final void rule__InlineBoard__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4931:1: ( rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 )
            // InternalAssign.g:4932:2: rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4
            {
            pushFollow(FOLLOW_38);
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
    // InternalAssign.g:4939:1: rule__InlineBoard__Group__3__Impl : ( ( rule__InlineBoard__Alternatives_3 )* ) ;
    public final void rule__InlineBoard__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4943:1: ( ( ( rule__InlineBoard__Alternatives_3 )* ) )
            // InternalAssign.g:4944:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            {
            // InternalAssign.g:4944:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            // InternalAssign.g:4945:2: ( rule__InlineBoard__Alternatives_3 )*
            {
             before(grammarAccess.getInlineBoardAccess().getAlternatives_3()); 
            // InternalAssign.g:4946:2: ( rule__InlineBoard__Alternatives_3 )*
            loop43:
            do {
                int alt43=2;
                int LA43_0 = input.LA(1);

                if ( ((LA43_0>=55 && LA43_0<=56)||LA43_0==90) ) {
                    alt43=1;
                }


                switch (alt43) {
            	case 1 :
            	    // InternalAssign.g:4946:3: rule__InlineBoard__Alternatives_3
            	    {
            	    pushFollow(FOLLOW_39);
            	    rule__InlineBoard__Alternatives_3();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop43;
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
    // InternalAssign.g:4954:1: rule__InlineBoard__Group__4 : rule__InlineBoard__Group__4__Impl ;
    public final void rule__InlineBoard__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4958:1: ( rule__InlineBoard__Group__4__Impl )
            // InternalAssign.g:4959:2: rule__InlineBoard__Group__4__Impl
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
    // InternalAssign.g:4965:1: rule__InlineBoard__Group__4__Impl : ( '}' ) ;
    public final void rule__InlineBoard__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4969:1: ( ( '}' ) )
            // InternalAssign.g:4970:1: ( '}' )
            {
            // InternalAssign.g:4970:1: ( '}' )
            // InternalAssign.g:4971:2: '}'
            {
             before(grammarAccess.getInlineBoardAccess().getRightCurlyBracketKeyword_4()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:4981:1: rule__InlineBoard__Group_2_0__0 : rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 ;
    public final void rule__InlineBoard__Group_2_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4985:1: ( rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 )
            // InternalAssign.g:4986:2: rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1
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
    // InternalAssign.g:4993:1: rule__InlineBoard__Group_2_0__0__Impl : ( 'arch' ) ;
    public final void rule__InlineBoard__Group_2_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4997:1: ( ( 'arch' ) )
            // InternalAssign.g:4998:1: ( 'arch' )
            {
            // InternalAssign.g:4998:1: ( 'arch' )
            // InternalAssign.g:4999:2: 'arch'
            {
             before(grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0()); 
            match(input,47,FOLLOW_2); 
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
    // InternalAssign.g:5008:1: rule__InlineBoard__Group_2_0__1 : rule__InlineBoard__Group_2_0__1__Impl ;
    public final void rule__InlineBoard__Group_2_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5012:1: ( rule__InlineBoard__Group_2_0__1__Impl )
            // InternalAssign.g:5013:2: rule__InlineBoard__Group_2_0__1__Impl
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
    // InternalAssign.g:5019:1: rule__InlineBoard__Group_2_0__1__Impl : ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) ;
    public final void rule__InlineBoard__Group_2_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5023:1: ( ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) )
            // InternalAssign.g:5024:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            {
            // InternalAssign.g:5024:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            // InternalAssign.g:5025:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getArchitectureAssignment_2_0_1()); 
            // InternalAssign.g:5026:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            // InternalAssign.g:5026:3: rule__InlineBoard__ArchitectureAssignment_2_0_1
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
    // InternalAssign.g:5035:1: rule__InlineBoard__Group_2_1__0 : rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 ;
    public final void rule__InlineBoard__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5039:1: ( rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 )
            // InternalAssign.g:5040:2: rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1
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
    // InternalAssign.g:5047:1: rule__InlineBoard__Group_2_1__0__Impl : ( 'page' ) ;
    public final void rule__InlineBoard__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5051:1: ( ( 'page' ) )
            // InternalAssign.g:5052:1: ( 'page' )
            {
            // InternalAssign.g:5052:1: ( 'page' )
            // InternalAssign.g:5053:2: 'page'
            {
             before(grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0()); 
            match(input,48,FOLLOW_2); 
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
    // InternalAssign.g:5062:1: rule__InlineBoard__Group_2_1__1 : rule__InlineBoard__Group_2_1__1__Impl ;
    public final void rule__InlineBoard__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5066:1: ( rule__InlineBoard__Group_2_1__1__Impl )
            // InternalAssign.g:5067:2: rule__InlineBoard__Group_2_1__1__Impl
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
    // InternalAssign.g:5073:1: rule__InlineBoard__Group_2_1__1__Impl : ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) ;
    public final void rule__InlineBoard__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5077:1: ( ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) )
            // InternalAssign.g:5078:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            {
            // InternalAssign.g:5078:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            // InternalAssign.g:5079:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getPageSizeAssignment_2_1_1()); 
            // InternalAssign.g:5080:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            // InternalAssign.g:5080:3: rule__InlineBoard__PageSizeAssignment_2_1_1
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
    // InternalAssign.g:5089:1: rule__InlineBoard__Group_2_2__0 : rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 ;
    public final void rule__InlineBoard__Group_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5093:1: ( rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 )
            // InternalAssign.g:5094:2: rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1
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
    // InternalAssign.g:5101:1: rule__InlineBoard__Group_2_2__0__Impl : ( 'kernel' ) ;
    public final void rule__InlineBoard__Group_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5105:1: ( ( 'kernel' ) )
            // InternalAssign.g:5106:1: ( 'kernel' )
            {
            // InternalAssign.g:5106:1: ( 'kernel' )
            // InternalAssign.g:5107:2: 'kernel'
            {
             before(grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0()); 
            match(input,49,FOLLOW_2); 
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
    // InternalAssign.g:5116:1: rule__InlineBoard__Group_2_2__1 : rule__InlineBoard__Group_2_2__1__Impl ;
    public final void rule__InlineBoard__Group_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5120:1: ( rule__InlineBoard__Group_2_2__1__Impl )
            // InternalAssign.g:5121:2: rule__InlineBoard__Group_2_2__1__Impl
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
    // InternalAssign.g:5127:1: rule__InlineBoard__Group_2_2__1__Impl : ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) ;
    public final void rule__InlineBoard__Group_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5131:1: ( ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) )
            // InternalAssign.g:5132:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            {
            // InternalAssign.g:5132:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            // InternalAssign.g:5133:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelVersionAssignment_2_2_1()); 
            // InternalAssign.g:5134:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            // InternalAssign.g:5134:3: rule__InlineBoard__KernelVersionAssignment_2_2_1
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
    // InternalAssign.g:5143:1: rule__InlineBoard__Group_2_3__0 : rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 ;
    public final void rule__InlineBoard__Group_2_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5147:1: ( rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 )
            // InternalAssign.g:5148:2: rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1
            {
            pushFollow(FOLLOW_40);
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
    // InternalAssign.g:5155:1: rule__InlineBoard__Group_2_3__0__Impl : ( 'capabilities' ) ;
    public final void rule__InlineBoard__Group_2_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5159:1: ( ( 'capabilities' ) )
            // InternalAssign.g:5160:1: ( 'capabilities' )
            {
            // InternalAssign.g:5160:1: ( 'capabilities' )
            // InternalAssign.g:5161:2: 'capabilities'
            {
             before(grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0()); 
            match(input,50,FOLLOW_2); 
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
    // InternalAssign.g:5170:1: rule__InlineBoard__Group_2_3__1 : rule__InlineBoard__Group_2_3__1__Impl ;
    public final void rule__InlineBoard__Group_2_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5174:1: ( rule__InlineBoard__Group_2_3__1__Impl )
            // InternalAssign.g:5175:2: rule__InlineBoard__Group_2_3__1__Impl
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
    // InternalAssign.g:5181:1: rule__InlineBoard__Group_2_3__1__Impl : ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) ;
    public final void rule__InlineBoard__Group_2_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5185:1: ( ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) )
            // InternalAssign.g:5186:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            {
            // InternalAssign.g:5186:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            // InternalAssign.g:5187:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            {
            // InternalAssign.g:5187:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) )
            // InternalAssign.g:5188:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:5189:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            // InternalAssign.g:5189:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            {
            pushFollow(FOLLOW_41);
            rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 

            }

            // InternalAssign.g:5192:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            // InternalAssign.g:5193:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:5194:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( ((LA44_0>=40 && LA44_0<=42)||(LA44_0>=51 && LA44_0<=54)) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalAssign.g:5194:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop44;
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
    // InternalAssign.g:5204:1: rule__PciDevice__Group__0 : rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 ;
    public final void rule__PciDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5208:1: ( rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 )
            // InternalAssign.g:5209:2: rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1
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
    // InternalAssign.g:5216:1: rule__PciDevice__Group__0__Impl : ( 'pci' ) ;
    public final void rule__PciDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5220:1: ( ( 'pci' ) )
            // InternalAssign.g:5221:1: ( 'pci' )
            {
            // InternalAssign.g:5221:1: ( 'pci' )
            // InternalAssign.g:5222:2: 'pci'
            {
             before(grammarAccess.getPciDeviceAccess().getPciKeyword_0()); 
            match(input,55,FOLLOW_2); 
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
    // InternalAssign.g:5231:1: rule__PciDevice__Group__1 : rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 ;
    public final void rule__PciDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5235:1: ( rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 )
            // InternalAssign.g:5236:2: rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2
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
    // InternalAssign.g:5243:1: rule__PciDevice__Group__1__Impl : ( ( rule__PciDevice__NameAssignment_1 ) ) ;
    public final void rule__PciDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5247:1: ( ( ( rule__PciDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:5248:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:5248:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            // InternalAssign.g:5249:2: ( rule__PciDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:5250:2: ( rule__PciDevice__NameAssignment_1 )
            // InternalAssign.g:5250:3: rule__PciDevice__NameAssignment_1
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
    // InternalAssign.g:5258:1: rule__PciDevice__Group__2 : rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 ;
    public final void rule__PciDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5262:1: ( rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 )
            // InternalAssign.g:5263:2: rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3
            {
            pushFollow(FOLLOW_42);
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
    // InternalAssign.g:5270:1: rule__PciDevice__Group__2__Impl : ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PciDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5274:1: ( ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:5275:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:5275:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:5276:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPciDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:5277:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:5277:3: rule__PciDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:5285:1: rule__PciDevice__Group__3 : rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 ;
    public final void rule__PciDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5289:1: ( rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 )
            // InternalAssign.g:5290:2: rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4
            {
            pushFollow(FOLLOW_43);
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
    // InternalAssign.g:5297:1: rule__PciDevice__Group__3__Impl : ( ( rule__PciDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PciDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5301:1: ( ( ( rule__PciDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:5302:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:5302:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:5303:2: ( rule__PciDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:5304:2: ( rule__PciDevice__UnorderedGroup_3 )
            // InternalAssign.g:5304:3: rule__PciDevice__UnorderedGroup_3
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
    // InternalAssign.g:5312:1: rule__PciDevice__Group__4 : rule__PciDevice__Group__4__Impl ;
    public final void rule__PciDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5316:1: ( rule__PciDevice__Group__4__Impl )
            // InternalAssign.g:5317:2: rule__PciDevice__Group__4__Impl
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
    // InternalAssign.g:5323:1: rule__PciDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PciDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5327:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:5328:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:5328:1: ( ruleDeviceFacts )
            // InternalAssign.g:5329:2: ruleDeviceFacts
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
    // InternalAssign.g:5339:1: rule__PciDevice__Group_3_0__0 : rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 ;
    public final void rule__PciDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5343:1: ( rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 )
            // InternalAssign.g:5344:2: rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1
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
    // InternalAssign.g:5351:1: rule__PciDevice__Group_3_0__0__Impl : ( 'vendor' ) ;
    public final void rule__PciDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5355:1: ( ( 'vendor' ) )
            // InternalAssign.g:5356:1: ( 'vendor' )
            {
            // InternalAssign.g:5356:1: ( 'vendor' )
            // InternalAssign.g:5357:2: 'vendor'
            {
             before(grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0()); 
            match(input,57,FOLLOW_2); 
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
    // InternalAssign.g:5366:1: rule__PciDevice__Group_3_0__1 : rule__PciDevice__Group_3_0__1__Impl ;
    public final void rule__PciDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5370:1: ( rule__PciDevice__Group_3_0__1__Impl )
            // InternalAssign.g:5371:2: rule__PciDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:5377:1: rule__PciDevice__Group_3_0__1__Impl : ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) ;
    public final void rule__PciDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5381:1: ( ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) )
            // InternalAssign.g:5382:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            {
            // InternalAssign.g:5382:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            // InternalAssign.g:5383:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getVendorIdAssignment_3_0_1()); 
            // InternalAssign.g:5384:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            // InternalAssign.g:5384:3: rule__PciDevice__VendorIdAssignment_3_0_1
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
    // InternalAssign.g:5393:1: rule__PciDevice__Group_3_1__0 : rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 ;
    public final void rule__PciDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5397:1: ( rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 )
            // InternalAssign.g:5398:2: rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1
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
    // InternalAssign.g:5405:1: rule__PciDevice__Group_3_1__0__Impl : ( 'device' ) ;
    public final void rule__PciDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5409:1: ( ( 'device' ) )
            // InternalAssign.g:5410:1: ( 'device' )
            {
            // InternalAssign.g:5410:1: ( 'device' )
            // InternalAssign.g:5411:2: 'device'
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0()); 
            match(input,58,FOLLOW_2); 
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
    // InternalAssign.g:5420:1: rule__PciDevice__Group_3_1__1 : rule__PciDevice__Group_3_1__1__Impl ;
    public final void rule__PciDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5424:1: ( rule__PciDevice__Group_3_1__1__Impl )
            // InternalAssign.g:5425:2: rule__PciDevice__Group_3_1__1__Impl
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
    // InternalAssign.g:5431:1: rule__PciDevice__Group_3_1__1__Impl : ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) ;
    public final void rule__PciDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5435:1: ( ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) )
            // InternalAssign.g:5436:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5436:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            // InternalAssign.g:5437:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceIdAssignment_3_1_1()); 
            // InternalAssign.g:5438:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            // InternalAssign.g:5438:3: rule__PciDevice__DeviceIdAssignment_3_1_1
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
    // InternalAssign.g:5447:1: rule__PciDevice__Group_3_2__0 : rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 ;
    public final void rule__PciDevice__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5451:1: ( rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 )
            // InternalAssign.g:5452:2: rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1
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
    // InternalAssign.g:5459:1: rule__PciDevice__Group_3_2__0__Impl : ( 'class' ) ;
    public final void rule__PciDevice__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5463:1: ( ( 'class' ) )
            // InternalAssign.g:5464:1: ( 'class' )
            {
            // InternalAssign.g:5464:1: ( 'class' )
            // InternalAssign.g:5465:2: 'class'
            {
             before(grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0()); 
            match(input,59,FOLLOW_2); 
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
    // InternalAssign.g:5474:1: rule__PciDevice__Group_3_2__1 : rule__PciDevice__Group_3_2__1__Impl ;
    public final void rule__PciDevice__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5478:1: ( rule__PciDevice__Group_3_2__1__Impl )
            // InternalAssign.g:5479:2: rule__PciDevice__Group_3_2__1__Impl
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
    // InternalAssign.g:5485:1: rule__PciDevice__Group_3_2__1__Impl : ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) ;
    public final void rule__PciDevice__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5489:1: ( ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) )
            // InternalAssign.g:5490:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            {
            // InternalAssign.g:5490:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            // InternalAssign.g:5491:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getClassCodeAssignment_3_2_1()); 
            // InternalAssign.g:5492:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            // InternalAssign.g:5492:3: rule__PciDevice__ClassCodeAssignment_3_2_1
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
    // InternalAssign.g:5501:1: rule__PlatformDevice__Group__0 : rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 ;
    public final void rule__PlatformDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5505:1: ( rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 )
            // InternalAssign.g:5506:2: rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1
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
    // InternalAssign.g:5513:1: rule__PlatformDevice__Group__0__Impl : ( 'platform' ) ;
    public final void rule__PlatformDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5517:1: ( ( 'platform' ) )
            // InternalAssign.g:5518:1: ( 'platform' )
            {
            // InternalAssign.g:5518:1: ( 'platform' )
            // InternalAssign.g:5519:2: 'platform'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0()); 
            match(input,56,FOLLOW_2); 
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
    // InternalAssign.g:5528:1: rule__PlatformDevice__Group__1 : rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 ;
    public final void rule__PlatformDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5532:1: ( rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 )
            // InternalAssign.g:5533:2: rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2
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
    // InternalAssign.g:5540:1: rule__PlatformDevice__Group__1__Impl : ( ( rule__PlatformDevice__NameAssignment_1 ) ) ;
    public final void rule__PlatformDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5544:1: ( ( ( rule__PlatformDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:5545:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:5545:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            // InternalAssign.g:5546:2: ( rule__PlatformDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:5547:2: ( rule__PlatformDevice__NameAssignment_1 )
            // InternalAssign.g:5547:3: rule__PlatformDevice__NameAssignment_1
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
    // InternalAssign.g:5555:1: rule__PlatformDevice__Group__2 : rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 ;
    public final void rule__PlatformDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5559:1: ( rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 )
            // InternalAssign.g:5560:2: rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3
            {
            pushFollow(FOLLOW_44);
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
    // InternalAssign.g:5567:1: rule__PlatformDevice__Group__2__Impl : ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PlatformDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5571:1: ( ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:5572:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:5572:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:5573:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:5574:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:5574:3: rule__PlatformDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:5582:1: rule__PlatformDevice__Group__3 : rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 ;
    public final void rule__PlatformDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5586:1: ( rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 )
            // InternalAssign.g:5587:2: rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4
            {
            pushFollow(FOLLOW_43);
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
    // InternalAssign.g:5594:1: rule__PlatformDevice__Group__3__Impl : ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PlatformDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5598:1: ( ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:5599:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:5599:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:5600:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:5601:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            // InternalAssign.g:5601:3: rule__PlatformDevice__UnorderedGroup_3
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
    // InternalAssign.g:5609:1: rule__PlatformDevice__Group__4 : rule__PlatformDevice__Group__4__Impl ;
    public final void rule__PlatformDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5613:1: ( rule__PlatformDevice__Group__4__Impl )
            // InternalAssign.g:5614:2: rule__PlatformDevice__Group__4__Impl
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
    // InternalAssign.g:5620:1: rule__PlatformDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PlatformDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5624:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:5625:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:5625:1: ( ruleDeviceFacts )
            // InternalAssign.g:5626:2: ruleDeviceFacts
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
    // InternalAssign.g:5636:1: rule__PlatformDevice__Group_3_0__0 : rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 ;
    public final void rule__PlatformDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5640:1: ( rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 )
            // InternalAssign.g:5641:2: rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1
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
    // InternalAssign.g:5648:1: rule__PlatformDevice__Group_3_0__0__Impl : ( 'path' ) ;
    public final void rule__PlatformDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5652:1: ( ( 'path' ) )
            // InternalAssign.g:5653:1: ( 'path' )
            {
            // InternalAssign.g:5653:1: ( 'path' )
            // InternalAssign.g:5654:2: 'path'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0()); 
            match(input,61,FOLLOW_2); 
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
    // InternalAssign.g:5663:1: rule__PlatformDevice__Group_3_0__1 : rule__PlatformDevice__Group_3_0__1__Impl ;
    public final void rule__PlatformDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5667:1: ( rule__PlatformDevice__Group_3_0__1__Impl )
            // InternalAssign.g:5668:2: rule__PlatformDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:5674:1: rule__PlatformDevice__Group_3_0__1__Impl : ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5678:1: ( ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) )
            // InternalAssign.g:5679:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            {
            // InternalAssign.g:5679:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            // InternalAssign.g:5680:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getDtPathAssignment_3_0_1()); 
            // InternalAssign.g:5681:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            // InternalAssign.g:5681:3: rule__PlatformDevice__DtPathAssignment_3_0_1
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
    // InternalAssign.g:5690:1: rule__PlatformDevice__Group_3_1__0 : rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 ;
    public final void rule__PlatformDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5694:1: ( rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 )
            // InternalAssign.g:5695:2: rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1
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
    // InternalAssign.g:5702:1: rule__PlatformDevice__Group_3_1__0__Impl : ( 'compatible' ) ;
    public final void rule__PlatformDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5706:1: ( ( 'compatible' ) )
            // InternalAssign.g:5707:1: ( 'compatible' )
            {
            // InternalAssign.g:5707:1: ( 'compatible' )
            // InternalAssign.g:5708:2: 'compatible'
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0()); 
            match(input,62,FOLLOW_2); 
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
    // InternalAssign.g:5717:1: rule__PlatformDevice__Group_3_1__1 : rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 ;
    public final void rule__PlatformDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5721:1: ( rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 )
            // InternalAssign.g:5722:2: rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2
            {
            pushFollow(FOLLOW_45);
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
    // InternalAssign.g:5729:1: rule__PlatformDevice__Group_3_1__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5733:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) )
            // InternalAssign.g:5734:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5734:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            // InternalAssign.g:5735:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_1()); 
            // InternalAssign.g:5736:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            // InternalAssign.g:5736:3: rule__PlatformDevice__CompatibleAssignment_3_1_1
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
    // InternalAssign.g:5744:1: rule__PlatformDevice__Group_3_1__2 : rule__PlatformDevice__Group_3_1__2__Impl ;
    public final void rule__PlatformDevice__Group_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5748:1: ( rule__PlatformDevice__Group_3_1__2__Impl )
            // InternalAssign.g:5749:2: rule__PlatformDevice__Group_3_1__2__Impl
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
    // InternalAssign.g:5755:1: rule__PlatformDevice__Group_3_1__2__Impl : ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) ;
    public final void rule__PlatformDevice__Group_3_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5759:1: ( ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) )
            // InternalAssign.g:5760:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            {
            // InternalAssign.g:5760:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            // InternalAssign.g:5761:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            {
             before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1_2()); 
            // InternalAssign.g:5762:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            loop45:
            do {
                int alt45=2;
                int LA45_0 = input.LA(1);

                if ( (LA45_0==106) ) {
                    alt45=1;
                }


                switch (alt45) {
            	case 1 :
            	    // InternalAssign.g:5762:3: rule__PlatformDevice__Group_3_1_2__0
            	    {
            	    pushFollow(FOLLOW_46);
            	    rule__PlatformDevice__Group_3_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop45;
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
    // InternalAssign.g:5771:1: rule__PlatformDevice__Group_3_1_2__0 : rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 ;
    public final void rule__PlatformDevice__Group_3_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5775:1: ( rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 )
            // InternalAssign.g:5776:2: rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1
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
    // InternalAssign.g:5783:1: rule__PlatformDevice__Group_3_1_2__0__Impl : ( ',' ) ;
    public final void rule__PlatformDevice__Group_3_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5787:1: ( ( ',' ) )
            // InternalAssign.g:5788:1: ( ',' )
            {
            // InternalAssign.g:5788:1: ( ',' )
            // InternalAssign.g:5789:2: ','
            {
             before(grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0()); 
            match(input,106,FOLLOW_2); 
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
    // InternalAssign.g:5798:1: rule__PlatformDevice__Group_3_1_2__1 : rule__PlatformDevice__Group_3_1_2__1__Impl ;
    public final void rule__PlatformDevice__Group_3_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5802:1: ( rule__PlatformDevice__Group_3_1_2__1__Impl )
            // InternalAssign.g:5803:2: rule__PlatformDevice__Group_3_1_2__1__Impl
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
    // InternalAssign.g:5809:1: rule__PlatformDevice__Group_3_1_2__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5813:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) )
            // InternalAssign.g:5814:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            {
            // InternalAssign.g:5814:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            // InternalAssign.g:5815:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_2_1()); 
            // InternalAssign.g:5816:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            // InternalAssign.g:5816:3: rule__PlatformDevice__CompatibleAssignment_3_1_2_1
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
    // InternalAssign.g:5825:1: rule__DeviceFacts__Group__0 : rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 ;
    public final void rule__DeviceFacts__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5829:1: ( rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 )
            // InternalAssign.g:5830:2: rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1
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
    // InternalAssign.g:5837:1: rule__DeviceFacts__Group__0__Impl : ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) ;
    public final void rule__DeviceFacts__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5841:1: ( ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) )
            // InternalAssign.g:5842:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            {
            // InternalAssign.g:5842:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            // InternalAssign.g:5843:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0()); 
            // InternalAssign.g:5844:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            // InternalAssign.g:5844:3: rule__DeviceFacts__UnorderedGroup_0
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
    // InternalAssign.g:5852:1: rule__DeviceFacts__Group__1 : rule__DeviceFacts__Group__1__Impl ;
    public final void rule__DeviceFacts__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5856:1: ( rule__DeviceFacts__Group__1__Impl )
            // InternalAssign.g:5857:2: rule__DeviceFacts__Group__1__Impl
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
    // InternalAssign.g:5863:1: rule__DeviceFacts__Group__1__Impl : ( ( rule__DeviceFacts__Group_1__0 )? ) ;
    public final void rule__DeviceFacts__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5867:1: ( ( ( rule__DeviceFacts__Group_1__0 )? ) )
            // InternalAssign.g:5868:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            {
            // InternalAssign.g:5868:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            // InternalAssign.g:5869:2: ( rule__DeviceFacts__Group_1__0 )?
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_1()); 
            // InternalAssign.g:5870:2: ( rule__DeviceFacts__Group_1__0 )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==95) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalAssign.g:5870:3: rule__DeviceFacts__Group_1__0
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
    // InternalAssign.g:5879:1: rule__DeviceFacts__Group_0_0__0 : rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 ;
    public final void rule__DeviceFacts__Group_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5883:1: ( rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 )
            // InternalAssign.g:5884:2: rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1
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
    // InternalAssign.g:5891:1: rule__DeviceFacts__Group_0_0__0__Impl : ( 'driver' ) ;
    public final void rule__DeviceFacts__Group_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5895:1: ( ( 'driver' ) )
            // InternalAssign.g:5896:1: ( 'driver' )
            {
            // InternalAssign.g:5896:1: ( 'driver' )
            // InternalAssign.g:5897:2: 'driver'
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverKeyword_0_0_0()); 
            match(input,31,FOLLOW_2); 
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
    // InternalAssign.g:5906:1: rule__DeviceFacts__Group_0_0__1 : rule__DeviceFacts__Group_0_0__1__Impl ;
    public final void rule__DeviceFacts__Group_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5910:1: ( rule__DeviceFacts__Group_0_0__1__Impl )
            // InternalAssign.g:5911:2: rule__DeviceFacts__Group_0_0__1__Impl
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
    // InternalAssign.g:5917:1: rule__DeviceFacts__Group_0_0__1__Impl : ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5921:1: ( ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) )
            // InternalAssign.g:5922:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            {
            // InternalAssign.g:5922:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            // InternalAssign.g:5923:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAssignment_0_0_1()); 
            // InternalAssign.g:5924:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            // InternalAssign.g:5924:3: rule__DeviceFacts__DriverAssignment_0_0_1
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
    // InternalAssign.g:5933:1: rule__DeviceFacts__Group_0_1__0 : rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 ;
    public final void rule__DeviceFacts__Group_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5937:1: ( rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 )
            // InternalAssign.g:5938:2: rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1
            {
            pushFollow(FOLLOW_47);
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
    // InternalAssign.g:5945:1: rule__DeviceFacts__Group_0_1__0__Impl : ( 'protected' ) ;
    public final void rule__DeviceFacts__Group_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5949:1: ( ( 'protected' ) )
            // InternalAssign.g:5950:1: ( 'protected' )
            {
            // InternalAssign.g:5950:1: ( 'protected' )
            // InternalAssign.g:5951:2: 'protected'
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0()); 
            match(input,63,FOLLOW_2); 
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
    // InternalAssign.g:5960:1: rule__DeviceFacts__Group_0_1__1 : rule__DeviceFacts__Group_0_1__1__Impl ;
    public final void rule__DeviceFacts__Group_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5964:1: ( rule__DeviceFacts__Group_0_1__1__Impl )
            // InternalAssign.g:5965:2: rule__DeviceFacts__Group_0_1__1__Impl
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
    // InternalAssign.g:5971:1: rule__DeviceFacts__Group_0_1__1__Impl : ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5975:1: ( ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) )
            // InternalAssign.g:5976:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            {
            // InternalAssign.g:5976:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            // InternalAssign.g:5977:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectionAssignment_0_1_1()); 
            // InternalAssign.g:5978:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            // InternalAssign.g:5978:3: rule__DeviceFacts__ProtectionAssignment_0_1_1
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
    // InternalAssign.g:5987:1: rule__DeviceFacts__Group_0_2__0 : rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 ;
    public final void rule__DeviceFacts__Group_0_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5991:1: ( rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 )
            // InternalAssign.g:5992:2: rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1
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
    // InternalAssign.g:5999:1: rule__DeviceFacts__Group_0_2__0__Impl : ( 'reset' ) ;
    public final void rule__DeviceFacts__Group_0_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6003:1: ( ( 'reset' ) )
            // InternalAssign.g:6004:1: ( 'reset' )
            {
            // InternalAssign.g:6004:1: ( 'reset' )
            // InternalAssign.g:6005:2: 'reset'
            {
             before(grammarAccess.getDeviceFactsAccess().getResetKeyword_0_2_0()); 
            match(input,33,FOLLOW_2); 
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
    // InternalAssign.g:6014:1: rule__DeviceFacts__Group_0_2__1 : rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 ;
    public final void rule__DeviceFacts__Group_0_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6018:1: ( rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 )
            // InternalAssign.g:6019:2: rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2
            {
            pushFollow(FOLLOW_45);
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
    // InternalAssign.g:6026:1: rule__DeviceFacts__Group_0_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6030:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) )
            // InternalAssign.g:6031:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            {
            // InternalAssign.g:6031:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            // InternalAssign.g:6032:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_1()); 
            // InternalAssign.g:6033:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            // InternalAssign.g:6033:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_1
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
    // InternalAssign.g:6041:1: rule__DeviceFacts__Group_0_2__2 : rule__DeviceFacts__Group_0_2__2__Impl ;
    public final void rule__DeviceFacts__Group_0_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6045:1: ( rule__DeviceFacts__Group_0_2__2__Impl )
            // InternalAssign.g:6046:2: rule__DeviceFacts__Group_0_2__2__Impl
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
    // InternalAssign.g:6052:1: rule__DeviceFacts__Group_0_2__2__Impl : ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) ;
    public final void rule__DeviceFacts__Group_0_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6056:1: ( ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) )
            // InternalAssign.g:6057:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            {
            // InternalAssign.g:6057:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            // InternalAssign.g:6058:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_0_2_2()); 
            // InternalAssign.g:6059:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==106) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalAssign.g:6059:3: rule__DeviceFacts__Group_0_2_2__0
            	    {
            	    pushFollow(FOLLOW_46);
            	    rule__DeviceFacts__Group_0_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop47;
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
    // InternalAssign.g:6068:1: rule__DeviceFacts__Group_0_2_2__0 : rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 ;
    public final void rule__DeviceFacts__Group_0_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6072:1: ( rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 )
            // InternalAssign.g:6073:2: rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1
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
    // InternalAssign.g:6080:1: rule__DeviceFacts__Group_0_2_2__0__Impl : ( ',' ) ;
    public final void rule__DeviceFacts__Group_0_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6084:1: ( ( ',' ) )
            // InternalAssign.g:6085:1: ( ',' )
            {
            // InternalAssign.g:6085:1: ( ',' )
            // InternalAssign.g:6086:2: ','
            {
             before(grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0()); 
            match(input,106,FOLLOW_2); 
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
    // InternalAssign.g:6095:1: rule__DeviceFacts__Group_0_2_2__1 : rule__DeviceFacts__Group_0_2_2__1__Impl ;
    public final void rule__DeviceFacts__Group_0_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6099:1: ( rule__DeviceFacts__Group_0_2_2__1__Impl )
            // InternalAssign.g:6100:2: rule__DeviceFacts__Group_0_2_2__1__Impl
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
    // InternalAssign.g:6106:1: rule__DeviceFacts__Group_0_2_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6110:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) )
            // InternalAssign.g:6111:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            {
            // InternalAssign.g:6111:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            // InternalAssign.g:6112:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_2_1()); 
            // InternalAssign.g:6113:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            // InternalAssign.g:6113:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1
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
    // InternalAssign.g:6122:1: rule__DeviceFacts__Group_0_3__0 : rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 ;
    public final void rule__DeviceFacts__Group_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6126:1: ( rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 )
            // InternalAssign.g:6127:2: rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1
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
    // InternalAssign.g:6134:1: rule__DeviceFacts__Group_0_3__0__Impl : ( 'dma-mask' ) ;
    public final void rule__DeviceFacts__Group_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6138:1: ( ( 'dma-mask' ) )
            // InternalAssign.g:6139:1: ( 'dma-mask' )
            {
            // InternalAssign.g:6139:1: ( 'dma-mask' )
            // InternalAssign.g:6140:2: 'dma-mask'
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskKeyword_0_3_0()); 
            match(input,64,FOLLOW_2); 
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
    // InternalAssign.g:6149:1: rule__DeviceFacts__Group_0_3__1 : rule__DeviceFacts__Group_0_3__1__Impl ;
    public final void rule__DeviceFacts__Group_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6153:1: ( rule__DeviceFacts__Group_0_3__1__Impl )
            // InternalAssign.g:6154:2: rule__DeviceFacts__Group_0_3__1__Impl
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
    // InternalAssign.g:6160:1: rule__DeviceFacts__Group_0_3__1__Impl : ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6164:1: ( ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) )
            // InternalAssign.g:6165:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            {
            // InternalAssign.g:6165:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            // InternalAssign.g:6166:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskBitsAssignment_0_3_1()); 
            // InternalAssign.g:6167:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            // InternalAssign.g:6167:3: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1
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
    // InternalAssign.g:6176:1: rule__DeviceFacts__Group_1__0 : rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 ;
    public final void rule__DeviceFacts__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6180:1: ( rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 )
            // InternalAssign.g:6181:2: rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1
            {
            pushFollow(FOLLOW_48);
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
    // InternalAssign.g:6188:1: rule__DeviceFacts__Group_1__0__Impl : ( '{' ) ;
    public final void rule__DeviceFacts__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6192:1: ( ( '{' ) )
            // InternalAssign.g:6193:1: ( '{' )
            {
            // InternalAssign.g:6193:1: ( '{' )
            // InternalAssign.g:6194:2: '{'
            {
             before(grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:6203:1: rule__DeviceFacts__Group_1__1 : rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 ;
    public final void rule__DeviceFacts__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6207:1: ( rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 )
            // InternalAssign.g:6208:2: rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2
            {
            pushFollow(FOLLOW_48);
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
    // InternalAssign.g:6215:1: rule__DeviceFacts__Group_1__1__Impl : ( ( rule__DeviceFacts__Alternatives_1_1 )* ) ;
    public final void rule__DeviceFacts__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6219:1: ( ( ( rule__DeviceFacts__Alternatives_1_1 )* ) )
            // InternalAssign.g:6220:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            {
            // InternalAssign.g:6220:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            // InternalAssign.g:6221:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getAlternatives_1_1()); 
            // InternalAssign.g:6222:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            loop48:
            do {
                int alt48=2;
                int LA48_0 = input.LA(1);

                if ( (LA48_0==37||LA48_0==71) ) {
                    alt48=1;
                }


                switch (alt48) {
            	case 1 :
            	    // InternalAssign.g:6222:3: rule__DeviceFacts__Alternatives_1_1
            	    {
            	    pushFollow(FOLLOW_49);
            	    rule__DeviceFacts__Alternatives_1_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop48;
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
    // InternalAssign.g:6230:1: rule__DeviceFacts__Group_1__2 : rule__DeviceFacts__Group_1__2__Impl ;
    public final void rule__DeviceFacts__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6234:1: ( rule__DeviceFacts__Group_1__2__Impl )
            // InternalAssign.g:6235:2: rule__DeviceFacts__Group_1__2__Impl
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
    // InternalAssign.g:6241:1: rule__DeviceFacts__Group_1__2__Impl : ( '}' ) ;
    public final void rule__DeviceFacts__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6245:1: ( ( '}' ) )
            // InternalAssign.g:6246:1: ( '}' )
            {
            // InternalAssign.g:6246:1: ( '}' )
            // InternalAssign.g:6247:2: '}'
            {
             before(grammarAccess.getDeviceFactsAccess().getRightCurlyBracketKeyword_1_2()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:6257:1: rule__Region__Group__0 : rule__Region__Group__0__Impl rule__Region__Group__1 ;
    public final void rule__Region__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6261:1: ( rule__Region__Group__0__Impl rule__Region__Group__1 )
            // InternalAssign.g:6262:2: rule__Region__Group__0__Impl rule__Region__Group__1
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
    // InternalAssign.g:6269:1: rule__Region__Group__0__Impl : ( 'region' ) ;
    public final void rule__Region__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6273:1: ( ( 'region' ) )
            // InternalAssign.g:6274:1: ( 'region' )
            {
            // InternalAssign.g:6274:1: ( 'region' )
            // InternalAssign.g:6275:2: 'region'
            {
             before(grammarAccess.getRegionAccess().getRegionKeyword_0()); 
            match(input,71,FOLLOW_2); 
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
    // InternalAssign.g:6284:1: rule__Region__Group__1 : rule__Region__Group__1__Impl rule__Region__Group__2 ;
    public final void rule__Region__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6288:1: ( rule__Region__Group__1__Impl rule__Region__Group__2 )
            // InternalAssign.g:6289:2: rule__Region__Group__1__Impl rule__Region__Group__2
            {
            pushFollow(FOLLOW_50);
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
    // InternalAssign.g:6296:1: rule__Region__Group__1__Impl : ( ( rule__Region__NameAssignment_1 ) ) ;
    public final void rule__Region__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6300:1: ( ( ( rule__Region__NameAssignment_1 ) ) )
            // InternalAssign.g:6301:1: ( ( rule__Region__NameAssignment_1 ) )
            {
            // InternalAssign.g:6301:1: ( ( rule__Region__NameAssignment_1 ) )
            // InternalAssign.g:6302:2: ( rule__Region__NameAssignment_1 )
            {
             before(grammarAccess.getRegionAccess().getNameAssignment_1()); 
            // InternalAssign.g:6303:2: ( rule__Region__NameAssignment_1 )
            // InternalAssign.g:6303:3: rule__Region__NameAssignment_1
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
    // InternalAssign.g:6311:1: rule__Region__Group__2 : rule__Region__Group__2__Impl rule__Region__Group__3 ;
    public final void rule__Region__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6315:1: ( rule__Region__Group__2__Impl rule__Region__Group__3 )
            // InternalAssign.g:6316:2: rule__Region__Group__2__Impl rule__Region__Group__3
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
    // InternalAssign.g:6323:1: rule__Region__Group__2__Impl : ( 'index' ) ;
    public final void rule__Region__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6327:1: ( ( 'index' ) )
            // InternalAssign.g:6328:1: ( 'index' )
            {
            // InternalAssign.g:6328:1: ( 'index' )
            // InternalAssign.g:6329:2: 'index'
            {
             before(grammarAccess.getRegionAccess().getIndexKeyword_2()); 
            match(input,107,FOLLOW_2); 
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
    // InternalAssign.g:6338:1: rule__Region__Group__3 : rule__Region__Group__3__Impl rule__Region__Group__4 ;
    public final void rule__Region__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6342:1: ( rule__Region__Group__3__Impl rule__Region__Group__4 )
            // InternalAssign.g:6343:2: rule__Region__Group__3__Impl rule__Region__Group__4
            {
            pushFollow(FOLLOW_51);
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
    // InternalAssign.g:6350:1: rule__Region__Group__3__Impl : ( ( rule__Region__IndexAssignment_3 ) ) ;
    public final void rule__Region__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6354:1: ( ( ( rule__Region__IndexAssignment_3 ) ) )
            // InternalAssign.g:6355:1: ( ( rule__Region__IndexAssignment_3 ) )
            {
            // InternalAssign.g:6355:1: ( ( rule__Region__IndexAssignment_3 ) )
            // InternalAssign.g:6356:2: ( rule__Region__IndexAssignment_3 )
            {
             before(grammarAccess.getRegionAccess().getIndexAssignment_3()); 
            // InternalAssign.g:6357:2: ( rule__Region__IndexAssignment_3 )
            // InternalAssign.g:6357:3: rule__Region__IndexAssignment_3
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
    // InternalAssign.g:6365:1: rule__Region__Group__4 : rule__Region__Group__4__Impl rule__Region__Group__5 ;
    public final void rule__Region__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6369:1: ( rule__Region__Group__4__Impl rule__Region__Group__5 )
            // InternalAssign.g:6370:2: rule__Region__Group__4__Impl rule__Region__Group__5
            {
            pushFollow(FOLLOW_51);
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
    // InternalAssign.g:6377:1: rule__Region__Group__4__Impl : ( ( rule__Region__KindAssignment_4 )? ) ;
    public final void rule__Region__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6381:1: ( ( ( rule__Region__KindAssignment_4 )? ) )
            // InternalAssign.g:6382:1: ( ( rule__Region__KindAssignment_4 )? )
            {
            // InternalAssign.g:6382:1: ( ( rule__Region__KindAssignment_4 )? )
            // InternalAssign.g:6383:2: ( rule__Region__KindAssignment_4 )?
            {
             before(grammarAccess.getRegionAccess().getKindAssignment_4()); 
            // InternalAssign.g:6384:2: ( rule__Region__KindAssignment_4 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==14||(LA49_0>=72 && LA49_0<=75)) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalAssign.g:6384:3: rule__Region__KindAssignment_4
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
    // InternalAssign.g:6392:1: rule__Region__Group__5 : rule__Region__Group__5__Impl rule__Region__Group__6 ;
    public final void rule__Region__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6396:1: ( rule__Region__Group__5__Impl rule__Region__Group__6 )
            // InternalAssign.g:6397:2: rule__Region__Group__5__Impl rule__Region__Group__6
            {
            pushFollow(FOLLOW_51);
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
    // InternalAssign.g:6404:1: rule__Region__Group__5__Impl : ( ( rule__Region__Group_5__0 )? ) ;
    public final void rule__Region__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6408:1: ( ( ( rule__Region__Group_5__0 )? ) )
            // InternalAssign.g:6409:1: ( ( rule__Region__Group_5__0 )? )
            {
            // InternalAssign.g:6409:1: ( ( rule__Region__Group_5__0 )? )
            // InternalAssign.g:6410:2: ( rule__Region__Group_5__0 )?
            {
             before(grammarAccess.getRegionAccess().getGroup_5()); 
            // InternalAssign.g:6411:2: ( rule__Region__Group_5__0 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==104) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalAssign.g:6411:3: rule__Region__Group_5__0
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
    // InternalAssign.g:6419:1: rule__Region__Group__6 : rule__Region__Group__6__Impl rule__Region__Group__7 ;
    public final void rule__Region__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6423:1: ( rule__Region__Group__6__Impl rule__Region__Group__7 )
            // InternalAssign.g:6424:2: rule__Region__Group__6__Impl rule__Region__Group__7
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
    // InternalAssign.g:6431:1: rule__Region__Group__6__Impl : ( 'size' ) ;
    public final void rule__Region__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6435:1: ( ( 'size' ) )
            // InternalAssign.g:6436:1: ( 'size' )
            {
            // InternalAssign.g:6436:1: ( 'size' )
            // InternalAssign.g:6437:2: 'size'
            {
             before(grammarAccess.getRegionAccess().getSizeKeyword_6()); 
            match(input,105,FOLLOW_2); 
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
    // InternalAssign.g:6446:1: rule__Region__Group__7 : rule__Region__Group__7__Impl rule__Region__Group__8 ;
    public final void rule__Region__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6450:1: ( rule__Region__Group__7__Impl rule__Region__Group__8 )
            // InternalAssign.g:6451:2: rule__Region__Group__7__Impl rule__Region__Group__8
            {
            pushFollow(FOLLOW_52);
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
    // InternalAssign.g:6458:1: rule__Region__Group__7__Impl : ( ( rule__Region__SizeAssignment_7 ) ) ;
    public final void rule__Region__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6462:1: ( ( ( rule__Region__SizeAssignment_7 ) ) )
            // InternalAssign.g:6463:1: ( ( rule__Region__SizeAssignment_7 ) )
            {
            // InternalAssign.g:6463:1: ( ( rule__Region__SizeAssignment_7 ) )
            // InternalAssign.g:6464:2: ( rule__Region__SizeAssignment_7 )
            {
             before(grammarAccess.getRegionAccess().getSizeAssignment_7()); 
            // InternalAssign.g:6465:2: ( rule__Region__SizeAssignment_7 )
            // InternalAssign.g:6465:3: rule__Region__SizeAssignment_7
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
    // InternalAssign.g:6473:1: rule__Region__Group__8 : rule__Region__Group__8__Impl rule__Region__Group__9 ;
    public final void rule__Region__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6477:1: ( rule__Region__Group__8__Impl rule__Region__Group__9 )
            // InternalAssign.g:6478:2: rule__Region__Group__8__Impl rule__Region__Group__9
            {
            pushFollow(FOLLOW_52);
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
    // InternalAssign.g:6485:1: rule__Region__Group__8__Impl : ( ( rule__Region__ReadableAssignment_8 )? ) ;
    public final void rule__Region__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6489:1: ( ( ( rule__Region__ReadableAssignment_8 )? ) )
            // InternalAssign.g:6490:1: ( ( rule__Region__ReadableAssignment_8 )? )
            {
            // InternalAssign.g:6490:1: ( ( rule__Region__ReadableAssignment_8 )? )
            // InternalAssign.g:6491:2: ( rule__Region__ReadableAssignment_8 )?
            {
             before(grammarAccess.getRegionAccess().getReadableAssignment_8()); 
            // InternalAssign.g:6492:2: ( rule__Region__ReadableAssignment_8 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==76) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalAssign.g:6492:3: rule__Region__ReadableAssignment_8
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
    // InternalAssign.g:6500:1: rule__Region__Group__9 : rule__Region__Group__9__Impl rule__Region__Group__10 ;
    public final void rule__Region__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6504:1: ( rule__Region__Group__9__Impl rule__Region__Group__10 )
            // InternalAssign.g:6505:2: rule__Region__Group__9__Impl rule__Region__Group__10
            {
            pushFollow(FOLLOW_52);
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
    // InternalAssign.g:6512:1: rule__Region__Group__9__Impl : ( ( rule__Region__WritableAssignment_9 )? ) ;
    public final void rule__Region__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6516:1: ( ( ( rule__Region__WritableAssignment_9 )? ) )
            // InternalAssign.g:6517:1: ( ( rule__Region__WritableAssignment_9 )? )
            {
            // InternalAssign.g:6517:1: ( ( rule__Region__WritableAssignment_9 )? )
            // InternalAssign.g:6518:2: ( rule__Region__WritableAssignment_9 )?
            {
             before(grammarAccess.getRegionAccess().getWritableAssignment_9()); 
            // InternalAssign.g:6519:2: ( rule__Region__WritableAssignment_9 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==77) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalAssign.g:6519:3: rule__Region__WritableAssignment_9
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
    // InternalAssign.g:6527:1: rule__Region__Group__10 : rule__Region__Group__10__Impl ;
    public final void rule__Region__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6531:1: ( rule__Region__Group__10__Impl )
            // InternalAssign.g:6532:2: rule__Region__Group__10__Impl
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
    // InternalAssign.g:6538:1: rule__Region__Group__10__Impl : ( ( rule__Region__MmappableAssignment_10 )? ) ;
    public final void rule__Region__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6542:1: ( ( ( rule__Region__MmappableAssignment_10 )? ) )
            // InternalAssign.g:6543:1: ( ( rule__Region__MmappableAssignment_10 )? )
            {
            // InternalAssign.g:6543:1: ( ( rule__Region__MmappableAssignment_10 )? )
            // InternalAssign.g:6544:2: ( rule__Region__MmappableAssignment_10 )?
            {
             before(grammarAccess.getRegionAccess().getMmappableAssignment_10()); 
            // InternalAssign.g:6545:2: ( rule__Region__MmappableAssignment_10 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==78) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalAssign.g:6545:3: rule__Region__MmappableAssignment_10
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
    // InternalAssign.g:6554:1: rule__Region__Group_5__0 : rule__Region__Group_5__0__Impl rule__Region__Group_5__1 ;
    public final void rule__Region__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6558:1: ( rule__Region__Group_5__0__Impl rule__Region__Group_5__1 )
            // InternalAssign.g:6559:2: rule__Region__Group_5__0__Impl rule__Region__Group_5__1
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
    // InternalAssign.g:6566:1: rule__Region__Group_5__0__Impl : ( 'at' ) ;
    public final void rule__Region__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6570:1: ( ( 'at' ) )
            // InternalAssign.g:6571:1: ( 'at' )
            {
            // InternalAssign.g:6571:1: ( 'at' )
            // InternalAssign.g:6572:2: 'at'
            {
             before(grammarAccess.getRegionAccess().getAtKeyword_5_0()); 
            match(input,104,FOLLOW_2); 
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
    // InternalAssign.g:6581:1: rule__Region__Group_5__1 : rule__Region__Group_5__1__Impl ;
    public final void rule__Region__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6585:1: ( rule__Region__Group_5__1__Impl )
            // InternalAssign.g:6586:2: rule__Region__Group_5__1__Impl
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
    // InternalAssign.g:6592:1: rule__Region__Group_5__1__Impl : ( ( rule__Region__BaseAssignment_5_1 ) ) ;
    public final void rule__Region__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6596:1: ( ( ( rule__Region__BaseAssignment_5_1 ) ) )
            // InternalAssign.g:6597:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            {
            // InternalAssign.g:6597:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            // InternalAssign.g:6598:2: ( rule__Region__BaseAssignment_5_1 )
            {
             before(grammarAccess.getRegionAccess().getBaseAssignment_5_1()); 
            // InternalAssign.g:6599:2: ( rule__Region__BaseAssignment_5_1 )
            // InternalAssign.g:6599:3: rule__Region__BaseAssignment_5_1
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
    // InternalAssign.g:6608:1: rule__Interrupt__Group__0 : rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 ;
    public final void rule__Interrupt__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6612:1: ( rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 )
            // InternalAssign.g:6613:2: rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1
            {
            pushFollow(FOLLOW_53);
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
    // InternalAssign.g:6620:1: rule__Interrupt__Group__0__Impl : ( 'irq' ) ;
    public final void rule__Interrupt__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6624:1: ( ( 'irq' ) )
            // InternalAssign.g:6625:1: ( 'irq' )
            {
            // InternalAssign.g:6625:1: ( 'irq' )
            // InternalAssign.g:6626:2: 'irq'
            {
             before(grammarAccess.getInterruptAccess().getIrqKeyword_0()); 
            match(input,37,FOLLOW_2); 
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
    // InternalAssign.g:6635:1: rule__Interrupt__Group__1 : rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 ;
    public final void rule__Interrupt__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6639:1: ( rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 )
            // InternalAssign.g:6640:2: rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2
            {
            pushFollow(FOLLOW_50);
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
    // InternalAssign.g:6647:1: rule__Interrupt__Group__1__Impl : ( ( rule__Interrupt__KindAssignment_1 ) ) ;
    public final void rule__Interrupt__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6651:1: ( ( ( rule__Interrupt__KindAssignment_1 ) ) )
            // InternalAssign.g:6652:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            {
            // InternalAssign.g:6652:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            // InternalAssign.g:6653:2: ( rule__Interrupt__KindAssignment_1 )
            {
             before(grammarAccess.getInterruptAccess().getKindAssignment_1()); 
            // InternalAssign.g:6654:2: ( rule__Interrupt__KindAssignment_1 )
            // InternalAssign.g:6654:3: rule__Interrupt__KindAssignment_1
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
    // InternalAssign.g:6662:1: rule__Interrupt__Group__2 : rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 ;
    public final void rule__Interrupt__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6666:1: ( rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 )
            // InternalAssign.g:6667:2: rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3
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
    // InternalAssign.g:6674:1: rule__Interrupt__Group__2__Impl : ( 'index' ) ;
    public final void rule__Interrupt__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6678:1: ( ( 'index' ) )
            // InternalAssign.g:6679:1: ( 'index' )
            {
            // InternalAssign.g:6679:1: ( 'index' )
            // InternalAssign.g:6680:2: 'index'
            {
             before(grammarAccess.getInterruptAccess().getIndexKeyword_2()); 
            match(input,107,FOLLOW_2); 
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
    // InternalAssign.g:6689:1: rule__Interrupt__Group__3 : rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 ;
    public final void rule__Interrupt__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6693:1: ( rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 )
            // InternalAssign.g:6694:2: rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4
            {
            pushFollow(FOLLOW_54);
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
    // InternalAssign.g:6701:1: rule__Interrupt__Group__3__Impl : ( ( rule__Interrupt__IndexAssignment_3 ) ) ;
    public final void rule__Interrupt__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6705:1: ( ( ( rule__Interrupt__IndexAssignment_3 ) ) )
            // InternalAssign.g:6706:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            {
            // InternalAssign.g:6706:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            // InternalAssign.g:6707:2: ( rule__Interrupt__IndexAssignment_3 )
            {
             before(grammarAccess.getInterruptAccess().getIndexAssignment_3()); 
            // InternalAssign.g:6708:2: ( rule__Interrupt__IndexAssignment_3 )
            // InternalAssign.g:6708:3: rule__Interrupt__IndexAssignment_3
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
    // InternalAssign.g:6716:1: rule__Interrupt__Group__4 : rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 ;
    public final void rule__Interrupt__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6720:1: ( rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 )
            // InternalAssign.g:6721:2: rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5
            {
            pushFollow(FOLLOW_54);
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
    // InternalAssign.g:6728:1: rule__Interrupt__Group__4__Impl : ( ( rule__Interrupt__Group_4__0 )? ) ;
    public final void rule__Interrupt__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6732:1: ( ( ( rule__Interrupt__Group_4__0 )? ) )
            // InternalAssign.g:6733:1: ( ( rule__Interrupt__Group_4__0 )? )
            {
            // InternalAssign.g:6733:1: ( ( rule__Interrupt__Group_4__0 )? )
            // InternalAssign.g:6734:2: ( rule__Interrupt__Group_4__0 )?
            {
             before(grammarAccess.getInterruptAccess().getGroup_4()); 
            // InternalAssign.g:6735:2: ( rule__Interrupt__Group_4__0 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==102) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalAssign.g:6735:3: rule__Interrupt__Group_4__0
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
    // InternalAssign.g:6743:1: rule__Interrupt__Group__5 : rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 ;
    public final void rule__Interrupt__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6747:1: ( rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 )
            // InternalAssign.g:6748:2: rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6
            {
            pushFollow(FOLLOW_54);
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
    // InternalAssign.g:6755:1: rule__Interrupt__Group__5__Impl : ( ( rule__Interrupt__EventfdAssignment_5 )? ) ;
    public final void rule__Interrupt__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6759:1: ( ( ( rule__Interrupt__EventfdAssignment_5 )? ) )
            // InternalAssign.g:6760:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            {
            // InternalAssign.g:6760:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            // InternalAssign.g:6761:2: ( rule__Interrupt__EventfdAssignment_5 )?
            {
             before(grammarAccess.getInterruptAccess().getEventfdAssignment_5()); 
            // InternalAssign.g:6762:2: ( rule__Interrupt__EventfdAssignment_5 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==91) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalAssign.g:6762:3: rule__Interrupt__EventfdAssignment_5
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
    // InternalAssign.g:6770:1: rule__Interrupt__Group__6 : rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 ;
    public final void rule__Interrupt__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6774:1: ( rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 )
            // InternalAssign.g:6775:2: rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7
            {
            pushFollow(FOLLOW_54);
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
    // InternalAssign.g:6782:1: rule__Interrupt__Group__6__Impl : ( ( rule__Interrupt__MaskableAssignment_6 )? ) ;
    public final void rule__Interrupt__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6786:1: ( ( ( rule__Interrupt__MaskableAssignment_6 )? ) )
            // InternalAssign.g:6787:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            {
            // InternalAssign.g:6787:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            // InternalAssign.g:6788:2: ( rule__Interrupt__MaskableAssignment_6 )?
            {
             before(grammarAccess.getInterruptAccess().getMaskableAssignment_6()); 
            // InternalAssign.g:6789:2: ( rule__Interrupt__MaskableAssignment_6 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==84) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalAssign.g:6789:3: rule__Interrupt__MaskableAssignment_6
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
    // InternalAssign.g:6797:1: rule__Interrupt__Group__7 : rule__Interrupt__Group__7__Impl ;
    public final void rule__Interrupt__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6801:1: ( rule__Interrupt__Group__7__Impl )
            // InternalAssign.g:6802:2: rule__Interrupt__Group__7__Impl
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
    // InternalAssign.g:6808:1: rule__Interrupt__Group__7__Impl : ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) ;
    public final void rule__Interrupt__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6812:1: ( ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) )
            // InternalAssign.g:6813:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            {
            // InternalAssign.g:6813:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            // InternalAssign.g:6814:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAssignment_7()); 
            // InternalAssign.g:6815:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==85) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalAssign.g:6815:3: rule__Interrupt__AutomaskedAssignment_7
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
    // InternalAssign.g:6824:1: rule__Interrupt__Group_4__0 : rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 ;
    public final void rule__Interrupt__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6828:1: ( rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 )
            // InternalAssign.g:6829:2: rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1
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
    // InternalAssign.g:6836:1: rule__Interrupt__Group_4__0__Impl : ( 'count' ) ;
    public final void rule__Interrupt__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6840:1: ( ( 'count' ) )
            // InternalAssign.g:6841:1: ( 'count' )
            {
            // InternalAssign.g:6841:1: ( 'count' )
            // InternalAssign.g:6842:2: 'count'
            {
             before(grammarAccess.getInterruptAccess().getCountKeyword_4_0()); 
            match(input,102,FOLLOW_2); 
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
    // InternalAssign.g:6851:1: rule__Interrupt__Group_4__1 : rule__Interrupt__Group_4__1__Impl ;
    public final void rule__Interrupt__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6855:1: ( rule__Interrupt__Group_4__1__Impl )
            // InternalAssign.g:6856:2: rule__Interrupt__Group_4__1__Impl
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
    // InternalAssign.g:6862:1: rule__Interrupt__Group_4__1__Impl : ( ( rule__Interrupt__CountAssignment_4_1 ) ) ;
    public final void rule__Interrupt__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6866:1: ( ( ( rule__Interrupt__CountAssignment_4_1 ) ) )
            // InternalAssign.g:6867:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            {
            // InternalAssign.g:6867:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            // InternalAssign.g:6868:2: ( rule__Interrupt__CountAssignment_4_1 )
            {
             before(grammarAccess.getInterruptAccess().getCountAssignment_4_1()); 
            // InternalAssign.g:6869:2: ( rule__Interrupt__CountAssignment_4_1 )
            // InternalAssign.g:6869:3: rule__Interrupt__CountAssignment_4_1
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
    // InternalAssign.g:6878:1: rule__IommuGroup__Group__0 : rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 ;
    public final void rule__IommuGroup__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6882:1: ( rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 )
            // InternalAssign.g:6883:2: rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1
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
    // InternalAssign.g:6890:1: rule__IommuGroup__Group__0__Impl : ( 'group' ) ;
    public final void rule__IommuGroup__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6894:1: ( ( 'group' ) )
            // InternalAssign.g:6895:1: ( 'group' )
            {
            // InternalAssign.g:6895:1: ( 'group' )
            // InternalAssign.g:6896:2: 'group'
            {
             before(grammarAccess.getIommuGroupAccess().getGroupKeyword_0()); 
            match(input,90,FOLLOW_2); 
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
    // InternalAssign.g:6905:1: rule__IommuGroup__Group__1 : rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 ;
    public final void rule__IommuGroup__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6909:1: ( rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 )
            // InternalAssign.g:6910:2: rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2
            {
            pushFollow(FOLLOW_55);
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
    // InternalAssign.g:6917:1: rule__IommuGroup__Group__1__Impl : ( ( rule__IommuGroup__IdAssignment_1 ) ) ;
    public final void rule__IommuGroup__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6921:1: ( ( ( rule__IommuGroup__IdAssignment_1 ) ) )
            // InternalAssign.g:6922:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            {
            // InternalAssign.g:6922:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            // InternalAssign.g:6923:2: ( rule__IommuGroup__IdAssignment_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIdAssignment_1()); 
            // InternalAssign.g:6924:2: ( rule__IommuGroup__IdAssignment_1 )
            // InternalAssign.g:6924:3: rule__IommuGroup__IdAssignment_1
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
    // InternalAssign.g:6932:1: rule__IommuGroup__Group__2 : rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 ;
    public final void rule__IommuGroup__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6936:1: ( rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 )
            // InternalAssign.g:6937:2: rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3
            {
            pushFollow(FOLLOW_55);
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
    // InternalAssign.g:6944:1: rule__IommuGroup__Group__2__Impl : ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) ;
    public final void rule__IommuGroup__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6948:1: ( ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) )
            // InternalAssign.g:6949:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            {
            // InternalAssign.g:6949:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            // InternalAssign.g:6950:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuAssignment_2()); 
            // InternalAssign.g:6951:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==53) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalAssign.g:6951:3: rule__IommuGroup__NoIommuAssignment_2
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
    // InternalAssign.g:6959:1: rule__IommuGroup__Group__3 : rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 ;
    public final void rule__IommuGroup__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6963:1: ( rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 )
            // InternalAssign.g:6964:2: rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4
            {
            pushFollow(FOLLOW_55);
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
    // InternalAssign.g:6971:1: rule__IommuGroup__Group__3__Impl : ( ( rule__IommuGroup__Group_3__0 )? ) ;
    public final void rule__IommuGroup__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6975:1: ( ( ( rule__IommuGroup__Group_3__0 )? ) )
            // InternalAssign.g:6976:1: ( ( rule__IommuGroup__Group_3__0 )? )
            {
            // InternalAssign.g:6976:1: ( ( rule__IommuGroup__Group_3__0 )? )
            // InternalAssign.g:6977:2: ( rule__IommuGroup__Group_3__0 )?
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3()); 
            // InternalAssign.g:6978:2: ( rule__IommuGroup__Group_3__0 )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==65) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalAssign.g:6978:3: rule__IommuGroup__Group_3__0
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
    // InternalAssign.g:6986:1: rule__IommuGroup__Group__4 : rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 ;
    public final void rule__IommuGroup__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6990:1: ( rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 )
            // InternalAssign.g:6991:2: rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5
            {
            pushFollow(FOLLOW_56);
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
    // InternalAssign.g:6998:1: rule__IommuGroup__Group__4__Impl : ( '{' ) ;
    public final void rule__IommuGroup__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7002:1: ( ( '{' ) )
            // InternalAssign.g:7003:1: ( '{' )
            {
            // InternalAssign.g:7003:1: ( '{' )
            // InternalAssign.g:7004:2: '{'
            {
             before(grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_4()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:7013:1: rule__IommuGroup__Group__5 : rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 ;
    public final void rule__IommuGroup__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7017:1: ( rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 )
            // InternalAssign.g:7018:2: rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6
            {
            pushFollow(FOLLOW_56);
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
    // InternalAssign.g:7025:1: rule__IommuGroup__Group__5__Impl : ( ( rule__IommuGroup__DevicesAssignment_5 )* ) ;
    public final void rule__IommuGroup__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7029:1: ( ( ( rule__IommuGroup__DevicesAssignment_5 )* ) )
            // InternalAssign.g:7030:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            {
            // InternalAssign.g:7030:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            // InternalAssign.g:7031:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesAssignment_5()); 
            // InternalAssign.g:7032:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            loop60:
            do {
                int alt60=2;
                int LA60_0 = input.LA(1);

                if ( ((LA60_0>=RULE_STRING && LA60_0<=RULE_ID)||(LA60_0>=14 && LA60_0<=85)) ) {
                    alt60=1;
                }


                switch (alt60) {
            	case 1 :
            	    // InternalAssign.g:7032:3: rule__IommuGroup__DevicesAssignment_5
            	    {
            	    pushFollow(FOLLOW_57);
            	    rule__IommuGroup__DevicesAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop60;
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
    // InternalAssign.g:7040:1: rule__IommuGroup__Group__6 : rule__IommuGroup__Group__6__Impl ;
    public final void rule__IommuGroup__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7044:1: ( rule__IommuGroup__Group__6__Impl )
            // InternalAssign.g:7045:2: rule__IommuGroup__Group__6__Impl
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
    // InternalAssign.g:7051:1: rule__IommuGroup__Group__6__Impl : ( '}' ) ;
    public final void rule__IommuGroup__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7055:1: ( ( '}' ) )
            // InternalAssign.g:7056:1: ( '}' )
            {
            // InternalAssign.g:7056:1: ( '}' )
            // InternalAssign.g:7057:2: '}'
            {
             before(grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_6()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:7067:1: rule__IommuGroup__Group_3__0 : rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 ;
    public final void rule__IommuGroup__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7071:1: ( rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 )
            // InternalAssign.g:7072:2: rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1
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
    // InternalAssign.g:7079:1: rule__IommuGroup__Group_3__0__Impl : ( 'iova' ) ;
    public final void rule__IommuGroup__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7083:1: ( ( 'iova' ) )
            // InternalAssign.g:7084:1: ( 'iova' )
            {
            // InternalAssign.g:7084:1: ( 'iova' )
            // InternalAssign.g:7085:2: 'iova'
            {
             before(grammarAccess.getIommuGroupAccess().getIovaKeyword_3_0()); 
            match(input,65,FOLLOW_2); 
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
    // InternalAssign.g:7094:1: rule__IommuGroup__Group_3__1 : rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 ;
    public final void rule__IommuGroup__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7098:1: ( rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 )
            // InternalAssign.g:7099:2: rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2
            {
            pushFollow(FOLLOW_45);
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
    // InternalAssign.g:7106:1: rule__IommuGroup__Group_3__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) ;
    public final void rule__IommuGroup__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7110:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) )
            // InternalAssign.g:7111:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            {
            // InternalAssign.g:7111:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            // InternalAssign.g:7112:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_1()); 
            // InternalAssign.g:7113:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            // InternalAssign.g:7113:3: rule__IommuGroup__IovaRangesAssignment_3_1
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
    // InternalAssign.g:7121:1: rule__IommuGroup__Group_3__2 : rule__IommuGroup__Group_3__2__Impl ;
    public final void rule__IommuGroup__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7125:1: ( rule__IommuGroup__Group_3__2__Impl )
            // InternalAssign.g:7126:2: rule__IommuGroup__Group_3__2__Impl
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
    // InternalAssign.g:7132:1: rule__IommuGroup__Group_3__2__Impl : ( ( rule__IommuGroup__Group_3_2__0 )* ) ;
    public final void rule__IommuGroup__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7136:1: ( ( ( rule__IommuGroup__Group_3_2__0 )* ) )
            // InternalAssign.g:7137:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            {
            // InternalAssign.g:7137:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            // InternalAssign.g:7138:2: ( rule__IommuGroup__Group_3_2__0 )*
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3_2()); 
            // InternalAssign.g:7139:2: ( rule__IommuGroup__Group_3_2__0 )*
            loop61:
            do {
                int alt61=2;
                int LA61_0 = input.LA(1);

                if ( (LA61_0==106) ) {
                    alt61=1;
                }


                switch (alt61) {
            	case 1 :
            	    // InternalAssign.g:7139:3: rule__IommuGroup__Group_3_2__0
            	    {
            	    pushFollow(FOLLOW_46);
            	    rule__IommuGroup__Group_3_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop61;
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
    // InternalAssign.g:7148:1: rule__IommuGroup__Group_3_2__0 : rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 ;
    public final void rule__IommuGroup__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7152:1: ( rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 )
            // InternalAssign.g:7153:2: rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1
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
    // InternalAssign.g:7160:1: rule__IommuGroup__Group_3_2__0__Impl : ( ',' ) ;
    public final void rule__IommuGroup__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7164:1: ( ( ',' ) )
            // InternalAssign.g:7165:1: ( ',' )
            {
            // InternalAssign.g:7165:1: ( ',' )
            // InternalAssign.g:7166:2: ','
            {
             before(grammarAccess.getIommuGroupAccess().getCommaKeyword_3_2_0()); 
            match(input,106,FOLLOW_2); 
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
    // InternalAssign.g:7175:1: rule__IommuGroup__Group_3_2__1 : rule__IommuGroup__Group_3_2__1__Impl ;
    public final void rule__IommuGroup__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7179:1: ( rule__IommuGroup__Group_3_2__1__Impl )
            // InternalAssign.g:7180:2: rule__IommuGroup__Group_3_2__1__Impl
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
    // InternalAssign.g:7186:1: rule__IommuGroup__Group_3_2__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) ;
    public final void rule__IommuGroup__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7190:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) )
            // InternalAssign.g:7191:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            {
            // InternalAssign.g:7191:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            // InternalAssign.g:7192:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_2_1()); 
            // InternalAssign.g:7193:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            // InternalAssign.g:7193:3: rule__IommuGroup__IovaRangesAssignment_3_2_1
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
    // InternalAssign.g:7202:1: rule__IovaRange__Group__0 : rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 ;
    public final void rule__IovaRange__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7206:1: ( rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 )
            // InternalAssign.g:7207:2: rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1
            {
            pushFollow(FOLLOW_58);
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
    // InternalAssign.g:7214:1: rule__IovaRange__Group__0__Impl : ( ( rule__IovaRange__StartAssignment_0 ) ) ;
    public final void rule__IovaRange__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7218:1: ( ( ( rule__IovaRange__StartAssignment_0 ) ) )
            // InternalAssign.g:7219:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            {
            // InternalAssign.g:7219:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            // InternalAssign.g:7220:2: ( rule__IovaRange__StartAssignment_0 )
            {
             before(grammarAccess.getIovaRangeAccess().getStartAssignment_0()); 
            // InternalAssign.g:7221:2: ( rule__IovaRange__StartAssignment_0 )
            // InternalAssign.g:7221:3: rule__IovaRange__StartAssignment_0
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
    // InternalAssign.g:7229:1: rule__IovaRange__Group__1 : rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 ;
    public final void rule__IovaRange__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7233:1: ( rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 )
            // InternalAssign.g:7234:2: rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2
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
    // InternalAssign.g:7241:1: rule__IovaRange__Group__1__Impl : ( '..' ) ;
    public final void rule__IovaRange__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7245:1: ( ( '..' ) )
            // InternalAssign.g:7246:1: ( '..' )
            {
            // InternalAssign.g:7246:1: ( '..' )
            // InternalAssign.g:7247:2: '..'
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
    // InternalAssign.g:7256:1: rule__IovaRange__Group__2 : rule__IovaRange__Group__2__Impl ;
    public final void rule__IovaRange__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7260:1: ( rule__IovaRange__Group__2__Impl )
            // InternalAssign.g:7261:2: rule__IovaRange__Group__2__Impl
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
    // InternalAssign.g:7267:1: rule__IovaRange__Group__2__Impl : ( ( rule__IovaRange__LastAssignment_2 ) ) ;
    public final void rule__IovaRange__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7271:1: ( ( ( rule__IovaRange__LastAssignment_2 ) ) )
            // InternalAssign.g:7272:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            {
            // InternalAssign.g:7272:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            // InternalAssign.g:7273:2: ( rule__IovaRange__LastAssignment_2 )
            {
             before(grammarAccess.getIovaRangeAccess().getLastAssignment_2()); 
            // InternalAssign.g:7274:2: ( rule__IovaRange__LastAssignment_2 )
            // InternalAssign.g:7274:3: rule__IovaRange__LastAssignment_2
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
    // InternalAssign.g:7283:1: rule__MemberRef__Group__0 : rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 ;
    public final void rule__MemberRef__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7287:1: ( rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 )
            // InternalAssign.g:7288:2: rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1
            {
            pushFollow(FOLLOW_20);
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
    // InternalAssign.g:7295:1: rule__MemberRef__Group__0__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7299:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:7300:1: ( ruleMemberPart )
            {
            // InternalAssign.g:7300:1: ( ruleMemberPart )
            // InternalAssign.g:7301:2: ruleMemberPart
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
    // InternalAssign.g:7310:1: rule__MemberRef__Group__1 : rule__MemberRef__Group__1__Impl ;
    public final void rule__MemberRef__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7314:1: ( rule__MemberRef__Group__1__Impl )
            // InternalAssign.g:7315:2: rule__MemberRef__Group__1__Impl
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
    // InternalAssign.g:7321:1: rule__MemberRef__Group__1__Impl : ( ( rule__MemberRef__Group_1__0 )? ) ;
    public final void rule__MemberRef__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7325:1: ( ( ( rule__MemberRef__Group_1__0 )? ) )
            // InternalAssign.g:7326:1: ( ( rule__MemberRef__Group_1__0 )? )
            {
            // InternalAssign.g:7326:1: ( ( rule__MemberRef__Group_1__0 )? )
            // InternalAssign.g:7327:2: ( rule__MemberRef__Group_1__0 )?
            {
             before(grammarAccess.getMemberRefAccess().getGroup_1()); 
            // InternalAssign.g:7328:2: ( rule__MemberRef__Group_1__0 )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==98) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalAssign.g:7328:3: rule__MemberRef__Group_1__0
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
    // InternalAssign.g:7337:1: rule__MemberRef__Group_1__0 : rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 ;
    public final void rule__MemberRef__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7341:1: ( rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 )
            // InternalAssign.g:7342:2: rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1
            {
            pushFollow(FOLLOW_31);
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
    // InternalAssign.g:7349:1: rule__MemberRef__Group_1__0__Impl : ( '.' ) ;
    public final void rule__MemberRef__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7353:1: ( ( '.' ) )
            // InternalAssign.g:7354:1: ( '.' )
            {
            // InternalAssign.g:7354:1: ( '.' )
            // InternalAssign.g:7355:2: '.'
            {
             before(grammarAccess.getMemberRefAccess().getFullStopKeyword_1_0()); 
            match(input,98,FOLLOW_2); 
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
    // InternalAssign.g:7364:1: rule__MemberRef__Group_1__1 : rule__MemberRef__Group_1__1__Impl ;
    public final void rule__MemberRef__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7368:1: ( rule__MemberRef__Group_1__1__Impl )
            // InternalAssign.g:7369:2: rule__MemberRef__Group_1__1__Impl
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
    // InternalAssign.g:7375:1: rule__MemberRef__Group_1__1__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7379:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:7380:1: ( ruleMemberPart )
            {
            // InternalAssign.g:7380:1: ( ruleMemberPart )
            // InternalAssign.g:7381:2: ruleMemberPart
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
    // InternalAssign.g:7391:1: rule__Size__Group__0 : rule__Size__Group__0__Impl rule__Size__Group__1 ;
    public final void rule__Size__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7395:1: ( rule__Size__Group__0__Impl rule__Size__Group__1 )
            // InternalAssign.g:7396:2: rule__Size__Group__0__Impl rule__Size__Group__1
            {
            pushFollow(FOLLOW_59);
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
    // InternalAssign.g:7403:1: rule__Size__Group__0__Impl : ( ruleNumber ) ;
    public final void rule__Size__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7407:1: ( ( ruleNumber ) )
            // InternalAssign.g:7408:1: ( ruleNumber )
            {
            // InternalAssign.g:7408:1: ( ruleNumber )
            // InternalAssign.g:7409:2: ruleNumber
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
    // InternalAssign.g:7418:1: rule__Size__Group__1 : rule__Size__Group__1__Impl ;
    public final void rule__Size__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7422:1: ( rule__Size__Group__1__Impl )
            // InternalAssign.g:7423:2: rule__Size__Group__1__Impl
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
    // InternalAssign.g:7429:1: rule__Size__Group__1__Impl : ( ( rule__Size__Alternatives_1 )? ) ;
    public final void rule__Size__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7433:1: ( ( ( rule__Size__Alternatives_1 )? ) )
            // InternalAssign.g:7434:1: ( ( rule__Size__Alternatives_1 )? )
            {
            // InternalAssign.g:7434:1: ( ( rule__Size__Alternatives_1 )? )
            // InternalAssign.g:7435:2: ( rule__Size__Alternatives_1 )?
            {
             before(grammarAccess.getSizeAccess().getAlternatives_1()); 
            // InternalAssign.g:7436:2: ( rule__Size__Alternatives_1 )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( ((LA63_0>=86 && LA63_0<=89)) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalAssign.g:7436:3: rule__Size__Alternatives_1
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
    // InternalAssign.g:7445:1: rule__VmGuest__UnorderedGroup_2_1 : ( rule__VmGuest__UnorderedGroup_2_1__0 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7450:1: ( ( rule__VmGuest__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7451:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7451:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( LA64_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt64=1;
            }
            else if ( LA64_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt64=1;
            }
            else if ( LA64_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt64=1;
            }
            else if ( LA64_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt64=1;
            }
            else if ( LA64_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt64=1;
            }
            else if ( LA64_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt64=1;
            }
            switch (alt64) {
                case 1 :
                    // InternalAssign.g:7451:2: rule__VmGuest__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7459:1: rule__VmGuest__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) ;
    public final void rule__VmGuest__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7464:1: ( ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) )
            // InternalAssign.g:7465:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
            {
            // InternalAssign.g:7465:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
            int alt65=6;
            int LA65_0 = input.LA(1);

            if ( LA65_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt65=1;
            }
            else if ( LA65_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt65=2;
            }
            else if ( LA65_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt65=3;
            }
            else if ( LA65_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt65=4;
            }
            else if ( LA65_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt65=5;
            }
            else if ( LA65_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt65=6;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 65, 0, input);

                throw nvae;
            }
            switch (alt65) {
                case 1 :
                    // InternalAssign.g:7466:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7466:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7467:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7467:105: ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7468:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7474:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    // InternalAssign.g:7475:6: ( rule__VmGuest__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7476:6: ( rule__VmGuest__Group_2_1_0__0 )
                    // InternalAssign.g:7476:7: rule__VmGuest__Group_2_1_0__0
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
                    // InternalAssign.g:7481:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7481:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7482:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7482:105: ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7483:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7489:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    // InternalAssign.g:7490:6: ( rule__VmGuest__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7491:6: ( rule__VmGuest__Group_2_1_1__0 )
                    // InternalAssign.g:7491:7: rule__VmGuest__Group_2_1_1__0
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
                    // InternalAssign.g:7496:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7496:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7497:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7497:105: ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7498:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7504:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    // InternalAssign.g:7505:6: ( rule__VmGuest__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7506:6: ( rule__VmGuest__Group_2_1_2__0 )
                    // InternalAssign.g:7506:7: rule__VmGuest__Group_2_1_2__0
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
                    // InternalAssign.g:7511:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7511:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7512:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7512:105: ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7513:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7519:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    // InternalAssign.g:7520:6: ( rule__VmGuest__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7521:6: ( rule__VmGuest__Group_2_1_3__0 )
                    // InternalAssign.g:7521:7: rule__VmGuest__Group_2_1_3__0
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
                    // InternalAssign.g:7526:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    {
                    // InternalAssign.g:7526:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    // InternalAssign.g:7527:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4)");
                    }
                    // InternalAssign.g:7527:105: ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    // InternalAssign.g:7528:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7534:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    // InternalAssign.g:7535:6: ( rule__VmGuest__Group_2_1_4__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_4()); 
                    // InternalAssign.g:7536:6: ( rule__VmGuest__Group_2_1_4__0 )
                    // InternalAssign.g:7536:7: rule__VmGuest__Group_2_1_4__0
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
                    // InternalAssign.g:7541:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    {
                    // InternalAssign.g:7541:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    // InternalAssign.g:7542:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5)");
                    }
                    // InternalAssign.g:7542:105: ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    // InternalAssign.g:7543:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7549:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    // InternalAssign.g:7550:6: ( rule__VmGuest__Group_2_1_5__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_5()); 
                    // InternalAssign.g:7551:6: ( rule__VmGuest__Group_2_1_5__0 )
                    // InternalAssign.g:7551:7: rule__VmGuest__Group_2_1_5__0
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
    // InternalAssign.g:7564:1: rule__VmGuest__UnorderedGroup_2_1__0 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7568:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7569:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7570:2: ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( LA66_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt66=1;
            }
            else if ( LA66_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt66=1;
            }
            else if ( LA66_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt66=1;
            }
            else if ( LA66_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt66=1;
            }
            else if ( LA66_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt66=1;
            }
            else if ( LA66_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalAssign.g:7570:2: rule__VmGuest__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7576:1: rule__VmGuest__UnorderedGroup_2_1__1 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7580:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7581:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7582:2: ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( LA67_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt67=1;
            }
            else if ( LA67_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt67=1;
            }
            else if ( LA67_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt67=1;
            }
            else if ( LA67_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt67=1;
            }
            else if ( LA67_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt67=1;
            }
            else if ( LA67_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt67=1;
            }
            switch (alt67) {
                case 1 :
                    // InternalAssign.g:7582:2: rule__VmGuest__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7588:1: rule__VmGuest__UnorderedGroup_2_1__2 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7592:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7593:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7594:2: ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( LA68_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt68=1;
            }
            else if ( LA68_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt68=1;
            }
            else if ( LA68_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt68=1;
            }
            else if ( LA68_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt68=1;
            }
            else if ( LA68_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt68=1;
            }
            else if ( LA68_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalAssign.g:7594:2: rule__VmGuest__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7600:1: rule__VmGuest__UnorderedGroup_2_1__3 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7604:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? )
            // InternalAssign.g:7605:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7606:2: ( rule__VmGuest__UnorderedGroup_2_1__4 )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( LA69_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt69=1;
            }
            else if ( LA69_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt69=1;
            }
            else if ( LA69_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt69=1;
            }
            else if ( LA69_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt69=1;
            }
            else if ( LA69_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt69=1;
            }
            else if ( LA69_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalAssign.g:7606:2: rule__VmGuest__UnorderedGroup_2_1__4
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
    // InternalAssign.g:7612:1: rule__VmGuest__UnorderedGroup_2_1__4 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7616:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? )
            // InternalAssign.g:7617:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7618:2: ( rule__VmGuest__UnorderedGroup_2_1__5 )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( LA70_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                alt70=1;
            }
            else if ( LA70_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                alt70=1;
            }
            else if ( LA70_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                alt70=1;
            }
            else if ( LA70_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                alt70=1;
            }
            else if ( LA70_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                alt70=1;
            }
            else if ( LA70_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalAssign.g:7618:2: rule__VmGuest__UnorderedGroup_2_1__5
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
    // InternalAssign.g:7624:1: rule__VmGuest__UnorderedGroup_2_1__5 : rule__VmGuest__UnorderedGroup_2_1__Impl ;
    public final void rule__VmGuest__UnorderedGroup_2_1__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7628:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7629:2: rule__VmGuest__UnorderedGroup_2_1__Impl
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
    // InternalAssign.g:7636:1: rule__UserspaceDriver__UnorderedGroup_2_1 : ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7641:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7642:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7642:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( LA71_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt71=1;
            }
            else if ( LA71_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt71=1;
            }
            else if ( LA71_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt71=1;
            }
            else if ( LA71_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalAssign.g:7642:2: rule__UserspaceDriver__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7650:1: rule__UserspaceDriver__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7655:1: ( ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) )
            // InternalAssign.g:7656:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7656:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            int alt72=4;
            int LA72_0 = input.LA(1);

            if ( LA72_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt72=1;
            }
            else if ( LA72_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt72=2;
            }
            else if ( LA72_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt72=3;
            }
            else if ( LA72_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt72=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 72, 0, input);

                throw nvae;
            }
            switch (alt72) {
                case 1 :
                    // InternalAssign.g:7657:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7657:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7658:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7658:113: ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7659:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7665:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    // InternalAssign.g:7666:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7667:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    // InternalAssign.g:7667:7: rule__UserspaceDriver__Group_2_1_0__0
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
                    // InternalAssign.g:7672:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7672:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7673:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7673:113: ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7674:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7680:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    // InternalAssign.g:7681:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7682:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    // InternalAssign.g:7682:7: rule__UserspaceDriver__Group_2_1_1__0
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
                    // InternalAssign.g:7687:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7687:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7688:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7688:113: ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7689:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7695:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    // InternalAssign.g:7696:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7697:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    // InternalAssign.g:7697:7: rule__UserspaceDriver__Group_2_1_2__0
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
                    // InternalAssign.g:7702:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7702:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7703:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7703:113: ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7704:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7710:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    // InternalAssign.g:7711:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7712:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    // InternalAssign.g:7712:7: rule__UserspaceDriver__Group_2_1_3__0
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
    // InternalAssign.g:7725:1: rule__UserspaceDriver__UnorderedGroup_2_1__0 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7729:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7730:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_61);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7731:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( LA73_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt73=1;
            }
            else if ( LA73_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt73=1;
            }
            else if ( LA73_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt73=1;
            }
            else if ( LA73_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalAssign.g:7731:2: rule__UserspaceDriver__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7737:1: rule__UserspaceDriver__UnorderedGroup_2_1__1 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7741:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7742:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_61);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7743:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( LA74_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt74=1;
            }
            else if ( LA74_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt74=1;
            }
            else if ( LA74_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt74=1;
            }
            else if ( LA74_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalAssign.g:7743:2: rule__UserspaceDriver__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7749:1: rule__UserspaceDriver__UnorderedGroup_2_1__2 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7753:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7754:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_61);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7755:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( LA75_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                alt75=1;
            }
            else if ( LA75_0 == 29 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                alt75=1;
            }
            else if ( LA75_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                alt75=1;
            }
            else if ( LA75_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalAssign.g:7755:2: rule__UserspaceDriver__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7761:1: rule__UserspaceDriver__UnorderedGroup_2_1__3 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7765:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7766:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl
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
    // InternalAssign.g:7773:1: rule__Assignment__UnorderedGroup_4_1 : ( rule__Assignment__UnorderedGroup_4_1__0 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
        	
        try {
            // InternalAssign.g:7778:1: ( ( rule__Assignment__UnorderedGroup_4_1__0 )? )
            // InternalAssign.g:7779:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            {
            // InternalAssign.g:7779:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            int alt76=2;
            int LA76_0 = input.LA(1);

            if ( LA76_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt76=1;
            }
            else if ( LA76_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt76=1;
            }
            else if ( LA76_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt76=1;
            }
            else if ( LA76_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt76=1;
            }
            else if ( LA76_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt76=1;
            }
            switch (alt76) {
                case 1 :
                    // InternalAssign.g:7779:2: rule__Assignment__UnorderedGroup_4_1__0
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
    // InternalAssign.g:7787:1: rule__Assignment__UnorderedGroup_4_1__Impl : ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) ) ;
    public final void rule__Assignment__UnorderedGroup_4_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7792:1: ( ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) ) )
            // InternalAssign.g:7793:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) )
            {
            // InternalAssign.g:7793:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) ) )
            int alt77=5;
            int LA77_0 = input.LA(1);

            if ( LA77_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt77=1;
            }
            else if ( LA77_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt77=2;
            }
            else if ( LA77_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt77=3;
            }
            else if ( LA77_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt77=4;
            }
            else if ( LA77_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt77=5;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 77, 0, input);

                throw nvae;
            }
            switch (alt77) {
                case 1 :
                    // InternalAssign.g:7794:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7794:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    // InternalAssign.g:7795:4: {...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0)");
                    }
                    // InternalAssign.g:7795:108: ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    // InternalAssign.g:7796:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7802:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    // InternalAssign.g:7803:6: ( rule__Assignment__Group_4_1_0__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_0()); 
                    // InternalAssign.g:7804:6: ( rule__Assignment__Group_4_1_0__0 )
                    // InternalAssign.g:7804:7: rule__Assignment__Group_4_1_0__0
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
                    // InternalAssign.g:7809:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7809:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    // InternalAssign.g:7810:4: {...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1)");
                    }
                    // InternalAssign.g:7810:108: ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    // InternalAssign.g:7811:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7817:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    // InternalAssign.g:7818:6: ( rule__Assignment__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_1()); 
                    // InternalAssign.g:7819:6: ( rule__Assignment__Group_4_1_1__0 )
                    // InternalAssign.g:7819:7: rule__Assignment__Group_4_1_1__0
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
                    // InternalAssign.g:7824:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7824:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    // InternalAssign.g:7825:4: {...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2)");
                    }
                    // InternalAssign.g:7825:108: ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    // InternalAssign.g:7826:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7832:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    // InternalAssign.g:7833:6: ( rule__Assignment__Group_4_1_2__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_2()); 
                    // InternalAssign.g:7834:6: ( rule__Assignment__Group_4_1_2__0 )
                    // InternalAssign.g:7834:7: rule__Assignment__Group_4_1_2__0
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
                    // InternalAssign.g:7839:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    {
                    // InternalAssign.g:7839:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    // InternalAssign.g:7840:4: {...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3)");
                    }
                    // InternalAssign.g:7840:108: ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    // InternalAssign.g:7841:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7847:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    // InternalAssign.g:7848:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    {
                     before(grammarAccess.getAssignmentAccess().getPersistentAssignment_4_1_3()); 
                    // InternalAssign.g:7849:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    // InternalAssign.g:7849:7: rule__Assignment__PersistentAssignment_4_1_3
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
                    // InternalAssign.g:7854:3: ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) )
                    {
                    // InternalAssign.g:7854:3: ({...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) ) )
                    // InternalAssign.g:7855:4: {...}? => ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4)");
                    }
                    // InternalAssign.g:7855:108: ( ( ( rule__Assignment__ForceAssignment_4_1_4 ) ) )
                    // InternalAssign.g:7856:5: ( ( rule__Assignment__ForceAssignment_4_1_4 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7862:5: ( ( rule__Assignment__ForceAssignment_4_1_4 ) )
                    // InternalAssign.g:7863:6: ( rule__Assignment__ForceAssignment_4_1_4 )
                    {
                     before(grammarAccess.getAssignmentAccess().getForceAssignment_4_1_4()); 
                    // InternalAssign.g:7864:6: ( rule__Assignment__ForceAssignment_4_1_4 )
                    // InternalAssign.g:7864:7: rule__Assignment__ForceAssignment_4_1_4
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
    // InternalAssign.g:7877:1: rule__Assignment__UnorderedGroup_4_1__0 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7881:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? )
            // InternalAssign.g:7882:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )?
            {
            pushFollow(FOLLOW_62);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7883:2: ( rule__Assignment__UnorderedGroup_4_1__1 )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( LA78_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt78=1;
            }
            else if ( LA78_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt78=1;
            }
            else if ( LA78_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt78=1;
            }
            else if ( LA78_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt78=1;
            }
            else if ( LA78_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalAssign.g:7883:2: rule__Assignment__UnorderedGroup_4_1__1
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
    // InternalAssign.g:7889:1: rule__Assignment__UnorderedGroup_4_1__1 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7893:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? )
            // InternalAssign.g:7894:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )?
            {
            pushFollow(FOLLOW_62);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7895:2: ( rule__Assignment__UnorderedGroup_4_1__2 )?
            int alt79=2;
            int LA79_0 = input.LA(1);

            if ( LA79_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt79=1;
            }
            else if ( LA79_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt79=1;
            }
            else if ( LA79_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt79=1;
            }
            else if ( LA79_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt79=1;
            }
            else if ( LA79_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt79=1;
            }
            switch (alt79) {
                case 1 :
                    // InternalAssign.g:7895:2: rule__Assignment__UnorderedGroup_4_1__2
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
    // InternalAssign.g:7901:1: rule__Assignment__UnorderedGroup_4_1__2 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7905:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? )
            // InternalAssign.g:7906:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )?
            {
            pushFollow(FOLLOW_62);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7907:2: ( rule__Assignment__UnorderedGroup_4_1__3 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( LA80_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt80=1;
            }
            else if ( LA80_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt80=1;
            }
            else if ( LA80_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt80=1;
            }
            else if ( LA80_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt80=1;
            }
            else if ( LA80_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalAssign.g:7907:2: rule__Assignment__UnorderedGroup_4_1__3
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
    // InternalAssign.g:7913:1: rule__Assignment__UnorderedGroup_4_1__3 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__4 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7917:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__4 )? )
            // InternalAssign.g:7918:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__4 )?
            {
            pushFollow(FOLLOW_62);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7919:2: ( rule__Assignment__UnorderedGroup_4_1__4 )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( LA81_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                alt81=1;
            }
            else if ( LA81_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                alt81=1;
            }
            else if ( LA81_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                alt81=1;
            }
            else if ( LA81_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                alt81=1;
            }
            else if ( LA81_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalAssign.g:7919:2: rule__Assignment__UnorderedGroup_4_1__4
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
    // InternalAssign.g:7925:1: rule__Assignment__UnorderedGroup_4_1__4 : rule__Assignment__UnorderedGroup_4_1__Impl ;
    public final void rule__Assignment__UnorderedGroup_4_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7929:1: ( rule__Assignment__UnorderedGroup_4_1__Impl )
            // InternalAssign.g:7930:2: rule__Assignment__UnorderedGroup_4_1__Impl
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
    // InternalAssign.g:7937:1: rule__InlineBoard__UnorderedGroup_2 : ( rule__InlineBoard__UnorderedGroup_2__0 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
        	
        try {
            // InternalAssign.g:7942:1: ( ( rule__InlineBoard__UnorderedGroup_2__0 )? )
            // InternalAssign.g:7943:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            {
            // InternalAssign.g:7943:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( LA82_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt82=1;
            }
            else if ( LA82_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt82=1;
            }
            else if ( LA82_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt82=1;
            }
            else if ( LA82_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalAssign.g:7943:2: rule__InlineBoard__UnorderedGroup_2__0
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
    // InternalAssign.g:7951:1: rule__InlineBoard__UnorderedGroup_2__Impl : ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) ;
    public final void rule__InlineBoard__UnorderedGroup_2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7956:1: ( ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) )
            // InternalAssign.g:7957:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7957:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            int alt83=4;
            int LA83_0 = input.LA(1);

            if ( LA83_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt83=1;
            }
            else if ( LA83_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt83=2;
            }
            else if ( LA83_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt83=3;
            }
            else if ( LA83_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt83=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 83, 0, input);

                throw nvae;
            }
            switch (alt83) {
                case 1 :
                    // InternalAssign.g:7958:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7958:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    // InternalAssign.g:7959:4: {...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0)");
                    }
                    // InternalAssign.g:7959:107: ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    // InternalAssign.g:7960:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7966:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    // InternalAssign.g:7967:6: ( rule__InlineBoard__Group_2_0__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_0()); 
                    // InternalAssign.g:7968:6: ( rule__InlineBoard__Group_2_0__0 )
                    // InternalAssign.g:7968:7: rule__InlineBoard__Group_2_0__0
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
                    // InternalAssign.g:7973:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7973:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    // InternalAssign.g:7974:4: {...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1)");
                    }
                    // InternalAssign.g:7974:107: ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    // InternalAssign.g:7975:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7981:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    // InternalAssign.g:7982:6: ( rule__InlineBoard__Group_2_1__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_1()); 
                    // InternalAssign.g:7983:6: ( rule__InlineBoard__Group_2_1__0 )
                    // InternalAssign.g:7983:7: rule__InlineBoard__Group_2_1__0
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
                    // InternalAssign.g:7988:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7988:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    // InternalAssign.g:7989:4: {...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2)");
                    }
                    // InternalAssign.g:7989:107: ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    // InternalAssign.g:7990:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7996:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    // InternalAssign.g:7997:6: ( rule__InlineBoard__Group_2_2__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_2()); 
                    // InternalAssign.g:7998:6: ( rule__InlineBoard__Group_2_2__0 )
                    // InternalAssign.g:7998:7: rule__InlineBoard__Group_2_2__0
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
                    // InternalAssign.g:8003:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    {
                    // InternalAssign.g:8003:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    // InternalAssign.g:8004:4: {...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3)");
                    }
                    // InternalAssign.g:8004:107: ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    // InternalAssign.g:8005:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8011:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    // InternalAssign.g:8012:6: ( rule__InlineBoard__Group_2_3__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_3()); 
                    // InternalAssign.g:8013:6: ( rule__InlineBoard__Group_2_3__0 )
                    // InternalAssign.g:8013:7: rule__InlineBoard__Group_2_3__0
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
    // InternalAssign.g:8026:1: rule__InlineBoard__UnorderedGroup_2__0 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8030:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? )
            // InternalAssign.g:8031:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )?
            {
            pushFollow(FOLLOW_63);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:8032:2: ( rule__InlineBoard__UnorderedGroup_2__1 )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( LA84_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt84=1;
            }
            else if ( LA84_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt84=1;
            }
            else if ( LA84_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt84=1;
            }
            else if ( LA84_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalAssign.g:8032:2: rule__InlineBoard__UnorderedGroup_2__1
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
    // InternalAssign.g:8038:1: rule__InlineBoard__UnorderedGroup_2__1 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8042:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? )
            // InternalAssign.g:8043:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )?
            {
            pushFollow(FOLLOW_63);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:8044:2: ( rule__InlineBoard__UnorderedGroup_2__2 )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( LA85_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt85=1;
            }
            else if ( LA85_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt85=1;
            }
            else if ( LA85_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt85=1;
            }
            else if ( LA85_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalAssign.g:8044:2: rule__InlineBoard__UnorderedGroup_2__2
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
    // InternalAssign.g:8050:1: rule__InlineBoard__UnorderedGroup_2__2 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8054:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? )
            // InternalAssign.g:8055:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )?
            {
            pushFollow(FOLLOW_63);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:8056:2: ( rule__InlineBoard__UnorderedGroup_2__3 )?
            int alt86=2;
            int LA86_0 = input.LA(1);

            if ( LA86_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt86=1;
            }
            else if ( LA86_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt86=1;
            }
            else if ( LA86_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt86=1;
            }
            else if ( LA86_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt86=1;
            }
            switch (alt86) {
                case 1 :
                    // InternalAssign.g:8056:2: rule__InlineBoard__UnorderedGroup_2__3
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
    // InternalAssign.g:8062:1: rule__InlineBoard__UnorderedGroup_2__3 : rule__InlineBoard__UnorderedGroup_2__Impl ;
    public final void rule__InlineBoard__UnorderedGroup_2__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8066:1: ( rule__InlineBoard__UnorderedGroup_2__Impl )
            // InternalAssign.g:8067:2: rule__InlineBoard__UnorderedGroup_2__Impl
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
    // InternalAssign.g:8074:1: rule__PciDevice__UnorderedGroup_3 : ( rule__PciDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PciDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:8079:1: ( ( rule__PciDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:8080:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:8080:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( LA87_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt87=1;
            }
            else if ( LA87_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt87=1;
            }
            else if ( LA87_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt87=1;
            }
            else if ( LA87_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt87=1;
            }
            switch (alt87) {
                case 1 :
                    // InternalAssign.g:8080:2: rule__PciDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:8088:1: rule__PciDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) ;
    public final void rule__PciDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:8093:1: ( ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) )
            // InternalAssign.g:8094:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            {
            // InternalAssign.g:8094:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            int alt88=4;
            int LA88_0 = input.LA(1);

            if ( LA88_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt88=1;
            }
            else if ( LA88_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt88=2;
            }
            else if ( LA88_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt88=3;
            }
            else if ( LA88_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt88=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 88, 0, input);

                throw nvae;
            }
            switch (alt88) {
                case 1 :
                    // InternalAssign.g:8095:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:8095:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:8096:4: {...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:8096:105: ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:8097:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8103:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    // InternalAssign.g:8104:6: ( rule__PciDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:8105:6: ( rule__PciDevice__Group_3_0__0 )
                    // InternalAssign.g:8105:7: rule__PciDevice__Group_3_0__0
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
                    // InternalAssign.g:8110:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:8110:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:8111:4: {...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:8111:105: ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:8112:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8118:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    // InternalAssign.g:8119:6: ( rule__PciDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:8120:6: ( rule__PciDevice__Group_3_1__0 )
                    // InternalAssign.g:8120:7: rule__PciDevice__Group_3_1__0
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
                    // InternalAssign.g:8125:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    {
                    // InternalAssign.g:8125:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    // InternalAssign.g:8126:4: {...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2)");
                    }
                    // InternalAssign.g:8126:105: ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    // InternalAssign.g:8127:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8133:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    // InternalAssign.g:8134:6: ( rule__PciDevice__Group_3_2__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_2()); 
                    // InternalAssign.g:8135:6: ( rule__PciDevice__Group_3_2__0 )
                    // InternalAssign.g:8135:7: rule__PciDevice__Group_3_2__0
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
                    // InternalAssign.g:8140:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    {
                    // InternalAssign.g:8140:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    // InternalAssign.g:8141:4: {...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3)");
                    }
                    // InternalAssign.g:8141:105: ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    // InternalAssign.g:8142:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8148:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    // InternalAssign.g:8149:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getBridgeAssignment_3_3()); 
                    // InternalAssign.g:8150:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    // InternalAssign.g:8150:7: rule__PciDevice__BridgeAssignment_3_3
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
    // InternalAssign.g:8163:1: rule__PciDevice__UnorderedGroup_3__0 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8167:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:8168:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_64);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8169:2: ( rule__PciDevice__UnorderedGroup_3__1 )?
            int alt89=2;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt89=1;
            }
            else if ( LA89_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt89=1;
            }
            else if ( LA89_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt89=1;
            }
            else if ( LA89_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt89=1;
            }
            switch (alt89) {
                case 1 :
                    // InternalAssign.g:8169:2: rule__PciDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:8175:1: rule__PciDevice__UnorderedGroup_3__1 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8179:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? )
            // InternalAssign.g:8180:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )?
            {
            pushFollow(FOLLOW_64);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8181:2: ( rule__PciDevice__UnorderedGroup_3__2 )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( LA90_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt90=1;
            }
            else if ( LA90_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt90=1;
            }
            else if ( LA90_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt90=1;
            }
            else if ( LA90_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalAssign.g:8181:2: rule__PciDevice__UnorderedGroup_3__2
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
    // InternalAssign.g:8187:1: rule__PciDevice__UnorderedGroup_3__2 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8191:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? )
            // InternalAssign.g:8192:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )?
            {
            pushFollow(FOLLOW_64);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8193:2: ( rule__PciDevice__UnorderedGroup_3__3 )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( LA91_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt91=1;
            }
            else if ( LA91_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt91=1;
            }
            else if ( LA91_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt91=1;
            }
            else if ( LA91_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalAssign.g:8193:2: rule__PciDevice__UnorderedGroup_3__3
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
    // InternalAssign.g:8199:1: rule__PciDevice__UnorderedGroup_3__3 : rule__PciDevice__UnorderedGroup_3__Impl ;
    public final void rule__PciDevice__UnorderedGroup_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8203:1: ( rule__PciDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:8204:2: rule__PciDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:8211:1: rule__PlatformDevice__UnorderedGroup_3 : ( rule__PlatformDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:8216:1: ( ( rule__PlatformDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:8217:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:8217:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( LA92_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt92=1;
            }
            else if ( LA92_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalAssign.g:8217:2: rule__PlatformDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:8225:1: rule__PlatformDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) ;
    public final void rule__PlatformDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:8230:1: ( ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) )
            // InternalAssign.g:8231:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            {
            // InternalAssign.g:8231:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( LA93_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt93=1;
            }
            else if ( LA93_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt93=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 93, 0, input);

                throw nvae;
            }
            switch (alt93) {
                case 1 :
                    // InternalAssign.g:8232:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:8232:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:8233:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:8233:110: ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:8234:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8240:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    // InternalAssign.g:8241:6: ( rule__PlatformDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:8242:6: ( rule__PlatformDevice__Group_3_0__0 )
                    // InternalAssign.g:8242:7: rule__PlatformDevice__Group_3_0__0
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
                    // InternalAssign.g:8247:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:8247:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:8248:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:8248:110: ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:8249:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8255:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    // InternalAssign.g:8256:6: ( rule__PlatformDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:8257:6: ( rule__PlatformDevice__Group_3_1__0 )
                    // InternalAssign.g:8257:7: rule__PlatformDevice__Group_3_1__0
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
    // InternalAssign.g:8270:1: rule__PlatformDevice__UnorderedGroup_3__0 : rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8274:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:8275:2: rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_65);
            rule__PlatformDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8276:2: ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            int alt94=2;
            int LA94_0 = input.LA(1);

            if ( LA94_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt94=1;
            }
            else if ( LA94_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt94=1;
            }
            switch (alt94) {
                case 1 :
                    // InternalAssign.g:8276:2: rule__PlatformDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:8282:1: rule__PlatformDevice__UnorderedGroup_3__1 : rule__PlatformDevice__UnorderedGroup_3__Impl ;
    public final void rule__PlatformDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8286:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:8287:2: rule__PlatformDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:8294:1: rule__DeviceFacts__UnorderedGroup_0 : ( rule__DeviceFacts__UnorderedGroup_0__0 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
        	
        try {
            // InternalAssign.g:8299:1: ( ( rule__DeviceFacts__UnorderedGroup_0__0 )? )
            // InternalAssign.g:8300:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            {
            // InternalAssign.g:8300:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            int alt95=2;
            int LA95_0 = input.LA(1);

            if ( LA95_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt95=1;
            }
            else if ( LA95_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt95=1;
            }
            else if ( LA95_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt95=1;
            }
            else if ( LA95_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt95=1;
            }
            switch (alt95) {
                case 1 :
                    // InternalAssign.g:8300:2: rule__DeviceFacts__UnorderedGroup_0__0
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
    // InternalAssign.g:8308:1: rule__DeviceFacts__UnorderedGroup_0__Impl : ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) ;
    public final void rule__DeviceFacts__UnorderedGroup_0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:8313:1: ( ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) )
            // InternalAssign.g:8314:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            {
            // InternalAssign.g:8314:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            int alt96=4;
            int LA96_0 = input.LA(1);

            if ( LA96_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt96=1;
            }
            else if ( LA96_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt96=2;
            }
            else if ( LA96_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt96=3;
            }
            else if ( LA96_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt96=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 96, 0, input);

                throw nvae;
            }
            switch (alt96) {
                case 1 :
                    // InternalAssign.g:8315:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    {
                    // InternalAssign.g:8315:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    // InternalAssign.g:8316:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0)");
                    }
                    // InternalAssign.g:8316:107: ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    // InternalAssign.g:8317:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8323:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    // InternalAssign.g:8324:6: ( rule__DeviceFacts__Group_0_0__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_0()); 
                    // InternalAssign.g:8325:6: ( rule__DeviceFacts__Group_0_0__0 )
                    // InternalAssign.g:8325:7: rule__DeviceFacts__Group_0_0__0
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
                    // InternalAssign.g:8330:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    {
                    // InternalAssign.g:8330:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    // InternalAssign.g:8331:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1)");
                    }
                    // InternalAssign.g:8331:107: ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    // InternalAssign.g:8332:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8338:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    // InternalAssign.g:8339:6: ( rule__DeviceFacts__Group_0_1__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_1()); 
                    // InternalAssign.g:8340:6: ( rule__DeviceFacts__Group_0_1__0 )
                    // InternalAssign.g:8340:7: rule__DeviceFacts__Group_0_1__0
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
                    // InternalAssign.g:8345:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    {
                    // InternalAssign.g:8345:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    // InternalAssign.g:8346:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2)");
                    }
                    // InternalAssign.g:8346:107: ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    // InternalAssign.g:8347:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8353:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    // InternalAssign.g:8354:6: ( rule__DeviceFacts__Group_0_2__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_2()); 
                    // InternalAssign.g:8355:6: ( rule__DeviceFacts__Group_0_2__0 )
                    // InternalAssign.g:8355:7: rule__DeviceFacts__Group_0_2__0
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
                    // InternalAssign.g:8360:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    {
                    // InternalAssign.g:8360:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    // InternalAssign.g:8361:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3)");
                    }
                    // InternalAssign.g:8361:107: ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    // InternalAssign.g:8362:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8368:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    // InternalAssign.g:8369:6: ( rule__DeviceFacts__Group_0_3__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_3()); 
                    // InternalAssign.g:8370:6: ( rule__DeviceFacts__Group_0_3__0 )
                    // InternalAssign.g:8370:7: rule__DeviceFacts__Group_0_3__0
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
    // InternalAssign.g:8383:1: rule__DeviceFacts__UnorderedGroup_0__0 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8387:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? )
            // InternalAssign.g:8388:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            {
            pushFollow(FOLLOW_66);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8389:2: ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( LA97_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt97=1;
            }
            else if ( LA97_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt97=1;
            }
            else if ( LA97_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt97=1;
            }
            else if ( LA97_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalAssign.g:8389:2: rule__DeviceFacts__UnorderedGroup_0__1
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
    // InternalAssign.g:8395:1: rule__DeviceFacts__UnorderedGroup_0__1 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8399:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? )
            // InternalAssign.g:8400:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            {
            pushFollow(FOLLOW_66);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8401:2: ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( LA98_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt98=1;
            }
            else if ( LA98_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt98=1;
            }
            else if ( LA98_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt98=1;
            }
            else if ( LA98_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt98=1;
            }
            switch (alt98) {
                case 1 :
                    // InternalAssign.g:8401:2: rule__DeviceFacts__UnorderedGroup_0__2
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
    // InternalAssign.g:8407:1: rule__DeviceFacts__UnorderedGroup_0__2 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8411:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? )
            // InternalAssign.g:8412:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            {
            pushFollow(FOLLOW_66);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8413:2: ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            int alt99=2;
            int LA99_0 = input.LA(1);

            if ( LA99_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt99=1;
            }
            else if ( LA99_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt99=1;
            }
            else if ( LA99_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt99=1;
            }
            else if ( LA99_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt99=1;
            }
            switch (alt99) {
                case 1 :
                    // InternalAssign.g:8413:2: rule__DeviceFacts__UnorderedGroup_0__3
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
    // InternalAssign.g:8419:1: rule__DeviceFacts__UnorderedGroup_0__3 : rule__DeviceFacts__UnorderedGroup_0__Impl ;
    public final void rule__DeviceFacts__UnorderedGroup_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8423:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl )
            // InternalAssign.g:8424:2: rule__DeviceFacts__UnorderedGroup_0__Impl
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
    // InternalAssign.g:8431:1: rule__AssignmentConfig__ImportsAssignment_0 : ( ruleImport ) ;
    public final void rule__AssignmentConfig__ImportsAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8435:1: ( ( ruleImport ) )
            // InternalAssign.g:8436:2: ( ruleImport )
            {
            // InternalAssign.g:8436:2: ( ruleImport )
            // InternalAssign.g:8437:3: ruleImport
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
    // InternalAssign.g:8446:1: rule__AssignmentConfig__NameAssignment_2 : ( ruleName ) ;
    public final void rule__AssignmentConfig__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8450:1: ( ( ruleName ) )
            // InternalAssign.g:8451:2: ( ruleName )
            {
            // InternalAssign.g:8451:2: ( ruleName )
            // InternalAssign.g:8452:3: ruleName
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
    // InternalAssign.g:8461:1: rule__AssignmentConfig__BoardAssignment_3_1_0 : ( ( ruleBoardRef ) ) ;
    public final void rule__AssignmentConfig__BoardAssignment_3_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8465:1: ( ( ( ruleBoardRef ) ) )
            // InternalAssign.g:8466:2: ( ( ruleBoardRef ) )
            {
            // InternalAssign.g:8466:2: ( ( ruleBoardRef ) )
            // InternalAssign.g:8467:3: ( ruleBoardRef )
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardBoardCrossReference_3_1_0_0()); 
            // InternalAssign.g:8468:3: ( ruleBoardRef )
            // InternalAssign.g:8469:4: ruleBoardRef
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
    // InternalAssign.g:8480:1: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 : ( ruleInlineBoard ) ;
    public final void rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8484:1: ( ( ruleInlineBoard ) )
            // InternalAssign.g:8485:2: ( ruleInlineBoard )
            {
            // InternalAssign.g:8485:2: ( ruleInlineBoard )
            // InternalAssign.g:8486:3: ruleInlineBoard
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
    // InternalAssign.g:8495:1: rule__AssignmentConfig__ConsumersAssignment_4_0 : ( ruleConsumer ) ;
    public final void rule__AssignmentConfig__ConsumersAssignment_4_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8499:1: ( ( ruleConsumer ) )
            // InternalAssign.g:8500:2: ( ruleConsumer )
            {
            // InternalAssign.g:8500:2: ( ruleConsumer )
            // InternalAssign.g:8501:3: ruleConsumer
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
    // InternalAssign.g:8510:1: rule__AssignmentConfig__AssignmentsAssignment_4_1 : ( ruleAssignment ) ;
    public final void rule__AssignmentConfig__AssignmentsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8514:1: ( ( ruleAssignment ) )
            // InternalAssign.g:8515:2: ( ruleAssignment )
            {
            // InternalAssign.g:8515:2: ( ruleAssignment )
            // InternalAssign.g:8516:3: ruleAssignment
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


    // $ANTLR start "rule__AssignmentConfig__VirtualFunctionsAssignment_4_2"
    // InternalAssign.g:8525:1: rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 : ( ruleVirtualFunctions ) ;
    public final void rule__AssignmentConfig__VirtualFunctionsAssignment_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8529:1: ( ( ruleVirtualFunctions ) )
            // InternalAssign.g:8530:2: ( ruleVirtualFunctions )
            {
            // InternalAssign.g:8530:2: ( ruleVirtualFunctions )
            // InternalAssign.g:8531:3: ruleVirtualFunctions
            {
             before(grammarAccess.getAssignmentConfigAccess().getVirtualFunctionsVirtualFunctionsParserRuleCall_4_2_0()); 
            pushFollow(FOLLOW_2);
            ruleVirtualFunctions();

            state._fsp--;

             after(grammarAccess.getAssignmentConfigAccess().getVirtualFunctionsVirtualFunctionsParserRuleCall_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AssignmentConfig__VirtualFunctionsAssignment_4_2"


    // $ANTLR start "rule__Import__ImportURIAssignment_1"
    // InternalAssign.g:8540:1: rule__Import__ImportURIAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Import__ImportURIAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8544:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8545:2: ( RULE_STRING )
            {
            // InternalAssign.g:8545:2: ( RULE_STRING )
            // InternalAssign.g:8546:3: RULE_STRING
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
    // InternalAssign.g:8555:1: rule__VmGuest__NameAssignment_1 : ( ruleName ) ;
    public final void rule__VmGuest__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8559:1: ( ( ruleName ) )
            // InternalAssign.g:8560:2: ( ruleName )
            {
            // InternalAssign.g:8560:2: ( ruleName )
            // InternalAssign.g:8561:3: ruleName
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
    // InternalAssign.g:8570:1: rule__VmGuest__MemorySizeAssignment_2_1_0_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemorySizeAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8574:1: ( ( ruleSize ) )
            // InternalAssign.g:8575:2: ( ruleSize )
            {
            // InternalAssign.g:8575:2: ( ruleSize )
            // InternalAssign.g:8576:3: ruleSize
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
    // InternalAssign.g:8585:1: rule__VmGuest__VcpusAssignment_2_1_1_1 : ( RULE_INT ) ;
    public final void rule__VmGuest__VcpusAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8589:1: ( ( RULE_INT ) )
            // InternalAssign.g:8590:2: ( RULE_INT )
            {
            // InternalAssign.g:8590:2: ( RULE_INT )
            // InternalAssign.g:8591:3: RULE_INT
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
    // InternalAssign.g:8600:1: rule__VmGuest__MachineAssignment_2_1_2_1 : ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) ;
    public final void rule__VmGuest__MachineAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8604:1: ( ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) )
            // InternalAssign.g:8605:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            {
            // InternalAssign.g:8605:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            // InternalAssign.g:8606:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAlternatives_2_1_2_1_0()); 
            // InternalAssign.g:8607:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            // InternalAssign.g:8607:4: rule__VmGuest__MachineAlternatives_2_1_2_1_0
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
    // InternalAssign.g:8615:1: rule__VmGuest__MemlockLimitAssignment_2_1_3_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemlockLimitAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8619:1: ( ( ruleSize ) )
            // InternalAssign.g:8620:2: ( ruleSize )
            {
            // InternalAssign.g:8620:2: ( ruleSize )
            // InternalAssign.g:8621:3: ruleSize
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
    // InternalAssign.g:8630:1: rule__VmGuest__QemuVersionAssignment_2_1_4_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__QemuVersionAssignment_2_1_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8634:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8635:2: ( RULE_STRING )
            {
            // InternalAssign.g:8635:2: ( RULE_STRING )
            // InternalAssign.g:8636:3: RULE_STRING
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
    // InternalAssign.g:8645:1: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__LibvirtVersionAssignment_2_1_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8649:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8650:2: ( RULE_STRING )
            {
            // InternalAssign.g:8650:2: ( RULE_STRING )
            // InternalAssign.g:8651:3: RULE_STRING
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
    // InternalAssign.g:8660:1: rule__UserspaceDriver__NameAssignment_1 : ( ruleName ) ;
    public final void rule__UserspaceDriver__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8664:1: ( ( ruleName ) )
            // InternalAssign.g:8665:2: ( ruleName )
            {
            // InternalAssign.g:8665:2: ( ruleName )
            // InternalAssign.g:8666:3: ruleName
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
    // InternalAssign.g:8675:1: rule__UserspaceDriver__UidAssignment_2_1_0_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__UidAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8679:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8680:2: ( ruleUnixId )
            {
            // InternalAssign.g:8680:2: ( ruleUnixId )
            // InternalAssign.g:8681:3: ruleUnixId
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
    // InternalAssign.g:8690:1: rule__UserspaceDriver__GidAssignment_2_1_1_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__GidAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8694:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8695:2: ( ruleUnixId )
            {
            // InternalAssign.g:8695:2: ( ruleUnixId )
            // InternalAssign.g:8696:3: ruleUnixId
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
    // InternalAssign.g:8705:1: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 : ( ruleSize ) ;
    public final void rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8709:1: ( ( ruleSize ) )
            // InternalAssign.g:8710:2: ( ruleSize )
            {
            // InternalAssign.g:8710:2: ( ruleSize )
            // InternalAssign.g:8711:3: ruleSize
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
    // InternalAssign.g:8720:1: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 : ( RULE_STRING ) ;
    public final void rule__UserspaceDriver__SocketPathAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8724:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8725:2: ( RULE_STRING )
            {
            // InternalAssign.g:8725:2: ( RULE_STRING )
            // InternalAssign.g:8726:3: RULE_STRING
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
    // InternalAssign.g:8735:1: rule__Probe__NameAssignment_1 : ( ruleName ) ;
    public final void rule__Probe__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8739:1: ( ( ruleName ) )
            // InternalAssign.g:8740:2: ( ruleName )
            {
            // InternalAssign.g:8740:2: ( ruleName )
            // InternalAssign.g:8741:3: ruleName
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
    // InternalAssign.g:8750:1: rule__Probe__MemlockLimitAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__Probe__MemlockLimitAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8754:1: ( ( ruleSize ) )
            // InternalAssign.g:8755:2: ( ruleSize )
            {
            // InternalAssign.g:8755:2: ( ruleSize )
            // InternalAssign.g:8756:3: ruleSize
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


    // $ANTLR start "rule__Assignment__PhysicalFunctionAssignment_1_0_0"
    // InternalAssign.g:8765:1: rule__Assignment__PhysicalFunctionAssignment_1_0_0 : ( ( ruleDeviceRef ) ) ;
    public final void rule__Assignment__PhysicalFunctionAssignment_1_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8769:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8770:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8770:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8771:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getAssignmentAccess().getPhysicalFunctionDeviceCrossReference_1_0_0_0()); 
            // InternalAssign.g:8772:3: ( ruleDeviceRef )
            // InternalAssign.g:8773:4: ruleDeviceRef
            {
             before(grammarAccess.getAssignmentAccess().getPhysicalFunctionDeviceDeviceRefParserRuleCall_1_0_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleDeviceRef();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getPhysicalFunctionDeviceDeviceRefParserRuleCall_1_0_0_0_1()); 

            }

             after(grammarAccess.getAssignmentAccess().getPhysicalFunctionDeviceCrossReference_1_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__PhysicalFunctionAssignment_1_0_0"


    // $ANTLR start "rule__Assignment__FirstVfAssignment_1_0_4"
    // InternalAssign.g:8784:1: rule__Assignment__FirstVfAssignment_1_0_4 : ( RULE_INT ) ;
    public final void rule__Assignment__FirstVfAssignment_1_0_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8788:1: ( ( RULE_INT ) )
            // InternalAssign.g:8789:2: ( RULE_INT )
            {
            // InternalAssign.g:8789:2: ( RULE_INT )
            // InternalAssign.g:8790:3: RULE_INT
            {
             before(grammarAccess.getAssignmentAccess().getFirstVfINTTerminalRuleCall_1_0_4_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getFirstVfINTTerminalRuleCall_1_0_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__FirstVfAssignment_1_0_4"


    // $ANTLR start "rule__Assignment__LastVfAssignment_1_0_5_1"
    // InternalAssign.g:8799:1: rule__Assignment__LastVfAssignment_1_0_5_1 : ( RULE_INT ) ;
    public final void rule__Assignment__LastVfAssignment_1_0_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8803:1: ( ( RULE_INT ) )
            // InternalAssign.g:8804:2: ( RULE_INT )
            {
            // InternalAssign.g:8804:2: ( RULE_INT )
            // InternalAssign.g:8805:3: RULE_INT
            {
             before(grammarAccess.getAssignmentAccess().getLastVfINTTerminalRuleCall_1_0_5_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getAssignmentAccess().getLastVfINTTerminalRuleCall_1_0_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__LastVfAssignment_1_0_5_1"


    // $ANTLR start "rule__Assignment__DeviceAssignment_1_1"
    // InternalAssign.g:8814:1: rule__Assignment__DeviceAssignment_1_1 : ( ( ruleDeviceRef ) ) ;
    public final void rule__Assignment__DeviceAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8818:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8819:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8819:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8820:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_1_0()); 
            // InternalAssign.g:8821:3: ( ruleDeviceRef )
            // InternalAssign.g:8822:4: ruleDeviceRef
            {
             before(grammarAccess.getAssignmentAccess().getDeviceDeviceDeviceRefParserRuleCall_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleDeviceRef();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getDeviceDeviceDeviceRefParserRuleCall_1_1_0_1()); 

            }

             after(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__DeviceAssignment_1_1"


    // $ANTLR start "rule__Assignment__GroupAssignment_1_2_1"
    // InternalAssign.g:8833:1: rule__Assignment__GroupAssignment_1_2_1 : ( ( ruleGroupId ) ) ;
    public final void rule__Assignment__GroupAssignment_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8837:1: ( ( ( ruleGroupId ) ) )
            // InternalAssign.g:8838:2: ( ( ruleGroupId ) )
            {
            // InternalAssign.g:8838:2: ( ( ruleGroupId ) )
            // InternalAssign.g:8839:3: ( ruleGroupId )
            {
             before(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_2_1_0()); 
            // InternalAssign.g:8840:3: ( ruleGroupId )
            // InternalAssign.g:8841:4: ruleGroupId
            {
             before(grammarAccess.getAssignmentAccess().getGroupIommuGroupGroupIdParserRuleCall_1_2_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleGroupId();

            state._fsp--;

             after(grammarAccess.getAssignmentAccess().getGroupIommuGroupGroupIdParserRuleCall_1_2_1_0_1()); 

            }

             after(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Assignment__GroupAssignment_1_2_1"


    // $ANTLR start "rule__Assignment__ConsumerAssignment_3"
    // InternalAssign.g:8852:1: rule__Assignment__ConsumerAssignment_3 : ( ( ruleName ) ) ;
    public final void rule__Assignment__ConsumerAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8856:1: ( ( ( ruleName ) ) )
            // InternalAssign.g:8857:2: ( ( ruleName ) )
            {
            // InternalAssign.g:8857:2: ( ( ruleName ) )
            // InternalAssign.g:8858:3: ( ruleName )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerConsumerCrossReference_3_0()); 
            // InternalAssign.g:8859:3: ( ruleName )
            // InternalAssign.g:8860:4: ruleName
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
    // InternalAssign.g:8871:1: rule__Assignment__DriverAssignment_4_1_0_1 : ( ruleVfioDriver ) ;
    public final void rule__Assignment__DriverAssignment_4_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8875:1: ( ( ruleVfioDriver ) )
            // InternalAssign.g:8876:2: ( ruleVfioDriver )
            {
            // InternalAssign.g:8876:2: ( ruleVfioDriver )
            // InternalAssign.g:8877:3: ruleVfioDriver
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
    // InternalAssign.g:8886:1: rule__Assignment__OpenPathAssignment_4_1_1_1 : ( ruleOpenPath ) ;
    public final void rule__Assignment__OpenPathAssignment_4_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8890:1: ( ( ruleOpenPath ) )
            // InternalAssign.g:8891:2: ( ruleOpenPath )
            {
            // InternalAssign.g:8891:2: ( ruleOpenPath )
            // InternalAssign.g:8892:3: ruleOpenPath
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
    // InternalAssign.g:8901:1: rule__Assignment__ResetPolicyAssignment_4_1_2_1 : ( ruleResetPolicy ) ;
    public final void rule__Assignment__ResetPolicyAssignment_4_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8905:1: ( ( ruleResetPolicy ) )
            // InternalAssign.g:8906:2: ( ruleResetPolicy )
            {
            // InternalAssign.g:8906:2: ( ruleResetPolicy )
            // InternalAssign.g:8907:3: ruleResetPolicy
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
    // InternalAssign.g:8916:1: rule__Assignment__PersistentAssignment_4_1_3 : ( ( 'persistent' ) ) ;
    public final void rule__Assignment__PersistentAssignment_4_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8920:1: ( ( ( 'persistent' ) ) )
            // InternalAssign.g:8921:2: ( ( 'persistent' ) )
            {
            // InternalAssign.g:8921:2: ( ( 'persistent' ) )
            // InternalAssign.g:8922:3: ( 'persistent' )
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            // InternalAssign.g:8923:3: ( 'persistent' )
            // InternalAssign.g:8924:4: 'persistent'
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            match(input,34,FOLLOW_2); 
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
    // InternalAssign.g:8935:1: rule__Assignment__ForceAssignment_4_1_4 : ( ( 'force' ) ) ;
    public final void rule__Assignment__ForceAssignment_4_1_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8939:1: ( ( ( 'force' ) ) )
            // InternalAssign.g:8940:2: ( ( 'force' ) )
            {
            // InternalAssign.g:8940:2: ( ( 'force' ) )
            // InternalAssign.g:8941:3: ( 'force' )
            {
             before(grammarAccess.getAssignmentAccess().getForceForceKeyword_4_1_4_0()); 
            // InternalAssign.g:8942:3: ( 'force' )
            // InternalAssign.g:8943:4: 'force'
            {
             before(grammarAccess.getAssignmentAccess().getForceForceKeyword_4_1_4_0()); 
            match(input,35,FOLLOW_2); 
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
    // InternalAssign.g:8954:1: rule__Assignment__RegionsAssignment_4_2_0 : ( ruleRegionMapping ) ;
    public final void rule__Assignment__RegionsAssignment_4_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8958:1: ( ( ruleRegionMapping ) )
            // InternalAssign.g:8959:2: ( ruleRegionMapping )
            {
            // InternalAssign.g:8959:2: ( ruleRegionMapping )
            // InternalAssign.g:8960:3: ruleRegionMapping
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
    // InternalAssign.g:8969:1: rule__Assignment__IrqsAssignment_4_2_1 : ( ruleIrqBinding ) ;
    public final void rule__Assignment__IrqsAssignment_4_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8973:1: ( ( ruleIrqBinding ) )
            // InternalAssign.g:8974:2: ( ruleIrqBinding )
            {
            // InternalAssign.g:8974:2: ( ruleIrqBinding )
            // InternalAssign.g:8975:3: ruleIrqBinding
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
    // InternalAssign.g:8984:1: rule__Assignment__DmaWindowsAssignment_4_2_2 : ( ruleDmaWindow ) ;
    public final void rule__Assignment__DmaWindowsAssignment_4_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8988:1: ( ( ruleDmaWindow ) )
            // InternalAssign.g:8989:2: ( ruleDmaWindow )
            {
            // InternalAssign.g:8989:2: ( ruleDmaWindow )
            // InternalAssign.g:8990:3: ruleDmaWindow
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


    // $ANTLR start "rule__VirtualFunctions__PhysicalFunctionAssignment_1"
    // InternalAssign.g:8999:1: rule__VirtualFunctions__PhysicalFunctionAssignment_1 : ( ( ruleDeviceRef ) ) ;
    public final void rule__VirtualFunctions__PhysicalFunctionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9003:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:9004:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:9004:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:9005:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionDeviceCrossReference_1_0()); 
            // InternalAssign.g:9006:3: ( ruleDeviceRef )
            // InternalAssign.g:9007:4: ruleDeviceRef
            {
             before(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionDeviceDeviceRefParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleDeviceRef();

            state._fsp--;

             after(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionDeviceDeviceRefParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionDeviceCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__PhysicalFunctionAssignment_1"


    // $ANTLR start "rule__VirtualFunctions__CountAssignment_3"
    // InternalAssign.g:9018:1: rule__VirtualFunctions__CountAssignment_3 : ( RULE_INT ) ;
    public final void rule__VirtualFunctions__CountAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9022:1: ( ( RULE_INT ) )
            // InternalAssign.g:9023:2: ( RULE_INT )
            {
            // InternalAssign.g:9023:2: ( RULE_INT )
            // InternalAssign.g:9024:3: RULE_INT
            {
             before(grammarAccess.getVirtualFunctionsAccess().getCountINTTerminalRuleCall_3_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getVirtualFunctionsAccess().getCountINTTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VirtualFunctions__CountAssignment_3"


    // $ANTLR start "rule__RegionMapping__RegionAssignment_1"
    // InternalAssign.g:9033:1: rule__RegionMapping__RegionAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__RegionMapping__RegionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9037:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:9038:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:9038:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:9039:3: ( ruleMemberRef )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0()); 
            // InternalAssign.g:9040:3: ( ruleMemberRef )
            // InternalAssign.g:9041:4: ruleMemberRef
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
    // InternalAssign.g:9052:1: rule__RegionMapping__ReadOnlyAssignment_2 : ( ( 'read-only' ) ) ;
    public final void rule__RegionMapping__ReadOnlyAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9056:1: ( ( ( 'read-only' ) ) )
            // InternalAssign.g:9057:2: ( ( 'read-only' ) )
            {
            // InternalAssign.g:9057:2: ( ( 'read-only' ) )
            // InternalAssign.g:9058:3: ( 'read-only' )
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 
            // InternalAssign.g:9059:3: ( 'read-only' )
            // InternalAssign.g:9060:4: 'read-only'
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
    // InternalAssign.g:9071:1: rule__IrqBinding__InterruptAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__IrqBinding__InterruptAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9075:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:9076:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:9076:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:9077:3: ( ruleMemberRef )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0()); 
            // InternalAssign.g:9078:3: ( ruleMemberRef )
            // InternalAssign.g:9079:4: ruleMemberRef
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
    // InternalAssign.g:9090:1: rule__IrqBinding__StartAssignment_2_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__StartAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9094:1: ( ( RULE_INT ) )
            // InternalAssign.g:9095:2: ( RULE_INT )
            {
            // InternalAssign.g:9095:2: ( RULE_INT )
            // InternalAssign.g:9096:3: RULE_INT
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
    // InternalAssign.g:9105:1: rule__IrqBinding__CountAssignment_3_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__CountAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9109:1: ( ( RULE_INT ) )
            // InternalAssign.g:9110:2: ( RULE_INT )
            {
            // InternalAssign.g:9110:2: ( RULE_INT )
            // InternalAssign.g:9111:3: RULE_INT
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
    // InternalAssign.g:9120:1: rule__IrqBinding__ModeAssignment_4 : ( ruleIrqMode ) ;
    public final void rule__IrqBinding__ModeAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9124:1: ( ( ruleIrqMode ) )
            // InternalAssign.g:9125:2: ( ruleIrqMode )
            {
            // InternalAssign.g:9125:2: ( ruleIrqMode )
            // InternalAssign.g:9126:3: ruleIrqMode
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
    // InternalAssign.g:9135:1: rule__DmaWindow__NameAssignment_1 : ( ruleName ) ;
    public final void rule__DmaWindow__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9139:1: ( ( ruleName ) )
            // InternalAssign.g:9140:2: ( ruleName )
            {
            // InternalAssign.g:9140:2: ( ruleName )
            // InternalAssign.g:9141:3: ruleName
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
    // InternalAssign.g:9150:1: rule__DmaWindow__IovaAssignment_3 : ( ruleNumber ) ;
    public final void rule__DmaWindow__IovaAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9154:1: ( ( ruleNumber ) )
            // InternalAssign.g:9155:2: ( ruleNumber )
            {
            // InternalAssign.g:9155:2: ( ruleNumber )
            // InternalAssign.g:9156:3: ruleNumber
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
    // InternalAssign.g:9165:1: rule__DmaWindow__SizeAssignment_5 : ( ruleSize ) ;
    public final void rule__DmaWindow__SizeAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9169:1: ( ( ruleSize ) )
            // InternalAssign.g:9170:2: ( ruleSize )
            {
            // InternalAssign.g:9170:2: ( ruleSize )
            // InternalAssign.g:9171:3: ruleSize
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
    // InternalAssign.g:9180:1: rule__DmaWindow__WritableAssignment_6_0 : ( ruleReadOnly ) ;
    public final void rule__DmaWindow__WritableAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9184:1: ( ( ruleReadOnly ) )
            // InternalAssign.g:9185:2: ( ruleReadOnly )
            {
            // InternalAssign.g:9185:2: ( ruleReadOnly )
            // InternalAssign.g:9186:3: ruleReadOnly
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
    // InternalAssign.g:9195:1: rule__DmaWindow__ReadableAssignment_6_1 : ( ruleWriteOnly ) ;
    public final void rule__DmaWindow__ReadableAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9199:1: ( ( ruleWriteOnly ) )
            // InternalAssign.g:9200:2: ( ruleWriteOnly )
            {
            // InternalAssign.g:9200:2: ( ruleWriteOnly )
            // InternalAssign.g:9201:3: ruleWriteOnly
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
    // InternalAssign.g:9210:1: rule__InlineBoard__NameAssignment_0 : ( ruleName ) ;
    public final void rule__InlineBoard__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9214:1: ( ( ruleName ) )
            // InternalAssign.g:9215:2: ( ruleName )
            {
            // InternalAssign.g:9215:2: ( ruleName )
            // InternalAssign.g:9216:3: ruleName
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
    // InternalAssign.g:9225:1: rule__InlineBoard__ArchitectureAssignment_2_0_1 : ( ruleName ) ;
    public final void rule__InlineBoard__ArchitectureAssignment_2_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9229:1: ( ( ruleName ) )
            // InternalAssign.g:9230:2: ( ruleName )
            {
            // InternalAssign.g:9230:2: ( ruleName )
            // InternalAssign.g:9231:3: ruleName
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
    // InternalAssign.g:9240:1: rule__InlineBoard__PageSizeAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__InlineBoard__PageSizeAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9244:1: ( ( ruleSize ) )
            // InternalAssign.g:9245:2: ( ruleSize )
            {
            // InternalAssign.g:9245:2: ( ruleSize )
            // InternalAssign.g:9246:3: ruleSize
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
    // InternalAssign.g:9255:1: rule__InlineBoard__KernelVersionAssignment_2_2_1 : ( RULE_STRING ) ;
    public final void rule__InlineBoard__KernelVersionAssignment_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9259:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9260:2: ( RULE_STRING )
            {
            // InternalAssign.g:9260:2: ( RULE_STRING )
            // InternalAssign.g:9261:3: RULE_STRING
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
    // InternalAssign.g:9270:1: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 : ( ruleKernelCapability ) ;
    public final void rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9274:1: ( ( ruleKernelCapability ) )
            // InternalAssign.g:9275:2: ( ruleKernelCapability )
            {
            // InternalAssign.g:9275:2: ( ruleKernelCapability )
            // InternalAssign.g:9276:3: ruleKernelCapability
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
    // InternalAssign.g:9285:1: rule__InlineBoard__DevicesAssignment_3_0 : ( ruleDevice ) ;
    public final void rule__InlineBoard__DevicesAssignment_3_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9289:1: ( ( ruleDevice ) )
            // InternalAssign.g:9290:2: ( ruleDevice )
            {
            // InternalAssign.g:9290:2: ( ruleDevice )
            // InternalAssign.g:9291:3: ruleDevice
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
    // InternalAssign.g:9300:1: rule__InlineBoard__IommuGroupsAssignment_3_1 : ( ruleIommuGroup ) ;
    public final void rule__InlineBoard__IommuGroupsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9304:1: ( ( ruleIommuGroup ) )
            // InternalAssign.g:9305:2: ( ruleIommuGroup )
            {
            // InternalAssign.g:9305:2: ( ruleIommuGroup )
            // InternalAssign.g:9306:3: ruleIommuGroup
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
    // InternalAssign.g:9315:1: rule__PciDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PciDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9319:1: ( ( ruleName ) )
            // InternalAssign.g:9320:2: ( ruleName )
            {
            // InternalAssign.g:9320:2: ( ruleName )
            // InternalAssign.g:9321:3: ruleName
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
    // InternalAssign.g:9330:1: rule__PciDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PciDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9334:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9335:2: ( RULE_STRING )
            {
            // InternalAssign.g:9335:2: ( RULE_STRING )
            // InternalAssign.g:9336:3: RULE_STRING
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
    // InternalAssign.g:9345:1: rule__PciDevice__VendorIdAssignment_3_0_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__VendorIdAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9349:1: ( ( ruleInt32 ) )
            // InternalAssign.g:9350:2: ( ruleInt32 )
            {
            // InternalAssign.g:9350:2: ( ruleInt32 )
            // InternalAssign.g:9351:3: ruleInt32
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
    // InternalAssign.g:9360:1: rule__PciDevice__DeviceIdAssignment_3_1_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__DeviceIdAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9364:1: ( ( ruleInt32 ) )
            // InternalAssign.g:9365:2: ( ruleInt32 )
            {
            // InternalAssign.g:9365:2: ( ruleInt32 )
            // InternalAssign.g:9366:3: ruleInt32
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
    // InternalAssign.g:9375:1: rule__PciDevice__ClassCodeAssignment_3_2_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__ClassCodeAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9379:1: ( ( ruleInt32 ) )
            // InternalAssign.g:9380:2: ( ruleInt32 )
            {
            // InternalAssign.g:9380:2: ( ruleInt32 )
            // InternalAssign.g:9381:3: ruleInt32
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
    // InternalAssign.g:9390:1: rule__PciDevice__BridgeAssignment_3_3 : ( ( 'bridge' ) ) ;
    public final void rule__PciDevice__BridgeAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9394:1: ( ( ( 'bridge' ) ) )
            // InternalAssign.g:9395:2: ( ( 'bridge' ) )
            {
            // InternalAssign.g:9395:2: ( ( 'bridge' ) )
            // InternalAssign.g:9396:3: ( 'bridge' )
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            // InternalAssign.g:9397:3: ( 'bridge' )
            // InternalAssign.g:9398:4: 'bridge'
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            match(input,60,FOLLOW_2); 
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
    // InternalAssign.g:9409:1: rule__PlatformDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PlatformDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9413:1: ( ( ruleName ) )
            // InternalAssign.g:9414:2: ( ruleName )
            {
            // InternalAssign.g:9414:2: ( ruleName )
            // InternalAssign.g:9415:3: ruleName
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
    // InternalAssign.g:9424:1: rule__PlatformDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9428:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9429:2: ( RULE_STRING )
            {
            // InternalAssign.g:9429:2: ( RULE_STRING )
            // InternalAssign.g:9430:3: RULE_STRING
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
    // InternalAssign.g:9439:1: rule__PlatformDevice__DtPathAssignment_3_0_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__DtPathAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9443:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9444:2: ( RULE_STRING )
            {
            // InternalAssign.g:9444:2: ( RULE_STRING )
            // InternalAssign.g:9445:3: RULE_STRING
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
    // InternalAssign.g:9454:1: rule__PlatformDevice__CompatibleAssignment_3_1_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9458:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9459:2: ( RULE_STRING )
            {
            // InternalAssign.g:9459:2: ( RULE_STRING )
            // InternalAssign.g:9460:3: RULE_STRING
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
    // InternalAssign.g:9469:1: rule__PlatformDevice__CompatibleAssignment_3_1_2_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9473:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9474:2: ( RULE_STRING )
            {
            // InternalAssign.g:9474:2: ( RULE_STRING )
            // InternalAssign.g:9475:3: RULE_STRING
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
    // InternalAssign.g:9484:1: rule__DeviceFacts__DriverAssignment_0_0_1 : ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) ;
    public final void rule__DeviceFacts__DriverAssignment_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9488:1: ( ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) )
            // InternalAssign.g:9489:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            {
            // InternalAssign.g:9489:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            // InternalAssign.g:9490:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAlternatives_0_0_1_0()); 
            // InternalAssign.g:9491:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            // InternalAssign.g:9491:4: rule__DeviceFacts__DriverAlternatives_0_0_1_0
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
    // InternalAssign.g:9499:1: rule__DeviceFacts__ProtectionAssignment_0_1_1 : ( ruleProtection ) ;
    public final void rule__DeviceFacts__ProtectionAssignment_0_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9503:1: ( ( ruleProtection ) )
            // InternalAssign.g:9504:2: ( ruleProtection )
            {
            // InternalAssign.g:9504:2: ( ruleProtection )
            // InternalAssign.g:9505:3: ruleProtection
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
    // InternalAssign.g:9514:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9518:1: ( ( ruleName ) )
            // InternalAssign.g:9519:2: ( ruleName )
            {
            // InternalAssign.g:9519:2: ( ruleName )
            // InternalAssign.g:9520:3: ruleName
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
    // InternalAssign.g:9529:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9533:1: ( ( ruleName ) )
            // InternalAssign.g:9534:2: ( ruleName )
            {
            // InternalAssign.g:9534:2: ( ruleName )
            // InternalAssign.g:9535:3: ruleName
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
    // InternalAssign.g:9544:1: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 : ( RULE_INT ) ;
    public final void rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9548:1: ( ( RULE_INT ) )
            // InternalAssign.g:9549:2: ( RULE_INT )
            {
            // InternalAssign.g:9549:2: ( RULE_INT )
            // InternalAssign.g:9550:3: RULE_INT
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
    // InternalAssign.g:9559:1: rule__DeviceFacts__RegionsAssignment_1_1_0 : ( ruleRegion ) ;
    public final void rule__DeviceFacts__RegionsAssignment_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9563:1: ( ( ruleRegion ) )
            // InternalAssign.g:9564:2: ( ruleRegion )
            {
            // InternalAssign.g:9564:2: ( ruleRegion )
            // InternalAssign.g:9565:3: ruleRegion
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
    // InternalAssign.g:9574:1: rule__DeviceFacts__InterruptsAssignment_1_1_1 : ( ruleInterrupt ) ;
    public final void rule__DeviceFacts__InterruptsAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9578:1: ( ( ruleInterrupt ) )
            // InternalAssign.g:9579:2: ( ruleInterrupt )
            {
            // InternalAssign.g:9579:2: ( ruleInterrupt )
            // InternalAssign.g:9580:3: ruleInterrupt
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
    // InternalAssign.g:9589:1: rule__Region__NameAssignment_1 : ( ruleRegionName ) ;
    public final void rule__Region__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9593:1: ( ( ruleRegionName ) )
            // InternalAssign.g:9594:2: ( ruleRegionName )
            {
            // InternalAssign.g:9594:2: ( ruleRegionName )
            // InternalAssign.g:9595:3: ruleRegionName
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
    // InternalAssign.g:9604:1: rule__Region__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Region__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9608:1: ( ( RULE_INT ) )
            // InternalAssign.g:9609:2: ( RULE_INT )
            {
            // InternalAssign.g:9609:2: ( RULE_INT )
            // InternalAssign.g:9610:3: RULE_INT
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
    // InternalAssign.g:9619:1: rule__Region__KindAssignment_4 : ( ruleRegionKind ) ;
    public final void rule__Region__KindAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9623:1: ( ( ruleRegionKind ) )
            // InternalAssign.g:9624:2: ( ruleRegionKind )
            {
            // InternalAssign.g:9624:2: ( ruleRegionKind )
            // InternalAssign.g:9625:3: ruleRegionKind
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
    // InternalAssign.g:9634:1: rule__Region__BaseAssignment_5_1 : ( ruleNumber ) ;
    public final void rule__Region__BaseAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9638:1: ( ( ruleNumber ) )
            // InternalAssign.g:9639:2: ( ruleNumber )
            {
            // InternalAssign.g:9639:2: ( ruleNumber )
            // InternalAssign.g:9640:3: ruleNumber
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
    // InternalAssign.g:9649:1: rule__Region__SizeAssignment_7 : ( ruleSize ) ;
    public final void rule__Region__SizeAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9653:1: ( ( ruleSize ) )
            // InternalAssign.g:9654:2: ( ruleSize )
            {
            // InternalAssign.g:9654:2: ( ruleSize )
            // InternalAssign.g:9655:3: ruleSize
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
    // InternalAssign.g:9664:1: rule__Region__ReadableAssignment_8 : ( ( 'read' ) ) ;
    public final void rule__Region__ReadableAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9668:1: ( ( ( 'read' ) ) )
            // InternalAssign.g:9669:2: ( ( 'read' ) )
            {
            // InternalAssign.g:9669:2: ( ( 'read' ) )
            // InternalAssign.g:9670:3: ( 'read' )
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            // InternalAssign.g:9671:3: ( 'read' )
            // InternalAssign.g:9672:4: 'read'
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            match(input,76,FOLLOW_2); 
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
    // InternalAssign.g:9683:1: rule__Region__WritableAssignment_9 : ( ( 'write' ) ) ;
    public final void rule__Region__WritableAssignment_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9687:1: ( ( ( 'write' ) ) )
            // InternalAssign.g:9688:2: ( ( 'write' ) )
            {
            // InternalAssign.g:9688:2: ( ( 'write' ) )
            // InternalAssign.g:9689:3: ( 'write' )
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            // InternalAssign.g:9690:3: ( 'write' )
            // InternalAssign.g:9691:4: 'write'
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            match(input,77,FOLLOW_2); 
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
    // InternalAssign.g:9702:1: rule__Region__MmappableAssignment_10 : ( ( 'mmap' ) ) ;
    public final void rule__Region__MmappableAssignment_10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9706:1: ( ( ( 'mmap' ) ) )
            // InternalAssign.g:9707:2: ( ( 'mmap' ) )
            {
            // InternalAssign.g:9707:2: ( ( 'mmap' ) )
            // InternalAssign.g:9708:3: ( 'mmap' )
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            // InternalAssign.g:9709:3: ( 'mmap' )
            // InternalAssign.g:9710:4: 'mmap'
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            match(input,78,FOLLOW_2); 
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
    // InternalAssign.g:9721:1: rule__Interrupt__KindAssignment_1 : ( ruleInterruptKind ) ;
    public final void rule__Interrupt__KindAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9725:1: ( ( ruleInterruptKind ) )
            // InternalAssign.g:9726:2: ( ruleInterruptKind )
            {
            // InternalAssign.g:9726:2: ( ruleInterruptKind )
            // InternalAssign.g:9727:3: ruleInterruptKind
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
    // InternalAssign.g:9736:1: rule__Interrupt__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Interrupt__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9740:1: ( ( RULE_INT ) )
            // InternalAssign.g:9741:2: ( RULE_INT )
            {
            // InternalAssign.g:9741:2: ( RULE_INT )
            // InternalAssign.g:9742:3: RULE_INT
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
    // InternalAssign.g:9751:1: rule__Interrupt__CountAssignment_4_1 : ( RULE_INT ) ;
    public final void rule__Interrupt__CountAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9755:1: ( ( RULE_INT ) )
            // InternalAssign.g:9756:2: ( RULE_INT )
            {
            // InternalAssign.g:9756:2: ( RULE_INT )
            // InternalAssign.g:9757:3: RULE_INT
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
    // InternalAssign.g:9766:1: rule__Interrupt__EventfdAssignment_5 : ( ( 'eventfd' ) ) ;
    public final void rule__Interrupt__EventfdAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9770:1: ( ( ( 'eventfd' ) ) )
            // InternalAssign.g:9771:2: ( ( 'eventfd' ) )
            {
            // InternalAssign.g:9771:2: ( ( 'eventfd' ) )
            // InternalAssign.g:9772:3: ( 'eventfd' )
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            // InternalAssign.g:9773:3: ( 'eventfd' )
            // InternalAssign.g:9774:4: 'eventfd'
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            match(input,91,FOLLOW_2); 
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
    // InternalAssign.g:9785:1: rule__Interrupt__MaskableAssignment_6 : ( ( 'maskable' ) ) ;
    public final void rule__Interrupt__MaskableAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9789:1: ( ( ( 'maskable' ) ) )
            // InternalAssign.g:9790:2: ( ( 'maskable' ) )
            {
            // InternalAssign.g:9790:2: ( ( 'maskable' ) )
            // InternalAssign.g:9791:3: ( 'maskable' )
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            // InternalAssign.g:9792:3: ( 'maskable' )
            // InternalAssign.g:9793:4: 'maskable'
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            match(input,84,FOLLOW_2); 
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
    // InternalAssign.g:9804:1: rule__Interrupt__AutomaskedAssignment_7 : ( ( 'automasked' ) ) ;
    public final void rule__Interrupt__AutomaskedAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9808:1: ( ( ( 'automasked' ) ) )
            // InternalAssign.g:9809:2: ( ( 'automasked' ) )
            {
            // InternalAssign.g:9809:2: ( ( 'automasked' ) )
            // InternalAssign.g:9810:3: ( 'automasked' )
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            // InternalAssign.g:9811:3: ( 'automasked' )
            // InternalAssign.g:9812:4: 'automasked'
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            match(input,85,FOLLOW_2); 
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
    // InternalAssign.g:9823:1: rule__IommuGroup__IdAssignment_1 : ( RULE_INT ) ;
    public final void rule__IommuGroup__IdAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9827:1: ( ( RULE_INT ) )
            // InternalAssign.g:9828:2: ( RULE_INT )
            {
            // InternalAssign.g:9828:2: ( RULE_INT )
            // InternalAssign.g:9829:3: RULE_INT
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
    // InternalAssign.g:9838:1: rule__IommuGroup__NoIommuAssignment_2 : ( ( 'noiommu' ) ) ;
    public final void rule__IommuGroup__NoIommuAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9842:1: ( ( ( 'noiommu' ) ) )
            // InternalAssign.g:9843:2: ( ( 'noiommu' ) )
            {
            // InternalAssign.g:9843:2: ( ( 'noiommu' ) )
            // InternalAssign.g:9844:3: ( 'noiommu' )
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            // InternalAssign.g:9845:3: ( 'noiommu' )
            // InternalAssign.g:9846:4: 'noiommu'
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            match(input,53,FOLLOW_2); 
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
    // InternalAssign.g:9857:1: rule__IommuGroup__IovaRangesAssignment_3_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9861:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9862:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9862:2: ( ruleIovaRange )
            // InternalAssign.g:9863:3: ruleIovaRange
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
    // InternalAssign.g:9872:1: rule__IommuGroup__IovaRangesAssignment_3_2_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9876:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9877:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9877:2: ( ruleIovaRange )
            // InternalAssign.g:9878:3: ruleIovaRange
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
    // InternalAssign.g:9887:1: rule__IommuGroup__DevicesAssignment_5 : ( ( ruleDeviceRef ) ) ;
    public final void rule__IommuGroup__DevicesAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9891:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:9892:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:9892:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:9893:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_5_0()); 
            // InternalAssign.g:9894:3: ( ruleDeviceRef )
            // InternalAssign.g:9895:4: ruleDeviceRef
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
    // InternalAssign.g:9906:1: rule__IovaRange__StartAssignment_0 : ( ruleNumber ) ;
    public final void rule__IovaRange__StartAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9910:1: ( ( ruleNumber ) )
            // InternalAssign.g:9911:2: ( ruleNumber )
            {
            // InternalAssign.g:9911:2: ( ruleNumber )
            // InternalAssign.g:9912:3: ruleNumber
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
    // InternalAssign.g:9921:1: rule__IovaRange__LastAssignment_2 : ( ruleNumber ) ;
    public final void rule__IovaRange__LastAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9925:1: ( ( ruleNumber ) )
            // InternalAssign.g:9926:2: ( ruleNumber )
            {
            // InternalAssign.g:9926:2: ( ruleNumber )
            // InternalAssign.g:9927:3: ruleNumber
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


    protected DFA5 dfa5 = new DFA5(this);
    static final String dfa_1s = "\116\uffff";
    static final String dfa_2s = "\1\5\112\141\3\uffff";
    static final String dfa_3s = "\1\132\112\142\3\uffff";
    static final String dfa_4s = "\113\uffff\1\3\1\1\1\2";
    static final String dfa_5s = "\116\uffff}>";
    static final String[] dfa_6s = {
            "\1\112\1\1\7\uffff\1\2\1\3\1\4\1\5\1\6\1\7\1\10\1\11\1\12\1\13\1\14\1\15\1\16\1\17\1\20\1\21\1\22\1\23\1\24\1\25\1\26\1\27\1\30\1\31\1\32\1\33\1\34\1\35\1\36\1\37\1\40\1\41\1\42\1\43\1\44\1\45\1\46\1\47\1\50\1\51\1\52\1\53\1\54\1\55\1\56\1\57\1\60\1\61\1\62\1\63\1\64\1\65\1\66\1\67\1\70\1\71\1\72\1\73\1\74\1\75\1\76\1\77\1\100\1\101\1\102\1\103\1\104\1\105\1\106\1\107\1\110\1\111\4\uffff\1\113",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "\1\115\1\114",
            "",
            "",
            ""
    };

    static final short[] dfa_1 = DFA.unpackEncodedString(dfa_1s);
    static final char[] dfa_2 = DFA.unpackEncodedStringToUnsignedChars(dfa_2s);
    static final char[] dfa_3 = DFA.unpackEncodedStringToUnsignedChars(dfa_3s);
    static final short[] dfa_4 = DFA.unpackEncodedString(dfa_4s);
    static final short[] dfa_5 = DFA.unpackEncodedString(dfa_5s);
    static final short[][] dfa_6 = unpackEncodedStringArray(dfa_6s);

    class DFA5 extends DFA {

        public DFA5(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 5;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "1093:1: rule__Assignment__Alternatives_1 : ( ( ( rule__Assignment__Group_1_0__0 ) ) | ( ( rule__Assignment__DeviceAssignment_1_1 ) ) | ( ( rule__Assignment__Group_1_2__0 ) ) );";
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000008002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x00000000003FFFFFL});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x00000000001F0000L,0x0000000020000000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x00000000001F0002L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000403FFFFFL});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000000L,0x0000000080000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x000000000FC00000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000000L,0x0000000100000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000090L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000003FFFFFL});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000072000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000002000000L,0x0000000100000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000043FFFFFL});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000000000L,0x0000000200000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000000000L,0x0000000400000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000000000L,0x0000000800000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000000000000L,0x0000003000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000F80000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000007000000000L,0x0000000100000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000007000000002L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000078000000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000088000000000L,0x0000000004000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000700000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000000000L,0x0000004000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0xFFFFFFFFFFFFC070L,0x00000000003FFFFFL});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000000000000L,0x000000C018000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x00000100003FFFFFL});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000000000000L,0x0000020000000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000000000003000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0007800000000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0180000000000000L,0x0000000104000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0180000000000002L,0x0000000004000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0078070000000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0078070000000002L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x1E00000000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x8000000280000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x6000000000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000000L,0x0000040000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000002L,0x0000040000000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000000L,0x000000000000007CL});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000002000000000L,0x0000000100000080L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000002000000002L,0x0000000000000080L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000000000000L,0x0000080000000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000000004000L,0x0000030000000F00L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000000L,0x0000000000007000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0100000000000000L,0x00000000000F8000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x0000004008300000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0020000000000000L,0x0000000080000002L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000001003FFFFFL});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0xFFFFFFFFFFFFC062L,0x00000000003FFFFFL});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000000L,0x0000002000000000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000000L,0x0000000003C00000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x000000000FC00002L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000072000002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000F80000002L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0007800000000002L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x1E00000000000002L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x6000000000000002L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x8000000280000002L,0x0000000000000001L});

}
