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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_STRING", "RULE_ID", "RULE_HEX", "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_ANY_OTHER", "'read-only'", "'write-only'", "'config'", "'import'", "'vm'", "'userspace'", "'probe'", "'assign'", "'vfs'", "'vf'", "'memory'", "'vcpus'", "'machine'", "'memlock'", "'qemu'", "'libvirt'", "'uid'", "'gid'", "'socket'", "'driver'", "'open'", "'reset'", "'persistent'", "'map'", "'irq'", "'dma'", "'auto'", "'vfio-pci'", "'vfio-platform'", "'vfio-fsl-mc'", "'cdev'", "'if-available'", "'required'", "'never'", "'arch'", "'page'", "'kernel'", "'capabilities'", "'vfio-cdev'", "'iommufd'", "'noiommu'", "'type1v2'", "'pci'", "'platform'", "'vendor'", "'device'", "'class'", "'bridge'", "'path'", "'compatible'", "'protected'", "'dma-mask'", "'iova'", "'none'", "'root-filesystem'", "'agent-connection'", "'management'", "'policy'", "'region'", "'mmio'", "'pio'", "'rom'", "'mc-portal'", "'read'", "'write'", "'mmap'", "'intx'", "'msi'", "'msix'", "'err'", "'req'", "'maskable'", "'automasked'", "'KiB'", "'MiB'", "'GiB'", "'TiB'", "'group'", "'eventfd'", "'masked'", "'for'", "'board'", "'{'", "'}'", "'to'", "'.'", "'['", "']'", "'..'", "'count'", "'start'", "'at'", "'size'", "','", "'index'"
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

            if ( ((LA1_0>=RULE_STRING && LA1_0<=RULE_ID)||(LA1_0>=14 && LA1_0<=84)) ) {
                alt1=1;
            }
            else if ( (LA1_0==93) ) {
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

            if ( (LA4_0==RULE_ID||(LA4_0>=14 && LA4_0<=84)) ) {
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
            case 35:
                {
                alt6=1;
                }
                break;
            case 36:
                {
                alt6=2;
                }
                break;
            case 37:
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

            if ( ((LA8_0>=54 && LA8_0<=55)) ) {
                alt8=1;
            }
            else if ( (LA8_0==89) ) {
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

            if ( (LA9_0==54) ) {
                alt9=1;
            }
            else if ( (LA9_0==55) ) {
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

            if ( (LA10_0==RULE_ID||(LA10_0>=14 && LA10_0<=84)) ) {
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

            if ( (LA11_0==70) ) {
                alt11=1;
            }
            else if ( (LA11_0==36) ) {
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
    // InternalAssign.g:1252:1: rule__Name__Alternatives : ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'vfs' ) | ( 'vf' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) );
    public final void rule__Name__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1256:1: ( ( RULE_ID ) | ( 'config' ) | ( 'import' ) | ( 'vm' ) | ( 'userspace' ) | ( 'probe' ) | ( 'assign' ) | ( 'vfs' ) | ( 'vf' ) | ( 'memory' ) | ( 'vcpus' ) | ( 'machine' ) | ( 'memlock' ) | ( 'qemu' ) | ( 'libvirt' ) | ( 'uid' ) | ( 'gid' ) | ( 'socket' ) | ( 'driver' ) | ( 'open' ) | ( 'reset' ) | ( 'persistent' ) | ( 'map' ) | ( 'irq' ) | ( 'dma' ) | ( 'auto' ) | ( 'vfio-pci' ) | ( 'vfio-platform' ) | ( 'vfio-fsl-mc' ) | ( 'cdev' ) | ( 'if-available' ) | ( 'required' ) | ( 'never' ) | ( 'arch' ) | ( 'page' ) | ( 'kernel' ) | ( 'capabilities' ) | ( 'vfio-cdev' ) | ( 'iommufd' ) | ( 'noiommu' ) | ( 'type1v2' ) | ( 'pci' ) | ( 'platform' ) | ( 'vendor' ) | ( 'device' ) | ( 'class' ) | ( 'bridge' ) | ( 'path' ) | ( 'compatible' ) | ( 'protected' ) | ( 'dma-mask' ) | ( 'iova' ) | ( 'none' ) | ( 'root-filesystem' ) | ( 'agent-connection' ) | ( 'management' ) | ( 'policy' ) | ( 'region' ) | ( 'mmio' ) | ( 'pio' ) | ( 'rom' ) | ( 'mc-portal' ) | ( 'read' ) | ( 'write' ) | ( 'mmap' ) | ( 'intx' ) | ( 'msi' ) | ( 'msix' ) | ( 'err' ) | ( 'req' ) | ( 'maskable' ) | ( 'automasked' ) )
            int alt12=72;
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
                    // InternalAssign.g:1389:2: ( 'map' )
                    {
                    // InternalAssign.g:1389:2: ( 'map' )
                    // InternalAssign.g:1390:3: 'map'
                    {
                     before(grammarAccess.getNameAccess().getMapKeyword_22()); 
                    match(input,35,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMapKeyword_22()); 

                    }


                    }
                    break;
                case 24 :
                    // InternalAssign.g:1395:2: ( 'irq' )
                    {
                    // InternalAssign.g:1395:2: ( 'irq' )
                    // InternalAssign.g:1396:3: 'irq'
                    {
                     before(grammarAccess.getNameAccess().getIrqKeyword_23()); 
                    match(input,36,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIrqKeyword_23()); 

                    }


                    }
                    break;
                case 25 :
                    // InternalAssign.g:1401:2: ( 'dma' )
                    {
                    // InternalAssign.g:1401:2: ( 'dma' )
                    // InternalAssign.g:1402:3: 'dma'
                    {
                     before(grammarAccess.getNameAccess().getDmaKeyword_24()); 
                    match(input,37,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaKeyword_24()); 

                    }


                    }
                    break;
                case 26 :
                    // InternalAssign.g:1407:2: ( 'auto' )
                    {
                    // InternalAssign.g:1407:2: ( 'auto' )
                    // InternalAssign.g:1408:3: 'auto'
                    {
                     before(grammarAccess.getNameAccess().getAutoKeyword_25()); 
                    match(input,38,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutoKeyword_25()); 

                    }


                    }
                    break;
                case 27 :
                    // InternalAssign.g:1413:2: ( 'vfio-pci' )
                    {
                    // InternalAssign.g:1413:2: ( 'vfio-pci' )
                    // InternalAssign.g:1414:3: 'vfio-pci'
                    {
                     before(grammarAccess.getNameAccess().getVfioPciKeyword_26()); 
                    match(input,39,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPciKeyword_26()); 

                    }


                    }
                    break;
                case 28 :
                    // InternalAssign.g:1419:2: ( 'vfio-platform' )
                    {
                    // InternalAssign.g:1419:2: ( 'vfio-platform' )
                    // InternalAssign.g:1420:3: 'vfio-platform'
                    {
                     before(grammarAccess.getNameAccess().getVfioPlatformKeyword_27()); 
                    match(input,40,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioPlatformKeyword_27()); 

                    }


                    }
                    break;
                case 29 :
                    // InternalAssign.g:1425:2: ( 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:1425:2: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1426:3: 'vfio-fsl-mc'
                    {
                     before(grammarAccess.getNameAccess().getVfioFslMcKeyword_28()); 
                    match(input,41,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioFslMcKeyword_28()); 

                    }


                    }
                    break;
                case 30 :
                    // InternalAssign.g:1431:2: ( 'cdev' )
                    {
                    // InternalAssign.g:1431:2: ( 'cdev' )
                    // InternalAssign.g:1432:3: 'cdev'
                    {
                     before(grammarAccess.getNameAccess().getCdevKeyword_29()); 
                    match(input,42,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCdevKeyword_29()); 

                    }


                    }
                    break;
                case 31 :
                    // InternalAssign.g:1437:2: ( 'if-available' )
                    {
                    // InternalAssign.g:1437:2: ( 'if-available' )
                    // InternalAssign.g:1438:3: 'if-available'
                    {
                     before(grammarAccess.getNameAccess().getIfAvailableKeyword_30()); 
                    match(input,43,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIfAvailableKeyword_30()); 

                    }


                    }
                    break;
                case 32 :
                    // InternalAssign.g:1443:2: ( 'required' )
                    {
                    // InternalAssign.g:1443:2: ( 'required' )
                    // InternalAssign.g:1444:3: 'required'
                    {
                     before(grammarAccess.getNameAccess().getRequiredKeyword_31()); 
                    match(input,44,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRequiredKeyword_31()); 

                    }


                    }
                    break;
                case 33 :
                    // InternalAssign.g:1449:2: ( 'never' )
                    {
                    // InternalAssign.g:1449:2: ( 'never' )
                    // InternalAssign.g:1450:3: 'never'
                    {
                     before(grammarAccess.getNameAccess().getNeverKeyword_32()); 
                    match(input,45,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNeverKeyword_32()); 

                    }


                    }
                    break;
                case 34 :
                    // InternalAssign.g:1455:2: ( 'arch' )
                    {
                    // InternalAssign.g:1455:2: ( 'arch' )
                    // InternalAssign.g:1456:3: 'arch'
                    {
                     before(grammarAccess.getNameAccess().getArchKeyword_33()); 
                    match(input,46,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getArchKeyword_33()); 

                    }


                    }
                    break;
                case 35 :
                    // InternalAssign.g:1461:2: ( 'page' )
                    {
                    // InternalAssign.g:1461:2: ( 'page' )
                    // InternalAssign.g:1462:3: 'page'
                    {
                     before(grammarAccess.getNameAccess().getPageKeyword_34()); 
                    match(input,47,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPageKeyword_34()); 

                    }


                    }
                    break;
                case 36 :
                    // InternalAssign.g:1467:2: ( 'kernel' )
                    {
                    // InternalAssign.g:1467:2: ( 'kernel' )
                    // InternalAssign.g:1468:3: 'kernel'
                    {
                     before(grammarAccess.getNameAccess().getKernelKeyword_35()); 
                    match(input,48,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getKernelKeyword_35()); 

                    }


                    }
                    break;
                case 37 :
                    // InternalAssign.g:1473:2: ( 'capabilities' )
                    {
                    // InternalAssign.g:1473:2: ( 'capabilities' )
                    // InternalAssign.g:1474:3: 'capabilities'
                    {
                     before(grammarAccess.getNameAccess().getCapabilitiesKeyword_36()); 
                    match(input,49,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCapabilitiesKeyword_36()); 

                    }


                    }
                    break;
                case 38 :
                    // InternalAssign.g:1479:2: ( 'vfio-cdev' )
                    {
                    // InternalAssign.g:1479:2: ( 'vfio-cdev' )
                    // InternalAssign.g:1480:3: 'vfio-cdev'
                    {
                     before(grammarAccess.getNameAccess().getVfioCdevKeyword_37()); 
                    match(input,50,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVfioCdevKeyword_37()); 

                    }


                    }
                    break;
                case 39 :
                    // InternalAssign.g:1485:2: ( 'iommufd' )
                    {
                    // InternalAssign.g:1485:2: ( 'iommufd' )
                    // InternalAssign.g:1486:3: 'iommufd'
                    {
                     before(grammarAccess.getNameAccess().getIommufdKeyword_38()); 
                    match(input,51,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIommufdKeyword_38()); 

                    }


                    }
                    break;
                case 40 :
                    // InternalAssign.g:1491:2: ( 'noiommu' )
                    {
                    // InternalAssign.g:1491:2: ( 'noiommu' )
                    // InternalAssign.g:1492:3: 'noiommu'
                    {
                     before(grammarAccess.getNameAccess().getNoiommuKeyword_39()); 
                    match(input,52,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoiommuKeyword_39()); 

                    }


                    }
                    break;
                case 41 :
                    // InternalAssign.g:1497:2: ( 'type1v2' )
                    {
                    // InternalAssign.g:1497:2: ( 'type1v2' )
                    // InternalAssign.g:1498:3: 'type1v2'
                    {
                     before(grammarAccess.getNameAccess().getType1v2Keyword_40()); 
                    match(input,53,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getType1v2Keyword_40()); 

                    }


                    }
                    break;
                case 42 :
                    // InternalAssign.g:1503:2: ( 'pci' )
                    {
                    // InternalAssign.g:1503:2: ( 'pci' )
                    // InternalAssign.g:1504:3: 'pci'
                    {
                     before(grammarAccess.getNameAccess().getPciKeyword_41()); 
                    match(input,54,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPciKeyword_41()); 

                    }


                    }
                    break;
                case 43 :
                    // InternalAssign.g:1509:2: ( 'platform' )
                    {
                    // InternalAssign.g:1509:2: ( 'platform' )
                    // InternalAssign.g:1510:3: 'platform'
                    {
                     before(grammarAccess.getNameAccess().getPlatformKeyword_42()); 
                    match(input,55,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPlatformKeyword_42()); 

                    }


                    }
                    break;
                case 44 :
                    // InternalAssign.g:1515:2: ( 'vendor' )
                    {
                    // InternalAssign.g:1515:2: ( 'vendor' )
                    // InternalAssign.g:1516:3: 'vendor'
                    {
                     before(grammarAccess.getNameAccess().getVendorKeyword_43()); 
                    match(input,56,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getVendorKeyword_43()); 

                    }


                    }
                    break;
                case 45 :
                    // InternalAssign.g:1521:2: ( 'device' )
                    {
                    // InternalAssign.g:1521:2: ( 'device' )
                    // InternalAssign.g:1522:3: 'device'
                    {
                     before(grammarAccess.getNameAccess().getDeviceKeyword_44()); 
                    match(input,57,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDeviceKeyword_44()); 

                    }


                    }
                    break;
                case 46 :
                    // InternalAssign.g:1527:2: ( 'class' )
                    {
                    // InternalAssign.g:1527:2: ( 'class' )
                    // InternalAssign.g:1528:3: 'class'
                    {
                     before(grammarAccess.getNameAccess().getClassKeyword_45()); 
                    match(input,58,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getClassKeyword_45()); 

                    }


                    }
                    break;
                case 47 :
                    // InternalAssign.g:1533:2: ( 'bridge' )
                    {
                    // InternalAssign.g:1533:2: ( 'bridge' )
                    // InternalAssign.g:1534:3: 'bridge'
                    {
                     before(grammarAccess.getNameAccess().getBridgeKeyword_46()); 
                    match(input,59,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getBridgeKeyword_46()); 

                    }


                    }
                    break;
                case 48 :
                    // InternalAssign.g:1539:2: ( 'path' )
                    {
                    // InternalAssign.g:1539:2: ( 'path' )
                    // InternalAssign.g:1540:3: 'path'
                    {
                     before(grammarAccess.getNameAccess().getPathKeyword_47()); 
                    match(input,60,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPathKeyword_47()); 

                    }


                    }
                    break;
                case 49 :
                    // InternalAssign.g:1545:2: ( 'compatible' )
                    {
                    // InternalAssign.g:1545:2: ( 'compatible' )
                    // InternalAssign.g:1546:3: 'compatible'
                    {
                     before(grammarAccess.getNameAccess().getCompatibleKeyword_48()); 
                    match(input,61,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getCompatibleKeyword_48()); 

                    }


                    }
                    break;
                case 50 :
                    // InternalAssign.g:1551:2: ( 'protected' )
                    {
                    // InternalAssign.g:1551:2: ( 'protected' )
                    // InternalAssign.g:1552:3: 'protected'
                    {
                     before(grammarAccess.getNameAccess().getProtectedKeyword_49()); 
                    match(input,62,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getProtectedKeyword_49()); 

                    }


                    }
                    break;
                case 51 :
                    // InternalAssign.g:1557:2: ( 'dma-mask' )
                    {
                    // InternalAssign.g:1557:2: ( 'dma-mask' )
                    // InternalAssign.g:1558:3: 'dma-mask'
                    {
                     before(grammarAccess.getNameAccess().getDmaMaskKeyword_50()); 
                    match(input,63,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getDmaMaskKeyword_50()); 

                    }


                    }
                    break;
                case 52 :
                    // InternalAssign.g:1563:2: ( 'iova' )
                    {
                    // InternalAssign.g:1563:2: ( 'iova' )
                    // InternalAssign.g:1564:3: 'iova'
                    {
                     before(grammarAccess.getNameAccess().getIovaKeyword_51()); 
                    match(input,64,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIovaKeyword_51()); 

                    }


                    }
                    break;
                case 53 :
                    // InternalAssign.g:1569:2: ( 'none' )
                    {
                    // InternalAssign.g:1569:2: ( 'none' )
                    // InternalAssign.g:1570:3: 'none'
                    {
                     before(grammarAccess.getNameAccess().getNoneKeyword_52()); 
                    match(input,65,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getNoneKeyword_52()); 

                    }


                    }
                    break;
                case 54 :
                    // InternalAssign.g:1575:2: ( 'root-filesystem' )
                    {
                    // InternalAssign.g:1575:2: ( 'root-filesystem' )
                    // InternalAssign.g:1576:3: 'root-filesystem'
                    {
                     before(grammarAccess.getNameAccess().getRootFilesystemKeyword_53()); 
                    match(input,66,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRootFilesystemKeyword_53()); 

                    }


                    }
                    break;
                case 55 :
                    // InternalAssign.g:1581:2: ( 'agent-connection' )
                    {
                    // InternalAssign.g:1581:2: ( 'agent-connection' )
                    // InternalAssign.g:1582:3: 'agent-connection'
                    {
                     before(grammarAccess.getNameAccess().getAgentConnectionKeyword_54()); 
                    match(input,67,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAgentConnectionKeyword_54()); 

                    }


                    }
                    break;
                case 56 :
                    // InternalAssign.g:1587:2: ( 'management' )
                    {
                    // InternalAssign.g:1587:2: ( 'management' )
                    // InternalAssign.g:1588:3: 'management'
                    {
                     before(grammarAccess.getNameAccess().getManagementKeyword_55()); 
                    match(input,68,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getManagementKeyword_55()); 

                    }


                    }
                    break;
                case 57 :
                    // InternalAssign.g:1593:2: ( 'policy' )
                    {
                    // InternalAssign.g:1593:2: ( 'policy' )
                    // InternalAssign.g:1594:3: 'policy'
                    {
                     before(grammarAccess.getNameAccess().getPolicyKeyword_56()); 
                    match(input,69,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPolicyKeyword_56()); 

                    }


                    }
                    break;
                case 58 :
                    // InternalAssign.g:1599:2: ( 'region' )
                    {
                    // InternalAssign.g:1599:2: ( 'region' )
                    // InternalAssign.g:1600:3: 'region'
                    {
                     before(grammarAccess.getNameAccess().getRegionKeyword_57()); 
                    match(input,70,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRegionKeyword_57()); 

                    }


                    }
                    break;
                case 59 :
                    // InternalAssign.g:1605:2: ( 'mmio' )
                    {
                    // InternalAssign.g:1605:2: ( 'mmio' )
                    // InternalAssign.g:1606:3: 'mmio'
                    {
                     before(grammarAccess.getNameAccess().getMmioKeyword_58()); 
                    match(input,71,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmioKeyword_58()); 

                    }


                    }
                    break;
                case 60 :
                    // InternalAssign.g:1611:2: ( 'pio' )
                    {
                    // InternalAssign.g:1611:2: ( 'pio' )
                    // InternalAssign.g:1612:3: 'pio'
                    {
                     before(grammarAccess.getNameAccess().getPioKeyword_59()); 
                    match(input,72,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getPioKeyword_59()); 

                    }


                    }
                    break;
                case 61 :
                    // InternalAssign.g:1617:2: ( 'rom' )
                    {
                    // InternalAssign.g:1617:2: ( 'rom' )
                    // InternalAssign.g:1618:3: 'rom'
                    {
                     before(grammarAccess.getNameAccess().getRomKeyword_60()); 
                    match(input,73,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getRomKeyword_60()); 

                    }


                    }
                    break;
                case 62 :
                    // InternalAssign.g:1623:2: ( 'mc-portal' )
                    {
                    // InternalAssign.g:1623:2: ( 'mc-portal' )
                    // InternalAssign.g:1624:3: 'mc-portal'
                    {
                     before(grammarAccess.getNameAccess().getMcPortalKeyword_61()); 
                    match(input,74,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMcPortalKeyword_61()); 

                    }


                    }
                    break;
                case 63 :
                    // InternalAssign.g:1629:2: ( 'read' )
                    {
                    // InternalAssign.g:1629:2: ( 'read' )
                    // InternalAssign.g:1630:3: 'read'
                    {
                     before(grammarAccess.getNameAccess().getReadKeyword_62()); 
                    match(input,75,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReadKeyword_62()); 

                    }


                    }
                    break;
                case 64 :
                    // InternalAssign.g:1635:2: ( 'write' )
                    {
                    // InternalAssign.g:1635:2: ( 'write' )
                    // InternalAssign.g:1636:3: 'write'
                    {
                     before(grammarAccess.getNameAccess().getWriteKeyword_63()); 
                    match(input,76,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getWriteKeyword_63()); 

                    }


                    }
                    break;
                case 65 :
                    // InternalAssign.g:1641:2: ( 'mmap' )
                    {
                    // InternalAssign.g:1641:2: ( 'mmap' )
                    // InternalAssign.g:1642:3: 'mmap'
                    {
                     before(grammarAccess.getNameAccess().getMmapKeyword_64()); 
                    match(input,77,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMmapKeyword_64()); 

                    }


                    }
                    break;
                case 66 :
                    // InternalAssign.g:1647:2: ( 'intx' )
                    {
                    // InternalAssign.g:1647:2: ( 'intx' )
                    // InternalAssign.g:1648:3: 'intx'
                    {
                     before(grammarAccess.getNameAccess().getIntxKeyword_65()); 
                    match(input,78,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getIntxKeyword_65()); 

                    }


                    }
                    break;
                case 67 :
                    // InternalAssign.g:1653:2: ( 'msi' )
                    {
                    // InternalAssign.g:1653:2: ( 'msi' )
                    // InternalAssign.g:1654:3: 'msi'
                    {
                     before(grammarAccess.getNameAccess().getMsiKeyword_66()); 
                    match(input,79,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsiKeyword_66()); 

                    }


                    }
                    break;
                case 68 :
                    // InternalAssign.g:1659:2: ( 'msix' )
                    {
                    // InternalAssign.g:1659:2: ( 'msix' )
                    // InternalAssign.g:1660:3: 'msix'
                    {
                     before(grammarAccess.getNameAccess().getMsixKeyword_67()); 
                    match(input,80,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMsixKeyword_67()); 

                    }


                    }
                    break;
                case 69 :
                    // InternalAssign.g:1665:2: ( 'err' )
                    {
                    // InternalAssign.g:1665:2: ( 'err' )
                    // InternalAssign.g:1666:3: 'err'
                    {
                     before(grammarAccess.getNameAccess().getErrKeyword_68()); 
                    match(input,81,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getErrKeyword_68()); 

                    }


                    }
                    break;
                case 70 :
                    // InternalAssign.g:1671:2: ( 'req' )
                    {
                    // InternalAssign.g:1671:2: ( 'req' )
                    // InternalAssign.g:1672:3: 'req'
                    {
                     before(grammarAccess.getNameAccess().getReqKeyword_69()); 
                    match(input,82,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getReqKeyword_69()); 

                    }


                    }
                    break;
                case 71 :
                    // InternalAssign.g:1677:2: ( 'maskable' )
                    {
                    // InternalAssign.g:1677:2: ( 'maskable' )
                    // InternalAssign.g:1678:3: 'maskable'
                    {
                     before(grammarAccess.getNameAccess().getMaskableKeyword_70()); 
                    match(input,83,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getMaskableKeyword_70()); 

                    }


                    }
                    break;
                case 72 :
                    // InternalAssign.g:1683:2: ( 'automasked' )
                    {
                    // InternalAssign.g:1683:2: ( 'automasked' )
                    // InternalAssign.g:1684:3: 'automasked'
                    {
                     before(grammarAccess.getNameAccess().getAutomaskedKeyword_71()); 
                    match(input,84,FOLLOW_2); 
                     after(grammarAccess.getNameAccess().getAutomaskedKeyword_71()); 

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
    // InternalAssign.g:1693:1: rule__BoardRef__Alternatives : ( ( RULE_STRING ) | ( ruleName ) );
    public final void rule__BoardRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1697:1: ( ( RULE_STRING ) | ( ruleName ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING) ) {
                alt13=1;
            }
            else if ( (LA13_0==RULE_ID||(LA13_0>=14 && LA13_0<=84)) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalAssign.g:1698:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1698:2: ( RULE_STRING )
                    // InternalAssign.g:1699:3: RULE_STRING
                    {
                     before(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1704:2: ( ruleName )
                    {
                    // InternalAssign.g:1704:2: ( ruleName )
                    // InternalAssign.g:1705:3: ruleName
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
    // InternalAssign.g:1714:1: rule__DeviceRef__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__DeviceRef__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1718:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_ID||(LA14_0>=14 && LA14_0<=84)) ) {
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
                    // InternalAssign.g:1719:2: ( ruleName )
                    {
                    // InternalAssign.g:1719:2: ( ruleName )
                    // InternalAssign.g:1720:3: ruleName
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
                    // InternalAssign.g:1725:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1725:2: ( RULE_STRING )
                    // InternalAssign.g:1726:3: RULE_STRING
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
    // InternalAssign.g:1735:1: rule__MemberPart__Alternatives : ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) );
    public final void rule__MemberPart__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1739:1: ( ( ruleName ) | ( RULE_STRING ) | ( RULE_INT ) )
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
                    // InternalAssign.g:1740:2: ( ruleName )
                    {
                    // InternalAssign.g:1740:2: ( ruleName )
                    // InternalAssign.g:1741:3: ruleName
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
                    // InternalAssign.g:1746:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1746:2: ( RULE_STRING )
                    // InternalAssign.g:1747:3: RULE_STRING
                    {
                     before(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1752:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1752:2: ( RULE_INT )
                    // InternalAssign.g:1753:3: RULE_INT
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
    // InternalAssign.g:1762:1: rule__RegionName__Alternatives : ( ( ruleName ) | ( RULE_STRING ) );
    public final void rule__RegionName__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1766:1: ( ( ruleName ) | ( RULE_STRING ) )
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==RULE_ID||(LA16_0>=14 && LA16_0<=84)) ) {
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
                    // InternalAssign.g:1767:2: ( ruleName )
                    {
                    // InternalAssign.g:1767:2: ( ruleName )
                    // InternalAssign.g:1768:3: ruleName
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
                    // InternalAssign.g:1773:2: ( RULE_STRING )
                    {
                    // InternalAssign.g:1773:2: ( RULE_STRING )
                    // InternalAssign.g:1774:3: RULE_STRING
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
    // InternalAssign.g:1783:1: rule__Size__Alternatives_1 : ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) );
    public final void rule__Size__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1787:1: ( ( 'KiB' ) | ( 'MiB' ) | ( 'GiB' ) | ( 'TiB' ) )
            int alt17=4;
            switch ( input.LA(1) ) {
            case 85:
                {
                alt17=1;
                }
                break;
            case 86:
                {
                alt17=2;
                }
                break;
            case 87:
                {
                alt17=3;
                }
                break;
            case 88:
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
                    // InternalAssign.g:1788:2: ( 'KiB' )
                    {
                    // InternalAssign.g:1788:2: ( 'KiB' )
                    // InternalAssign.g:1789:3: 'KiB'
                    {
                     before(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 
                    match(input,85,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getKiBKeyword_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1794:2: ( 'MiB' )
                    {
                    // InternalAssign.g:1794:2: ( 'MiB' )
                    // InternalAssign.g:1795:3: 'MiB'
                    {
                     before(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 
                    match(input,86,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getMiBKeyword_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1800:2: ( 'GiB' )
                    {
                    // InternalAssign.g:1800:2: ( 'GiB' )
                    // InternalAssign.g:1801:3: 'GiB'
                    {
                     before(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 
                    match(input,87,FOLLOW_2); 
                     after(grammarAccess.getSizeAccess().getGiBKeyword_1_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1806:2: ( 'TiB' )
                    {
                    // InternalAssign.g:1806:2: ( 'TiB' )
                    // InternalAssign.g:1807:3: 'TiB'
                    {
                     before(grammarAccess.getSizeAccess().getTiBKeyword_1_3()); 
                    match(input,88,FOLLOW_2); 
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
    // InternalAssign.g:1816:1: rule__Number__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Number__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1820:1: ( ( RULE_INT ) | ( RULE_HEX ) )
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
                    // InternalAssign.g:1821:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1821:2: ( RULE_INT )
                    // InternalAssign.g:1822:3: RULE_INT
                    {
                     before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1827:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1827:2: ( RULE_HEX )
                    // InternalAssign.g:1828:3: RULE_HEX
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
    // InternalAssign.g:1837:1: rule__Int32__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) );
    public final void rule__Int32__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1841:1: ( ( RULE_INT ) | ( RULE_HEX ) )
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
                    // InternalAssign.g:1842:2: ( RULE_INT )
                    {
                    // InternalAssign.g:1842:2: ( RULE_INT )
                    // InternalAssign.g:1843:3: RULE_INT
                    {
                     before(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getInt32Access().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1848:2: ( RULE_HEX )
                    {
                    // InternalAssign.g:1848:2: ( RULE_HEX )
                    // InternalAssign.g:1849:3: RULE_HEX
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
    // InternalAssign.g:1858:1: rule__VfioDriver__Alternatives : ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) );
    public final void rule__VfioDriver__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1862:1: ( ( ( 'auto' ) ) | ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) )
            int alt20=4;
            switch ( input.LA(1) ) {
            case 38:
                {
                alt20=1;
                }
                break;
            case 39:
                {
                alt20=2;
                }
                break;
            case 40:
                {
                alt20=3;
                }
                break;
            case 41:
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
                    // InternalAssign.g:1863:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1863:2: ( ( 'auto' ) )
                    // InternalAssign.g:1864:3: ( 'auto' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1865:3: ( 'auto' )
                    // InternalAssign.g:1865:4: 'auto'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1869:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1869:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1870:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1871:3: ( 'vfio-pci' )
                    // InternalAssign.g:1871:4: 'vfio-pci'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1875:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1875:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1876:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1877:3: ( 'vfio-platform' )
                    // InternalAssign.g:1877:4: 'vfio-platform'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1881:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1881:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1882:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1883:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1883:4: 'vfio-fsl-mc'
                    {
                    match(input,41,FOLLOW_2); 

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
    // InternalAssign.g:1891:1: rule__OpenPath__Alternatives : ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) );
    public final void rule__OpenPath__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1895:1: ( ( ( 'auto' ) ) | ( ( 'group' ) ) | ( ( 'cdev' ) ) )
            int alt21=3;
            switch ( input.LA(1) ) {
            case 38:
                {
                alt21=1;
                }
                break;
            case 89:
                {
                alt21=2;
                }
                break;
            case 42:
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
                    // InternalAssign.g:1896:2: ( ( 'auto' ) )
                    {
                    // InternalAssign.g:1896:2: ( ( 'auto' ) )
                    // InternalAssign.g:1897:3: ( 'auto' )
                    {
                     before(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1898:3: ( 'auto' )
                    // InternalAssign.g:1898:4: 'auto'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1902:2: ( ( 'group' ) )
                    {
                    // InternalAssign.g:1902:2: ( ( 'group' ) )
                    // InternalAssign.g:1903:3: ( 'group' )
                    {
                     before(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1904:3: ( 'group' )
                    // InternalAssign.g:1904:4: 'group'
                    {
                    match(input,89,FOLLOW_2); 

                    }

                     after(grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1908:2: ( ( 'cdev' ) )
                    {
                    // InternalAssign.g:1908:2: ( ( 'cdev' ) )
                    // InternalAssign.g:1909:3: ( 'cdev' )
                    {
                     before(grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1910:3: ( 'cdev' )
                    // InternalAssign.g:1910:4: 'cdev'
                    {
                    match(input,42,FOLLOW_2); 

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
    // InternalAssign.g:1918:1: rule__ResetPolicy__Alternatives : ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) );
    public final void rule__ResetPolicy__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1922:1: ( ( ( 'if-available' ) ) | ( ( 'required' ) ) | ( ( 'never' ) ) )
            int alt22=3;
            switch ( input.LA(1) ) {
            case 43:
                {
                alt22=1;
                }
                break;
            case 44:
                {
                alt22=2;
                }
                break;
            case 45:
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
                    // InternalAssign.g:1923:2: ( ( 'if-available' ) )
                    {
                    // InternalAssign.g:1923:2: ( ( 'if-available' ) )
                    // InternalAssign.g:1924:3: ( 'if-available' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1925:3: ( 'if-available' )
                    // InternalAssign.g:1925:4: 'if-available'
                    {
                    match(input,43,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1929:2: ( ( 'required' ) )
                    {
                    // InternalAssign.g:1929:2: ( ( 'required' ) )
                    // InternalAssign.g:1930:3: ( 'required' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1931:3: ( 'required' )
                    // InternalAssign.g:1931:4: 'required'
                    {
                    match(input,44,FOLLOW_2); 

                    }

                     after(grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1935:2: ( ( 'never' ) )
                    {
                    // InternalAssign.g:1935:2: ( ( 'never' ) )
                    // InternalAssign.g:1936:3: ( 'never' )
                    {
                     before(grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1937:3: ( 'never' )
                    // InternalAssign.g:1937:4: 'never'
                    {
                    match(input,45,FOLLOW_2); 

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
    // InternalAssign.g:1945:1: rule__IrqMode__Alternatives : ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) );
    public final void rule__IrqMode__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1949:1: ( ( ( 'eventfd' ) ) | ( ( 'masked' ) ) )
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==90) ) {
                alt23=1;
            }
            else if ( (LA23_0==91) ) {
                alt23=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }
            switch (alt23) {
                case 1 :
                    // InternalAssign.g:1950:2: ( ( 'eventfd' ) )
                    {
                    // InternalAssign.g:1950:2: ( ( 'eventfd' ) )
                    // InternalAssign.g:1951:3: ( 'eventfd' )
                    {
                     before(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1952:3: ( 'eventfd' )
                    // InternalAssign.g:1952:4: 'eventfd'
                    {
                    match(input,90,FOLLOW_2); 

                    }

                     after(grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1956:2: ( ( 'masked' ) )
                    {
                    // InternalAssign.g:1956:2: ( ( 'masked' ) )
                    // InternalAssign.g:1957:3: ( 'masked' )
                    {
                     before(grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1958:3: ( 'masked' )
                    // InternalAssign.g:1958:4: 'masked'
                    {
                    match(input,91,FOLLOW_2); 

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
    // InternalAssign.g:1966:1: rule__KernelCapability__Alternatives : ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) );
    public final void rule__KernelCapability__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:1970:1: ( ( ( 'vfio-pci' ) ) | ( ( 'vfio-platform' ) ) | ( ( 'vfio-fsl-mc' ) ) | ( ( 'vfio-cdev' ) ) | ( ( 'iommufd' ) ) | ( ( 'noiommu' ) ) | ( ( 'type1v2' ) ) )
            int alt24=7;
            switch ( input.LA(1) ) {
            case 39:
                {
                alt24=1;
                }
                break;
            case 40:
                {
                alt24=2;
                }
                break;
            case 41:
                {
                alt24=3;
                }
                break;
            case 50:
                {
                alt24=4;
                }
                break;
            case 51:
                {
                alt24=5;
                }
                break;
            case 52:
                {
                alt24=6;
                }
                break;
            case 53:
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
                    // InternalAssign.g:1971:2: ( ( 'vfio-pci' ) )
                    {
                    // InternalAssign.g:1971:2: ( ( 'vfio-pci' ) )
                    // InternalAssign.g:1972:3: ( 'vfio-pci' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:1973:3: ( 'vfio-pci' )
                    // InternalAssign.g:1973:4: 'vfio-pci'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1977:2: ( ( 'vfio-platform' ) )
                    {
                    // InternalAssign.g:1977:2: ( ( 'vfio-platform' ) )
                    // InternalAssign.g:1978:3: ( 'vfio-platform' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:1979:3: ( 'vfio-platform' )
                    // InternalAssign.g:1979:4: 'vfio-platform'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:1983:2: ( ( 'vfio-fsl-mc' ) )
                    {
                    // InternalAssign.g:1983:2: ( ( 'vfio-fsl-mc' ) )
                    // InternalAssign.g:1984:3: ( 'vfio-fsl-mc' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:1985:3: ( 'vfio-fsl-mc' )
                    // InternalAssign.g:1985:4: 'vfio-fsl-mc'
                    {
                    match(input,41,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:1989:2: ( ( 'vfio-cdev' ) )
                    {
                    // InternalAssign.g:1989:2: ( ( 'vfio-cdev' ) )
                    // InternalAssign.g:1990:3: ( 'vfio-cdev' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:1991:3: ( 'vfio-cdev' )
                    // InternalAssign.g:1991:4: 'vfio-cdev'
                    {
                    match(input,50,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:1995:2: ( ( 'iommufd' ) )
                    {
                    // InternalAssign.g:1995:2: ( ( 'iommufd' ) )
                    // InternalAssign.g:1996:3: ( 'iommufd' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:1997:3: ( 'iommufd' )
                    // InternalAssign.g:1997:4: 'iommufd'
                    {
                    match(input,51,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:2001:2: ( ( 'noiommu' ) )
                    {
                    // InternalAssign.g:2001:2: ( ( 'noiommu' ) )
                    // InternalAssign.g:2002:3: ( 'noiommu' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:2003:3: ( 'noiommu' )
                    // InternalAssign.g:2003:4: 'noiommu'
                    {
                    match(input,52,FOLLOW_2); 

                    }

                     after(grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:2007:2: ( ( 'type1v2' ) )
                    {
                    // InternalAssign.g:2007:2: ( ( 'type1v2' ) )
                    // InternalAssign.g:2008:3: ( 'type1v2' )
                    {
                     before(grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6()); 
                    // InternalAssign.g:2009:3: ( 'type1v2' )
                    // InternalAssign.g:2009:4: 'type1v2'
                    {
                    match(input,53,FOLLOW_2); 

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
    // InternalAssign.g:2017:1: rule__Protection__Alternatives : ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) );
    public final void rule__Protection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2021:1: ( ( ( 'none' ) ) | ( ( 'root-filesystem' ) ) | ( ( 'agent-connection' ) ) | ( ( 'management' ) ) | ( ( 'policy' ) ) )
            int alt25=5;
            switch ( input.LA(1) ) {
            case 65:
                {
                alt25=1;
                }
                break;
            case 66:
                {
                alt25=2;
                }
                break;
            case 67:
                {
                alt25=3;
                }
                break;
            case 68:
                {
                alt25=4;
                }
                break;
            case 69:
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
                    // InternalAssign.g:2022:2: ( ( 'none' ) )
                    {
                    // InternalAssign.g:2022:2: ( ( 'none' ) )
                    // InternalAssign.g:2023:3: ( 'none' )
                    {
                     before(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2024:3: ( 'none' )
                    // InternalAssign.g:2024:4: 'none'
                    {
                    match(input,65,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2028:2: ( ( 'root-filesystem' ) )
                    {
                    // InternalAssign.g:2028:2: ( ( 'root-filesystem' ) )
                    // InternalAssign.g:2029:3: ( 'root-filesystem' )
                    {
                     before(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2030:3: ( 'root-filesystem' )
                    // InternalAssign.g:2030:4: 'root-filesystem'
                    {
                    match(input,66,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2034:2: ( ( 'agent-connection' ) )
                    {
                    // InternalAssign.g:2034:2: ( ( 'agent-connection' ) )
                    // InternalAssign.g:2035:3: ( 'agent-connection' )
                    {
                     before(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2036:3: ( 'agent-connection' )
                    // InternalAssign.g:2036:4: 'agent-connection'
                    {
                    match(input,67,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2040:2: ( ( 'management' ) )
                    {
                    // InternalAssign.g:2040:2: ( ( 'management' ) )
                    // InternalAssign.g:2041:3: ( 'management' )
                    {
                     before(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2042:3: ( 'management' )
                    // InternalAssign.g:2042:4: 'management'
                    {
                    match(input,68,FOLLOW_2); 

                    }

                     after(grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2046:2: ( ( 'policy' ) )
                    {
                    // InternalAssign.g:2046:2: ( ( 'policy' ) )
                    // InternalAssign.g:2047:3: ( 'policy' )
                    {
                     before(grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2048:3: ( 'policy' )
                    // InternalAssign.g:2048:4: 'policy'
                    {
                    match(input,69,FOLLOW_2); 

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
    // InternalAssign.g:2056:1: rule__RegionKind__Alternatives : ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) );
    public final void rule__RegionKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2060:1: ( ( ( 'mmio' ) ) | ( ( 'pio' ) ) | ( ( 'config' ) ) | ( ( 'rom' ) ) | ( ( 'mc-portal' ) ) )
            int alt26=5;
            switch ( input.LA(1) ) {
            case 71:
                {
                alt26=1;
                }
                break;
            case 72:
                {
                alt26=2;
                }
                break;
            case 14:
                {
                alt26=3;
                }
                break;
            case 73:
                {
                alt26=4;
                }
                break;
            case 74:
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
                    // InternalAssign.g:2061:2: ( ( 'mmio' ) )
                    {
                    // InternalAssign.g:2061:2: ( ( 'mmio' ) )
                    // InternalAssign.g:2062:3: ( 'mmio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2063:3: ( 'mmio' )
                    // InternalAssign.g:2063:4: 'mmio'
                    {
                    match(input,71,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2067:2: ( ( 'pio' ) )
                    {
                    // InternalAssign.g:2067:2: ( ( 'pio' ) )
                    // InternalAssign.g:2068:3: ( 'pio' )
                    {
                     before(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2069:3: ( 'pio' )
                    // InternalAssign.g:2069:4: 'pio'
                    {
                    match(input,72,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2073:2: ( ( 'config' ) )
                    {
                    // InternalAssign.g:2073:2: ( ( 'config' ) )
                    // InternalAssign.g:2074:3: ( 'config' )
                    {
                     before(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2075:3: ( 'config' )
                    // InternalAssign.g:2075:4: 'config'
                    {
                    match(input,14,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2079:2: ( ( 'rom' ) )
                    {
                    // InternalAssign.g:2079:2: ( ( 'rom' ) )
                    // InternalAssign.g:2080:3: ( 'rom' )
                    {
                     before(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2081:3: ( 'rom' )
                    // InternalAssign.g:2081:4: 'rom'
                    {
                    match(input,73,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2085:2: ( ( 'mc-portal' ) )
                    {
                    // InternalAssign.g:2085:2: ( ( 'mc-portal' ) )
                    // InternalAssign.g:2086:3: ( 'mc-portal' )
                    {
                     before(grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2087:3: ( 'mc-portal' )
                    // InternalAssign.g:2087:4: 'mc-portal'
                    {
                    match(input,74,FOLLOW_2); 

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
    // InternalAssign.g:2095:1: rule__InterruptKind__Alternatives : ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) );
    public final void rule__InterruptKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2099:1: ( ( ( 'intx' ) ) | ( ( 'msi' ) ) | ( ( 'msix' ) ) | ( ( 'err' ) ) | ( ( 'req' ) ) | ( ( 'platform' ) ) )
            int alt27=6;
            switch ( input.LA(1) ) {
            case 78:
                {
                alt27=1;
                }
                break;
            case 79:
                {
                alt27=2;
                }
                break;
            case 80:
                {
                alt27=3;
                }
                break;
            case 81:
                {
                alt27=4;
                }
                break;
            case 82:
                {
                alt27=5;
                }
                break;
            case 55:
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
                    // InternalAssign.g:2100:2: ( ( 'intx' ) )
                    {
                    // InternalAssign.g:2100:2: ( ( 'intx' ) )
                    // InternalAssign.g:2101:3: ( 'intx' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 
                    // InternalAssign.g:2102:3: ( 'intx' )
                    // InternalAssign.g:2102:4: 'intx'
                    {
                    match(input,78,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:2106:2: ( ( 'msi' ) )
                    {
                    // InternalAssign.g:2106:2: ( ( 'msi' ) )
                    // InternalAssign.g:2107:3: ( 'msi' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 
                    // InternalAssign.g:2108:3: ( 'msi' )
                    // InternalAssign.g:2108:4: 'msi'
                    {
                    match(input,79,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:2112:2: ( ( 'msix' ) )
                    {
                    // InternalAssign.g:2112:2: ( ( 'msix' ) )
                    // InternalAssign.g:2113:3: ( 'msix' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 
                    // InternalAssign.g:2114:3: ( 'msix' )
                    // InternalAssign.g:2114:4: 'msix'
                    {
                    match(input,80,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:2118:2: ( ( 'err' ) )
                    {
                    // InternalAssign.g:2118:2: ( ( 'err' ) )
                    // InternalAssign.g:2119:3: ( 'err' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 
                    // InternalAssign.g:2120:3: ( 'err' )
                    // InternalAssign.g:2120:4: 'err'
                    {
                    match(input,81,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:2124:2: ( ( 'req' ) )
                    {
                    // InternalAssign.g:2124:2: ( ( 'req' ) )
                    // InternalAssign.g:2125:3: ( 'req' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 
                    // InternalAssign.g:2126:3: ( 'req' )
                    // InternalAssign.g:2126:4: 'req'
                    {
                    match(input,82,FOLLOW_2); 

                    }

                     after(grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:2130:2: ( ( 'platform' ) )
                    {
                    // InternalAssign.g:2130:2: ( ( 'platform' ) )
                    // InternalAssign.g:2131:3: ( 'platform' )
                    {
                     before(grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5()); 
                    // InternalAssign.g:2132:3: ( 'platform' )
                    // InternalAssign.g:2132:4: 'platform'
                    {
                    match(input,55,FOLLOW_2); 

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
    // InternalAssign.g:2140:1: rule__AssignmentConfig__Group__0 : rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 ;
    public final void rule__AssignmentConfig__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2144:1: ( rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1 )
            // InternalAssign.g:2145:2: rule__AssignmentConfig__Group__0__Impl rule__AssignmentConfig__Group__1
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
    // InternalAssign.g:2152:1: rule__AssignmentConfig__Group__0__Impl : ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) ;
    public final void rule__AssignmentConfig__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2156:1: ( ( ( rule__AssignmentConfig__ImportsAssignment_0 )* ) )
            // InternalAssign.g:2157:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            {
            // InternalAssign.g:2157:1: ( ( rule__AssignmentConfig__ImportsAssignment_0 )* )
            // InternalAssign.g:2158:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getImportsAssignment_0()); 
            // InternalAssign.g:2159:2: ( rule__AssignmentConfig__ImportsAssignment_0 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==15) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalAssign.g:2159:3: rule__AssignmentConfig__ImportsAssignment_0
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
    // InternalAssign.g:2167:1: rule__AssignmentConfig__Group__1 : rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 ;
    public final void rule__AssignmentConfig__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2171:1: ( rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2 )
            // InternalAssign.g:2172:2: rule__AssignmentConfig__Group__1__Impl rule__AssignmentConfig__Group__2
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
    // InternalAssign.g:2179:1: rule__AssignmentConfig__Group__1__Impl : ( 'config' ) ;
    public final void rule__AssignmentConfig__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2183:1: ( ( 'config' ) )
            // InternalAssign.g:2184:1: ( 'config' )
            {
            // InternalAssign.g:2184:1: ( 'config' )
            // InternalAssign.g:2185:2: 'config'
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
    // InternalAssign.g:2194:1: rule__AssignmentConfig__Group__2 : rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 ;
    public final void rule__AssignmentConfig__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2198:1: ( rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3 )
            // InternalAssign.g:2199:2: rule__AssignmentConfig__Group__2__Impl rule__AssignmentConfig__Group__3
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
    // InternalAssign.g:2206:1: rule__AssignmentConfig__Group__2__Impl : ( ( rule__AssignmentConfig__NameAssignment_2 ) ) ;
    public final void rule__AssignmentConfig__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2210:1: ( ( ( rule__AssignmentConfig__NameAssignment_2 ) ) )
            // InternalAssign.g:2211:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            {
            // InternalAssign.g:2211:1: ( ( rule__AssignmentConfig__NameAssignment_2 ) )
            // InternalAssign.g:2212:2: ( rule__AssignmentConfig__NameAssignment_2 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getNameAssignment_2()); 
            // InternalAssign.g:2213:2: ( rule__AssignmentConfig__NameAssignment_2 )
            // InternalAssign.g:2213:3: rule__AssignmentConfig__NameAssignment_2
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
    // InternalAssign.g:2221:1: rule__AssignmentConfig__Group__3 : rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 ;
    public final void rule__AssignmentConfig__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2225:1: ( rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4 )
            // InternalAssign.g:2226:2: rule__AssignmentConfig__Group__3__Impl rule__AssignmentConfig__Group__4
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
    // InternalAssign.g:2233:1: rule__AssignmentConfig__Group__3__Impl : ( ( rule__AssignmentConfig__Group_3__0 )? ) ;
    public final void rule__AssignmentConfig__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2237:1: ( ( ( rule__AssignmentConfig__Group_3__0 )? ) )
            // InternalAssign.g:2238:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            {
            // InternalAssign.g:2238:1: ( ( rule__AssignmentConfig__Group_3__0 )? )
            // InternalAssign.g:2239:2: ( rule__AssignmentConfig__Group_3__0 )?
            {
             before(grammarAccess.getAssignmentConfigAccess().getGroup_3()); 
            // InternalAssign.g:2240:2: ( rule__AssignmentConfig__Group_3__0 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==92) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalAssign.g:2240:3: rule__AssignmentConfig__Group_3__0
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
    // InternalAssign.g:2248:1: rule__AssignmentConfig__Group__4 : rule__AssignmentConfig__Group__4__Impl ;
    public final void rule__AssignmentConfig__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2252:1: ( rule__AssignmentConfig__Group__4__Impl )
            // InternalAssign.g:2253:2: rule__AssignmentConfig__Group__4__Impl
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
    // InternalAssign.g:2259:1: rule__AssignmentConfig__Group__4__Impl : ( ( rule__AssignmentConfig__Alternatives_4 )* ) ;
    public final void rule__AssignmentConfig__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2263:1: ( ( ( rule__AssignmentConfig__Alternatives_4 )* ) )
            // InternalAssign.g:2264:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            {
            // InternalAssign.g:2264:1: ( ( rule__AssignmentConfig__Alternatives_4 )* )
            // InternalAssign.g:2265:2: ( rule__AssignmentConfig__Alternatives_4 )*
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_4()); 
            // InternalAssign.g:2266:2: ( rule__AssignmentConfig__Alternatives_4 )*
            loop30:
            do {
                int alt30=2;
                int LA30_0 = input.LA(1);

                if ( ((LA30_0>=16 && LA30_0<=20)) ) {
                    alt30=1;
                }


                switch (alt30) {
            	case 1 :
            	    // InternalAssign.g:2266:3: rule__AssignmentConfig__Alternatives_4
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
    // InternalAssign.g:2275:1: rule__AssignmentConfig__Group_3__0 : rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 ;
    public final void rule__AssignmentConfig__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2279:1: ( rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1 )
            // InternalAssign.g:2280:2: rule__AssignmentConfig__Group_3__0__Impl rule__AssignmentConfig__Group_3__1
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
    // InternalAssign.g:2287:1: rule__AssignmentConfig__Group_3__0__Impl : ( 'for' ) ;
    public final void rule__AssignmentConfig__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2291:1: ( ( 'for' ) )
            // InternalAssign.g:2292:1: ( 'for' )
            {
            // InternalAssign.g:2292:1: ( 'for' )
            // InternalAssign.g:2293:2: 'for'
            {
             before(grammarAccess.getAssignmentConfigAccess().getForKeyword_3_0()); 
            match(input,92,FOLLOW_2); 
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
    // InternalAssign.g:2302:1: rule__AssignmentConfig__Group_3__1 : rule__AssignmentConfig__Group_3__1__Impl ;
    public final void rule__AssignmentConfig__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2306:1: ( rule__AssignmentConfig__Group_3__1__Impl )
            // InternalAssign.g:2307:2: rule__AssignmentConfig__Group_3__1__Impl
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
    // InternalAssign.g:2313:1: rule__AssignmentConfig__Group_3__1__Impl : ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2317:1: ( ( ( rule__AssignmentConfig__Alternatives_3_1 ) ) )
            // InternalAssign.g:2318:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            {
            // InternalAssign.g:2318:1: ( ( rule__AssignmentConfig__Alternatives_3_1 ) )
            // InternalAssign.g:2319:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getAlternatives_3_1()); 
            // InternalAssign.g:2320:2: ( rule__AssignmentConfig__Alternatives_3_1 )
            // InternalAssign.g:2320:3: rule__AssignmentConfig__Alternatives_3_1
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
    // InternalAssign.g:2329:1: rule__AssignmentConfig__Group_3_1_1__0 : rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 ;
    public final void rule__AssignmentConfig__Group_3_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2333:1: ( rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1 )
            // InternalAssign.g:2334:2: rule__AssignmentConfig__Group_3_1_1__0__Impl rule__AssignmentConfig__Group_3_1_1__1
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
    // InternalAssign.g:2341:1: rule__AssignmentConfig__Group_3_1_1__0__Impl : ( 'board' ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2345:1: ( ( 'board' ) )
            // InternalAssign.g:2346:1: ( 'board' )
            {
            // InternalAssign.g:2346:1: ( 'board' )
            // InternalAssign.g:2347:2: 'board'
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardKeyword_3_1_1_0()); 
            match(input,93,FOLLOW_2); 
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
    // InternalAssign.g:2356:1: rule__AssignmentConfig__Group_3_1_1__1 : rule__AssignmentConfig__Group_3_1_1__1__Impl ;
    public final void rule__AssignmentConfig__Group_3_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2360:1: ( rule__AssignmentConfig__Group_3_1_1__1__Impl )
            // InternalAssign.g:2361:2: rule__AssignmentConfig__Group_3_1_1__1__Impl
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
    // InternalAssign.g:2367:1: rule__AssignmentConfig__Group_3_1_1__1__Impl : ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) ;
    public final void rule__AssignmentConfig__Group_3_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2371:1: ( ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) ) )
            // InternalAssign.g:2372:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            {
            // InternalAssign.g:2372:1: ( ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 ) )
            // InternalAssign.g:2373:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            {
             before(grammarAccess.getAssignmentConfigAccess().getInlineBoardAssignment_3_1_1_1()); 
            // InternalAssign.g:2374:2: ( rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 )
            // InternalAssign.g:2374:3: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1
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
    // InternalAssign.g:2383:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2387:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalAssign.g:2388:2: rule__Import__Group__0__Impl rule__Import__Group__1
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
    // InternalAssign.g:2395:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2399:1: ( ( 'import' ) )
            // InternalAssign.g:2400:1: ( 'import' )
            {
            // InternalAssign.g:2400:1: ( 'import' )
            // InternalAssign.g:2401:2: 'import'
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
    // InternalAssign.g:2410:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2414:1: ( rule__Import__Group__1__Impl )
            // InternalAssign.g:2415:2: rule__Import__Group__1__Impl
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
    // InternalAssign.g:2421:1: rule__Import__Group__1__Impl : ( ( rule__Import__ImportURIAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2425:1: ( ( ( rule__Import__ImportURIAssignment_1 ) ) )
            // InternalAssign.g:2426:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            {
            // InternalAssign.g:2426:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            // InternalAssign.g:2427:2: ( rule__Import__ImportURIAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getImportURIAssignment_1()); 
            // InternalAssign.g:2428:2: ( rule__Import__ImportURIAssignment_1 )
            // InternalAssign.g:2428:3: rule__Import__ImportURIAssignment_1
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
    // InternalAssign.g:2437:1: rule__VmGuest__Group__0 : rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 ;
    public final void rule__VmGuest__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2441:1: ( rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1 )
            // InternalAssign.g:2442:2: rule__VmGuest__Group__0__Impl rule__VmGuest__Group__1
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
    // InternalAssign.g:2449:1: rule__VmGuest__Group__0__Impl : ( 'vm' ) ;
    public final void rule__VmGuest__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2453:1: ( ( 'vm' ) )
            // InternalAssign.g:2454:1: ( 'vm' )
            {
            // InternalAssign.g:2454:1: ( 'vm' )
            // InternalAssign.g:2455:2: 'vm'
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
    // InternalAssign.g:2464:1: rule__VmGuest__Group__1 : rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 ;
    public final void rule__VmGuest__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2468:1: ( rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2 )
            // InternalAssign.g:2469:2: rule__VmGuest__Group__1__Impl rule__VmGuest__Group__2
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
    // InternalAssign.g:2476:1: rule__VmGuest__Group__1__Impl : ( ( rule__VmGuest__NameAssignment_1 ) ) ;
    public final void rule__VmGuest__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2480:1: ( ( ( rule__VmGuest__NameAssignment_1 ) ) )
            // InternalAssign.g:2481:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            {
            // InternalAssign.g:2481:1: ( ( rule__VmGuest__NameAssignment_1 ) )
            // InternalAssign.g:2482:2: ( rule__VmGuest__NameAssignment_1 )
            {
             before(grammarAccess.getVmGuestAccess().getNameAssignment_1()); 
            // InternalAssign.g:2483:2: ( rule__VmGuest__NameAssignment_1 )
            // InternalAssign.g:2483:3: rule__VmGuest__NameAssignment_1
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
    // InternalAssign.g:2491:1: rule__VmGuest__Group__2 : rule__VmGuest__Group__2__Impl ;
    public final void rule__VmGuest__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2495:1: ( rule__VmGuest__Group__2__Impl )
            // InternalAssign.g:2496:2: rule__VmGuest__Group__2__Impl
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
    // InternalAssign.g:2502:1: rule__VmGuest__Group__2__Impl : ( ( rule__VmGuest__Group_2__0 )? ) ;
    public final void rule__VmGuest__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2506:1: ( ( ( rule__VmGuest__Group_2__0 )? ) )
            // InternalAssign.g:2507:1: ( ( rule__VmGuest__Group_2__0 )? )
            {
            // InternalAssign.g:2507:1: ( ( rule__VmGuest__Group_2__0 )? )
            // InternalAssign.g:2508:2: ( rule__VmGuest__Group_2__0 )?
            {
             before(grammarAccess.getVmGuestAccess().getGroup_2()); 
            // InternalAssign.g:2509:2: ( rule__VmGuest__Group_2__0 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==94) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalAssign.g:2509:3: rule__VmGuest__Group_2__0
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
    // InternalAssign.g:2518:1: rule__VmGuest__Group_2__0 : rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 ;
    public final void rule__VmGuest__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2522:1: ( rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1 )
            // InternalAssign.g:2523:2: rule__VmGuest__Group_2__0__Impl rule__VmGuest__Group_2__1
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
    // InternalAssign.g:2530:1: rule__VmGuest__Group_2__0__Impl : ( '{' ) ;
    public final void rule__VmGuest__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2534:1: ( ( '{' ) )
            // InternalAssign.g:2535:1: ( '{' )
            {
            // InternalAssign.g:2535:1: ( '{' )
            // InternalAssign.g:2536:2: '{'
            {
             before(grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:2545:1: rule__VmGuest__Group_2__1 : rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 ;
    public final void rule__VmGuest__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2549:1: ( rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2 )
            // InternalAssign.g:2550:2: rule__VmGuest__Group_2__1__Impl rule__VmGuest__Group_2__2
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
    // InternalAssign.g:2557:1: rule__VmGuest__Group_2__1__Impl : ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) ;
    public final void rule__VmGuest__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2561:1: ( ( ( rule__VmGuest__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:2562:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:2562:1: ( ( rule__VmGuest__UnorderedGroup_2_1 ) )
            // InternalAssign.g:2563:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:2564:2: ( rule__VmGuest__UnorderedGroup_2_1 )
            // InternalAssign.g:2564:3: rule__VmGuest__UnorderedGroup_2_1
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
    // InternalAssign.g:2572:1: rule__VmGuest__Group_2__2 : rule__VmGuest__Group_2__2__Impl ;
    public final void rule__VmGuest__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2576:1: ( rule__VmGuest__Group_2__2__Impl )
            // InternalAssign.g:2577:2: rule__VmGuest__Group_2__2__Impl
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
    // InternalAssign.g:2583:1: rule__VmGuest__Group_2__2__Impl : ( '}' ) ;
    public final void rule__VmGuest__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2587:1: ( ( '}' ) )
            // InternalAssign.g:2588:1: ( '}' )
            {
            // InternalAssign.g:2588:1: ( '}' )
            // InternalAssign.g:2589:2: '}'
            {
             before(grammarAccess.getVmGuestAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:2599:1: rule__VmGuest__Group_2_1_0__0 : rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 ;
    public final void rule__VmGuest__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2603:1: ( rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1 )
            // InternalAssign.g:2604:2: rule__VmGuest__Group_2_1_0__0__Impl rule__VmGuest__Group_2_1_0__1
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
    // InternalAssign.g:2611:1: rule__VmGuest__Group_2_1_0__0__Impl : ( 'memory' ) ;
    public final void rule__VmGuest__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2615:1: ( ( 'memory' ) )
            // InternalAssign.g:2616:1: ( 'memory' )
            {
            // InternalAssign.g:2616:1: ( 'memory' )
            // InternalAssign.g:2617:2: 'memory'
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
    // InternalAssign.g:2626:1: rule__VmGuest__Group_2_1_0__1 : rule__VmGuest__Group_2_1_0__1__Impl ;
    public final void rule__VmGuest__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2630:1: ( rule__VmGuest__Group_2_1_0__1__Impl )
            // InternalAssign.g:2631:2: rule__VmGuest__Group_2_1_0__1__Impl
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
    // InternalAssign.g:2637:1: rule__VmGuest__Group_2_1_0__1__Impl : ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2641:1: ( ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:2642:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:2642:1: ( ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 ) )
            // InternalAssign.g:2643:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemorySizeAssignment_2_1_0_1()); 
            // InternalAssign.g:2644:2: ( rule__VmGuest__MemorySizeAssignment_2_1_0_1 )
            // InternalAssign.g:2644:3: rule__VmGuest__MemorySizeAssignment_2_1_0_1
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
    // InternalAssign.g:2653:1: rule__VmGuest__Group_2_1_1__0 : rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 ;
    public final void rule__VmGuest__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2657:1: ( rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1 )
            // InternalAssign.g:2658:2: rule__VmGuest__Group_2_1_1__0__Impl rule__VmGuest__Group_2_1_1__1
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
    // InternalAssign.g:2665:1: rule__VmGuest__Group_2_1_1__0__Impl : ( 'vcpus' ) ;
    public final void rule__VmGuest__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2669:1: ( ( 'vcpus' ) )
            // InternalAssign.g:2670:1: ( 'vcpus' )
            {
            // InternalAssign.g:2670:1: ( 'vcpus' )
            // InternalAssign.g:2671:2: 'vcpus'
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
    // InternalAssign.g:2680:1: rule__VmGuest__Group_2_1_1__1 : rule__VmGuest__Group_2_1_1__1__Impl ;
    public final void rule__VmGuest__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2684:1: ( rule__VmGuest__Group_2_1_1__1__Impl )
            // InternalAssign.g:2685:2: rule__VmGuest__Group_2_1_1__1__Impl
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
    // InternalAssign.g:2691:1: rule__VmGuest__Group_2_1_1__1__Impl : ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2695:1: ( ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:2696:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:2696:1: ( ( rule__VmGuest__VcpusAssignment_2_1_1_1 ) )
            // InternalAssign.g:2697:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            {
             before(grammarAccess.getVmGuestAccess().getVcpusAssignment_2_1_1_1()); 
            // InternalAssign.g:2698:2: ( rule__VmGuest__VcpusAssignment_2_1_1_1 )
            // InternalAssign.g:2698:3: rule__VmGuest__VcpusAssignment_2_1_1_1
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
    // InternalAssign.g:2707:1: rule__VmGuest__Group_2_1_2__0 : rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 ;
    public final void rule__VmGuest__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2711:1: ( rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1 )
            // InternalAssign.g:2712:2: rule__VmGuest__Group_2_1_2__0__Impl rule__VmGuest__Group_2_1_2__1
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
    // InternalAssign.g:2719:1: rule__VmGuest__Group_2_1_2__0__Impl : ( 'machine' ) ;
    public final void rule__VmGuest__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2723:1: ( ( 'machine' ) )
            // InternalAssign.g:2724:1: ( 'machine' )
            {
            // InternalAssign.g:2724:1: ( 'machine' )
            // InternalAssign.g:2725:2: 'machine'
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
    // InternalAssign.g:2734:1: rule__VmGuest__Group_2_1_2__1 : rule__VmGuest__Group_2_1_2__1__Impl ;
    public final void rule__VmGuest__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2738:1: ( rule__VmGuest__Group_2_1_2__1__Impl )
            // InternalAssign.g:2739:2: rule__VmGuest__Group_2_1_2__1__Impl
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
    // InternalAssign.g:2745:1: rule__VmGuest__Group_2_1_2__1__Impl : ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2749:1: ( ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:2750:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:2750:1: ( ( rule__VmGuest__MachineAssignment_2_1_2_1 ) )
            // InternalAssign.g:2751:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAssignment_2_1_2_1()); 
            // InternalAssign.g:2752:2: ( rule__VmGuest__MachineAssignment_2_1_2_1 )
            // InternalAssign.g:2752:3: rule__VmGuest__MachineAssignment_2_1_2_1
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
    // InternalAssign.g:2761:1: rule__VmGuest__Group_2_1_3__0 : rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 ;
    public final void rule__VmGuest__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2765:1: ( rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1 )
            // InternalAssign.g:2766:2: rule__VmGuest__Group_2_1_3__0__Impl rule__VmGuest__Group_2_1_3__1
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
    // InternalAssign.g:2773:1: rule__VmGuest__Group_2_1_3__0__Impl : ( 'memlock' ) ;
    public final void rule__VmGuest__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2777:1: ( ( 'memlock' ) )
            // InternalAssign.g:2778:1: ( 'memlock' )
            {
            // InternalAssign.g:2778:1: ( 'memlock' )
            // InternalAssign.g:2779:2: 'memlock'
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
    // InternalAssign.g:2788:1: rule__VmGuest__Group_2_1_3__1 : rule__VmGuest__Group_2_1_3__1__Impl ;
    public final void rule__VmGuest__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2792:1: ( rule__VmGuest__Group_2_1_3__1__Impl )
            // InternalAssign.g:2793:2: rule__VmGuest__Group_2_1_3__1__Impl
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
    // InternalAssign.g:2799:1: rule__VmGuest__Group_2_1_3__1__Impl : ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2803:1: ( ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:2804:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:2804:1: ( ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 ) )
            // InternalAssign.g:2805:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            {
             before(grammarAccess.getVmGuestAccess().getMemlockLimitAssignment_2_1_3_1()); 
            // InternalAssign.g:2806:2: ( rule__VmGuest__MemlockLimitAssignment_2_1_3_1 )
            // InternalAssign.g:2806:3: rule__VmGuest__MemlockLimitAssignment_2_1_3_1
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
    // InternalAssign.g:2815:1: rule__VmGuest__Group_2_1_4__0 : rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 ;
    public final void rule__VmGuest__Group_2_1_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2819:1: ( rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1 )
            // InternalAssign.g:2820:2: rule__VmGuest__Group_2_1_4__0__Impl rule__VmGuest__Group_2_1_4__1
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
    // InternalAssign.g:2827:1: rule__VmGuest__Group_2_1_4__0__Impl : ( 'qemu' ) ;
    public final void rule__VmGuest__Group_2_1_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2831:1: ( ( 'qemu' ) )
            // InternalAssign.g:2832:1: ( 'qemu' )
            {
            // InternalAssign.g:2832:1: ( 'qemu' )
            // InternalAssign.g:2833:2: 'qemu'
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
    // InternalAssign.g:2842:1: rule__VmGuest__Group_2_1_4__1 : rule__VmGuest__Group_2_1_4__1__Impl ;
    public final void rule__VmGuest__Group_2_1_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2846:1: ( rule__VmGuest__Group_2_1_4__1__Impl )
            // InternalAssign.g:2847:2: rule__VmGuest__Group_2_1_4__1__Impl
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
    // InternalAssign.g:2853:1: rule__VmGuest__Group_2_1_4__1__Impl : ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2857:1: ( ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) ) )
            // InternalAssign.g:2858:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            {
            // InternalAssign.g:2858:1: ( ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 ) )
            // InternalAssign.g:2859:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            {
             before(grammarAccess.getVmGuestAccess().getQemuVersionAssignment_2_1_4_1()); 
            // InternalAssign.g:2860:2: ( rule__VmGuest__QemuVersionAssignment_2_1_4_1 )
            // InternalAssign.g:2860:3: rule__VmGuest__QemuVersionAssignment_2_1_4_1
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
    // InternalAssign.g:2869:1: rule__VmGuest__Group_2_1_5__0 : rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 ;
    public final void rule__VmGuest__Group_2_1_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2873:1: ( rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1 )
            // InternalAssign.g:2874:2: rule__VmGuest__Group_2_1_5__0__Impl rule__VmGuest__Group_2_1_5__1
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
    // InternalAssign.g:2881:1: rule__VmGuest__Group_2_1_5__0__Impl : ( 'libvirt' ) ;
    public final void rule__VmGuest__Group_2_1_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2885:1: ( ( 'libvirt' ) )
            // InternalAssign.g:2886:1: ( 'libvirt' )
            {
            // InternalAssign.g:2886:1: ( 'libvirt' )
            // InternalAssign.g:2887:2: 'libvirt'
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
    // InternalAssign.g:2896:1: rule__VmGuest__Group_2_1_5__1 : rule__VmGuest__Group_2_1_5__1__Impl ;
    public final void rule__VmGuest__Group_2_1_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2900:1: ( rule__VmGuest__Group_2_1_5__1__Impl )
            // InternalAssign.g:2901:2: rule__VmGuest__Group_2_1_5__1__Impl
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
    // InternalAssign.g:2907:1: rule__VmGuest__Group_2_1_5__1__Impl : ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) ;
    public final void rule__VmGuest__Group_2_1_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2911:1: ( ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) ) )
            // InternalAssign.g:2912:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            {
            // InternalAssign.g:2912:1: ( ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 ) )
            // InternalAssign.g:2913:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            {
             before(grammarAccess.getVmGuestAccess().getLibvirtVersionAssignment_2_1_5_1()); 
            // InternalAssign.g:2914:2: ( rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 )
            // InternalAssign.g:2914:3: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1
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
    // InternalAssign.g:2923:1: rule__UserspaceDriver__Group__0 : rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 ;
    public final void rule__UserspaceDriver__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2927:1: ( rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1 )
            // InternalAssign.g:2928:2: rule__UserspaceDriver__Group__0__Impl rule__UserspaceDriver__Group__1
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
    // InternalAssign.g:2935:1: rule__UserspaceDriver__Group__0__Impl : ( 'userspace' ) ;
    public final void rule__UserspaceDriver__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2939:1: ( ( 'userspace' ) )
            // InternalAssign.g:2940:1: ( 'userspace' )
            {
            // InternalAssign.g:2940:1: ( 'userspace' )
            // InternalAssign.g:2941:2: 'userspace'
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
    // InternalAssign.g:2950:1: rule__UserspaceDriver__Group__1 : rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 ;
    public final void rule__UserspaceDriver__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2954:1: ( rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2 )
            // InternalAssign.g:2955:2: rule__UserspaceDriver__Group__1__Impl rule__UserspaceDriver__Group__2
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
    // InternalAssign.g:2962:1: rule__UserspaceDriver__Group__1__Impl : ( ( rule__UserspaceDriver__NameAssignment_1 ) ) ;
    public final void rule__UserspaceDriver__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2966:1: ( ( ( rule__UserspaceDriver__NameAssignment_1 ) ) )
            // InternalAssign.g:2967:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            {
            // InternalAssign.g:2967:1: ( ( rule__UserspaceDriver__NameAssignment_1 ) )
            // InternalAssign.g:2968:2: ( rule__UserspaceDriver__NameAssignment_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getNameAssignment_1()); 
            // InternalAssign.g:2969:2: ( rule__UserspaceDriver__NameAssignment_1 )
            // InternalAssign.g:2969:3: rule__UserspaceDriver__NameAssignment_1
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
    // InternalAssign.g:2977:1: rule__UserspaceDriver__Group__2 : rule__UserspaceDriver__Group__2__Impl ;
    public final void rule__UserspaceDriver__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2981:1: ( rule__UserspaceDriver__Group__2__Impl )
            // InternalAssign.g:2982:2: rule__UserspaceDriver__Group__2__Impl
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
    // InternalAssign.g:2988:1: rule__UserspaceDriver__Group__2__Impl : ( ( rule__UserspaceDriver__Group_2__0 )? ) ;
    public final void rule__UserspaceDriver__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:2992:1: ( ( ( rule__UserspaceDriver__Group_2__0 )? ) )
            // InternalAssign.g:2993:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            {
            // InternalAssign.g:2993:1: ( ( rule__UserspaceDriver__Group_2__0 )? )
            // InternalAssign.g:2994:2: ( rule__UserspaceDriver__Group_2__0 )?
            {
             before(grammarAccess.getUserspaceDriverAccess().getGroup_2()); 
            // InternalAssign.g:2995:2: ( rule__UserspaceDriver__Group_2__0 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==94) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalAssign.g:2995:3: rule__UserspaceDriver__Group_2__0
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
    // InternalAssign.g:3004:1: rule__UserspaceDriver__Group_2__0 : rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 ;
    public final void rule__UserspaceDriver__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3008:1: ( rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1 )
            // InternalAssign.g:3009:2: rule__UserspaceDriver__Group_2__0__Impl rule__UserspaceDriver__Group_2__1
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
    // InternalAssign.g:3016:1: rule__UserspaceDriver__Group_2__0__Impl : ( '{' ) ;
    public final void rule__UserspaceDriver__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3020:1: ( ( '{' ) )
            // InternalAssign.g:3021:1: ( '{' )
            {
            // InternalAssign.g:3021:1: ( '{' )
            // InternalAssign.g:3022:2: '{'
            {
             before(grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:3031:1: rule__UserspaceDriver__Group_2__1 : rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 ;
    public final void rule__UserspaceDriver__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3035:1: ( rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2 )
            // InternalAssign.g:3036:2: rule__UserspaceDriver__Group_2__1__Impl rule__UserspaceDriver__Group_2__2
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
    // InternalAssign.g:3043:1: rule__UserspaceDriver__Group_2__1__Impl : ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3047:1: ( ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) ) )
            // InternalAssign.g:3048:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            {
            // InternalAssign.g:3048:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1 ) )
            // InternalAssign.g:3049:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1()); 
            // InternalAssign.g:3050:2: ( rule__UserspaceDriver__UnorderedGroup_2_1 )
            // InternalAssign.g:3050:3: rule__UserspaceDriver__UnorderedGroup_2_1
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
    // InternalAssign.g:3058:1: rule__UserspaceDriver__Group_2__2 : rule__UserspaceDriver__Group_2__2__Impl ;
    public final void rule__UserspaceDriver__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3062:1: ( rule__UserspaceDriver__Group_2__2__Impl )
            // InternalAssign.g:3063:2: rule__UserspaceDriver__Group_2__2__Impl
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
    // InternalAssign.g:3069:1: rule__UserspaceDriver__Group_2__2__Impl : ( '}' ) ;
    public final void rule__UserspaceDriver__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3073:1: ( ( '}' ) )
            // InternalAssign.g:3074:1: ( '}' )
            {
            // InternalAssign.g:3074:1: ( '}' )
            // InternalAssign.g:3075:2: '}'
            {
             before(grammarAccess.getUserspaceDriverAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:3085:1: rule__UserspaceDriver__Group_2_1_0__0 : rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 ;
    public final void rule__UserspaceDriver__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3089:1: ( rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1 )
            // InternalAssign.g:3090:2: rule__UserspaceDriver__Group_2_1_0__0__Impl rule__UserspaceDriver__Group_2_1_0__1
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
    // InternalAssign.g:3097:1: rule__UserspaceDriver__Group_2_1_0__0__Impl : ( 'uid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3101:1: ( ( 'uid' ) )
            // InternalAssign.g:3102:1: ( 'uid' )
            {
            // InternalAssign.g:3102:1: ( 'uid' )
            // InternalAssign.g:3103:2: 'uid'
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
    // InternalAssign.g:3112:1: rule__UserspaceDriver__Group_2_1_0__1 : rule__UserspaceDriver__Group_2_1_0__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3116:1: ( rule__UserspaceDriver__Group_2_1_0__1__Impl )
            // InternalAssign.g:3117:2: rule__UserspaceDriver__Group_2_1_0__1__Impl
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
    // InternalAssign.g:3123:1: rule__UserspaceDriver__Group_2_1_0__1__Impl : ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3127:1: ( ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) ) )
            // InternalAssign.g:3128:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            {
            // InternalAssign.g:3128:1: ( ( rule__UserspaceDriver__UidAssignment_2_1_0_1 ) )
            // InternalAssign.g:3129:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getUidAssignment_2_1_0_1()); 
            // InternalAssign.g:3130:2: ( rule__UserspaceDriver__UidAssignment_2_1_0_1 )
            // InternalAssign.g:3130:3: rule__UserspaceDriver__UidAssignment_2_1_0_1
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
    // InternalAssign.g:3139:1: rule__UserspaceDriver__Group_2_1_1__0 : rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 ;
    public final void rule__UserspaceDriver__Group_2_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3143:1: ( rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1 )
            // InternalAssign.g:3144:2: rule__UserspaceDriver__Group_2_1_1__0__Impl rule__UserspaceDriver__Group_2_1_1__1
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
    // InternalAssign.g:3151:1: rule__UserspaceDriver__Group_2_1_1__0__Impl : ( 'gid' ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3155:1: ( ( 'gid' ) )
            // InternalAssign.g:3156:1: ( 'gid' )
            {
            // InternalAssign.g:3156:1: ( 'gid' )
            // InternalAssign.g:3157:2: 'gid'
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
    // InternalAssign.g:3166:1: rule__UserspaceDriver__Group_2_1_1__1 : rule__UserspaceDriver__Group_2_1_1__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3170:1: ( rule__UserspaceDriver__Group_2_1_1__1__Impl )
            // InternalAssign.g:3171:2: rule__UserspaceDriver__Group_2_1_1__1__Impl
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
    // InternalAssign.g:3177:1: rule__UserspaceDriver__Group_2_1_1__1__Impl : ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3181:1: ( ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) ) )
            // InternalAssign.g:3182:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            {
            // InternalAssign.g:3182:1: ( ( rule__UserspaceDriver__GidAssignment_2_1_1_1 ) )
            // InternalAssign.g:3183:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getGidAssignment_2_1_1_1()); 
            // InternalAssign.g:3184:2: ( rule__UserspaceDriver__GidAssignment_2_1_1_1 )
            // InternalAssign.g:3184:3: rule__UserspaceDriver__GidAssignment_2_1_1_1
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
    // InternalAssign.g:3193:1: rule__UserspaceDriver__Group_2_1_2__0 : rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 ;
    public final void rule__UserspaceDriver__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3197:1: ( rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1 )
            // InternalAssign.g:3198:2: rule__UserspaceDriver__Group_2_1_2__0__Impl rule__UserspaceDriver__Group_2_1_2__1
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
    // InternalAssign.g:3205:1: rule__UserspaceDriver__Group_2_1_2__0__Impl : ( 'memlock' ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3209:1: ( ( 'memlock' ) )
            // InternalAssign.g:3210:1: ( 'memlock' )
            {
            // InternalAssign.g:3210:1: ( 'memlock' )
            // InternalAssign.g:3211:2: 'memlock'
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
    // InternalAssign.g:3220:1: rule__UserspaceDriver__Group_2_1_2__1 : rule__UserspaceDriver__Group_2_1_2__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3224:1: ( rule__UserspaceDriver__Group_2_1_2__1__Impl )
            // InternalAssign.g:3225:2: rule__UserspaceDriver__Group_2_1_2__1__Impl
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
    // InternalAssign.g:3231:1: rule__UserspaceDriver__Group_2_1_2__1__Impl : ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3235:1: ( ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) ) )
            // InternalAssign.g:3236:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            {
            // InternalAssign.g:3236:1: ( ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 ) )
            // InternalAssign.g:3237:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getMemlockLimitAssignment_2_1_2_1()); 
            // InternalAssign.g:3238:2: ( rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 )
            // InternalAssign.g:3238:3: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1
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
    // InternalAssign.g:3247:1: rule__UserspaceDriver__Group_2_1_3__0 : rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 ;
    public final void rule__UserspaceDriver__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3251:1: ( rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1 )
            // InternalAssign.g:3252:2: rule__UserspaceDriver__Group_2_1_3__0__Impl rule__UserspaceDriver__Group_2_1_3__1
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
    // InternalAssign.g:3259:1: rule__UserspaceDriver__Group_2_1_3__0__Impl : ( 'socket' ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3263:1: ( ( 'socket' ) )
            // InternalAssign.g:3264:1: ( 'socket' )
            {
            // InternalAssign.g:3264:1: ( 'socket' )
            // InternalAssign.g:3265:2: 'socket'
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
    // InternalAssign.g:3274:1: rule__UserspaceDriver__Group_2_1_3__1 : rule__UserspaceDriver__Group_2_1_3__1__Impl ;
    public final void rule__UserspaceDriver__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3278:1: ( rule__UserspaceDriver__Group_2_1_3__1__Impl )
            // InternalAssign.g:3279:2: rule__UserspaceDriver__Group_2_1_3__1__Impl
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
    // InternalAssign.g:3285:1: rule__UserspaceDriver__Group_2_1_3__1__Impl : ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) ;
    public final void rule__UserspaceDriver__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3289:1: ( ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) ) )
            // InternalAssign.g:3290:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            {
            // InternalAssign.g:3290:1: ( ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 ) )
            // InternalAssign.g:3291:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            {
             before(grammarAccess.getUserspaceDriverAccess().getSocketPathAssignment_2_1_3_1()); 
            // InternalAssign.g:3292:2: ( rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 )
            // InternalAssign.g:3292:3: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1
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
    // InternalAssign.g:3301:1: rule__Probe__Group__0 : rule__Probe__Group__0__Impl rule__Probe__Group__1 ;
    public final void rule__Probe__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3305:1: ( rule__Probe__Group__0__Impl rule__Probe__Group__1 )
            // InternalAssign.g:3306:2: rule__Probe__Group__0__Impl rule__Probe__Group__1
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
    // InternalAssign.g:3313:1: rule__Probe__Group__0__Impl : ( 'probe' ) ;
    public final void rule__Probe__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3317:1: ( ( 'probe' ) )
            // InternalAssign.g:3318:1: ( 'probe' )
            {
            // InternalAssign.g:3318:1: ( 'probe' )
            // InternalAssign.g:3319:2: 'probe'
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
    // InternalAssign.g:3328:1: rule__Probe__Group__1 : rule__Probe__Group__1__Impl rule__Probe__Group__2 ;
    public final void rule__Probe__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3332:1: ( rule__Probe__Group__1__Impl rule__Probe__Group__2 )
            // InternalAssign.g:3333:2: rule__Probe__Group__1__Impl rule__Probe__Group__2
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
    // InternalAssign.g:3340:1: rule__Probe__Group__1__Impl : ( ( rule__Probe__NameAssignment_1 ) ) ;
    public final void rule__Probe__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3344:1: ( ( ( rule__Probe__NameAssignment_1 ) ) )
            // InternalAssign.g:3345:1: ( ( rule__Probe__NameAssignment_1 ) )
            {
            // InternalAssign.g:3345:1: ( ( rule__Probe__NameAssignment_1 ) )
            // InternalAssign.g:3346:2: ( rule__Probe__NameAssignment_1 )
            {
             before(grammarAccess.getProbeAccess().getNameAssignment_1()); 
            // InternalAssign.g:3347:2: ( rule__Probe__NameAssignment_1 )
            // InternalAssign.g:3347:3: rule__Probe__NameAssignment_1
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
    // InternalAssign.g:3355:1: rule__Probe__Group__2 : rule__Probe__Group__2__Impl ;
    public final void rule__Probe__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3359:1: ( rule__Probe__Group__2__Impl )
            // InternalAssign.g:3360:2: rule__Probe__Group__2__Impl
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
    // InternalAssign.g:3366:1: rule__Probe__Group__2__Impl : ( ( rule__Probe__Group_2__0 )? ) ;
    public final void rule__Probe__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3370:1: ( ( ( rule__Probe__Group_2__0 )? ) )
            // InternalAssign.g:3371:1: ( ( rule__Probe__Group_2__0 )? )
            {
            // InternalAssign.g:3371:1: ( ( rule__Probe__Group_2__0 )? )
            // InternalAssign.g:3372:2: ( rule__Probe__Group_2__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2()); 
            // InternalAssign.g:3373:2: ( rule__Probe__Group_2__0 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==94) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalAssign.g:3373:3: rule__Probe__Group_2__0
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
    // InternalAssign.g:3382:1: rule__Probe__Group_2__0 : rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 ;
    public final void rule__Probe__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3386:1: ( rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1 )
            // InternalAssign.g:3387:2: rule__Probe__Group_2__0__Impl rule__Probe__Group_2__1
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
    // InternalAssign.g:3394:1: rule__Probe__Group_2__0__Impl : ( '{' ) ;
    public final void rule__Probe__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3398:1: ( ( '{' ) )
            // InternalAssign.g:3399:1: ( '{' )
            {
            // InternalAssign.g:3399:1: ( '{' )
            // InternalAssign.g:3400:2: '{'
            {
             before(grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:3409:1: rule__Probe__Group_2__1 : rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 ;
    public final void rule__Probe__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3413:1: ( rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2 )
            // InternalAssign.g:3414:2: rule__Probe__Group_2__1__Impl rule__Probe__Group_2__2
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
    // InternalAssign.g:3421:1: rule__Probe__Group_2__1__Impl : ( ( rule__Probe__Group_2_1__0 )? ) ;
    public final void rule__Probe__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3425:1: ( ( ( rule__Probe__Group_2_1__0 )? ) )
            // InternalAssign.g:3426:1: ( ( rule__Probe__Group_2_1__0 )? )
            {
            // InternalAssign.g:3426:1: ( ( rule__Probe__Group_2_1__0 )? )
            // InternalAssign.g:3427:2: ( rule__Probe__Group_2_1__0 )?
            {
             before(grammarAccess.getProbeAccess().getGroup_2_1()); 
            // InternalAssign.g:3428:2: ( rule__Probe__Group_2_1__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==25) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalAssign.g:3428:3: rule__Probe__Group_2_1__0
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
    // InternalAssign.g:3436:1: rule__Probe__Group_2__2 : rule__Probe__Group_2__2__Impl ;
    public final void rule__Probe__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3440:1: ( rule__Probe__Group_2__2__Impl )
            // InternalAssign.g:3441:2: rule__Probe__Group_2__2__Impl
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
    // InternalAssign.g:3447:1: rule__Probe__Group_2__2__Impl : ( '}' ) ;
    public final void rule__Probe__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3451:1: ( ( '}' ) )
            // InternalAssign.g:3452:1: ( '}' )
            {
            // InternalAssign.g:3452:1: ( '}' )
            // InternalAssign.g:3453:2: '}'
            {
             before(grammarAccess.getProbeAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:3463:1: rule__Probe__Group_2_1__0 : rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 ;
    public final void rule__Probe__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3467:1: ( rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1 )
            // InternalAssign.g:3468:2: rule__Probe__Group_2_1__0__Impl rule__Probe__Group_2_1__1
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
    // InternalAssign.g:3475:1: rule__Probe__Group_2_1__0__Impl : ( 'memlock' ) ;
    public final void rule__Probe__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3479:1: ( ( 'memlock' ) )
            // InternalAssign.g:3480:1: ( 'memlock' )
            {
            // InternalAssign.g:3480:1: ( 'memlock' )
            // InternalAssign.g:3481:2: 'memlock'
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
    // InternalAssign.g:3490:1: rule__Probe__Group_2_1__1 : rule__Probe__Group_2_1__1__Impl ;
    public final void rule__Probe__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3494:1: ( rule__Probe__Group_2_1__1__Impl )
            // InternalAssign.g:3495:2: rule__Probe__Group_2_1__1__Impl
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
    // InternalAssign.g:3501:1: rule__Probe__Group_2_1__1__Impl : ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) ;
    public final void rule__Probe__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3505:1: ( ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) ) )
            // InternalAssign.g:3506:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            {
            // InternalAssign.g:3506:1: ( ( rule__Probe__MemlockLimitAssignment_2_1_1 ) )
            // InternalAssign.g:3507:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            {
             before(grammarAccess.getProbeAccess().getMemlockLimitAssignment_2_1_1()); 
            // InternalAssign.g:3508:2: ( rule__Probe__MemlockLimitAssignment_2_1_1 )
            // InternalAssign.g:3508:3: rule__Probe__MemlockLimitAssignment_2_1_1
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
    // InternalAssign.g:3517:1: rule__Assignment__Group__0 : rule__Assignment__Group__0__Impl rule__Assignment__Group__1 ;
    public final void rule__Assignment__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3521:1: ( rule__Assignment__Group__0__Impl rule__Assignment__Group__1 )
            // InternalAssign.g:3522:2: rule__Assignment__Group__0__Impl rule__Assignment__Group__1
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
    // InternalAssign.g:3529:1: rule__Assignment__Group__0__Impl : ( 'assign' ) ;
    public final void rule__Assignment__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3533:1: ( ( 'assign' ) )
            // InternalAssign.g:3534:1: ( 'assign' )
            {
            // InternalAssign.g:3534:1: ( 'assign' )
            // InternalAssign.g:3535:2: 'assign'
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
    // InternalAssign.g:3544:1: rule__Assignment__Group__1 : rule__Assignment__Group__1__Impl rule__Assignment__Group__2 ;
    public final void rule__Assignment__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3548:1: ( rule__Assignment__Group__1__Impl rule__Assignment__Group__2 )
            // InternalAssign.g:3549:2: rule__Assignment__Group__1__Impl rule__Assignment__Group__2
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
    // InternalAssign.g:3556:1: rule__Assignment__Group__1__Impl : ( ( rule__Assignment__Alternatives_1 ) ) ;
    public final void rule__Assignment__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3560:1: ( ( ( rule__Assignment__Alternatives_1 ) ) )
            // InternalAssign.g:3561:1: ( ( rule__Assignment__Alternatives_1 ) )
            {
            // InternalAssign.g:3561:1: ( ( rule__Assignment__Alternatives_1 ) )
            // InternalAssign.g:3562:2: ( rule__Assignment__Alternatives_1 )
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_1()); 
            // InternalAssign.g:3563:2: ( rule__Assignment__Alternatives_1 )
            // InternalAssign.g:3563:3: rule__Assignment__Alternatives_1
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
    // InternalAssign.g:3571:1: rule__Assignment__Group__2 : rule__Assignment__Group__2__Impl rule__Assignment__Group__3 ;
    public final void rule__Assignment__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3575:1: ( rule__Assignment__Group__2__Impl rule__Assignment__Group__3 )
            // InternalAssign.g:3576:2: rule__Assignment__Group__2__Impl rule__Assignment__Group__3
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
    // InternalAssign.g:3583:1: rule__Assignment__Group__2__Impl : ( 'to' ) ;
    public final void rule__Assignment__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3587:1: ( ( 'to' ) )
            // InternalAssign.g:3588:1: ( 'to' )
            {
            // InternalAssign.g:3588:1: ( 'to' )
            // InternalAssign.g:3589:2: 'to'
            {
             before(grammarAccess.getAssignmentAccess().getToKeyword_2()); 
            match(input,96,FOLLOW_2); 
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
    // InternalAssign.g:3598:1: rule__Assignment__Group__3 : rule__Assignment__Group__3__Impl rule__Assignment__Group__4 ;
    public final void rule__Assignment__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3602:1: ( rule__Assignment__Group__3__Impl rule__Assignment__Group__4 )
            // InternalAssign.g:3603:2: rule__Assignment__Group__3__Impl rule__Assignment__Group__4
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
    // InternalAssign.g:3610:1: rule__Assignment__Group__3__Impl : ( ( rule__Assignment__ConsumerAssignment_3 ) ) ;
    public final void rule__Assignment__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3614:1: ( ( ( rule__Assignment__ConsumerAssignment_3 ) ) )
            // InternalAssign.g:3615:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            {
            // InternalAssign.g:3615:1: ( ( rule__Assignment__ConsumerAssignment_3 ) )
            // InternalAssign.g:3616:2: ( rule__Assignment__ConsumerAssignment_3 )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerAssignment_3()); 
            // InternalAssign.g:3617:2: ( rule__Assignment__ConsumerAssignment_3 )
            // InternalAssign.g:3617:3: rule__Assignment__ConsumerAssignment_3
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
    // InternalAssign.g:3625:1: rule__Assignment__Group__4 : rule__Assignment__Group__4__Impl ;
    public final void rule__Assignment__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3629:1: ( rule__Assignment__Group__4__Impl )
            // InternalAssign.g:3630:2: rule__Assignment__Group__4__Impl
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
    // InternalAssign.g:3636:1: rule__Assignment__Group__4__Impl : ( ( rule__Assignment__Group_4__0 )? ) ;
    public final void rule__Assignment__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3640:1: ( ( ( rule__Assignment__Group_4__0 )? ) )
            // InternalAssign.g:3641:1: ( ( rule__Assignment__Group_4__0 )? )
            {
            // InternalAssign.g:3641:1: ( ( rule__Assignment__Group_4__0 )? )
            // InternalAssign.g:3642:2: ( rule__Assignment__Group_4__0 )?
            {
             before(grammarAccess.getAssignmentAccess().getGroup_4()); 
            // InternalAssign.g:3643:2: ( rule__Assignment__Group_4__0 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==94) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalAssign.g:3643:3: rule__Assignment__Group_4__0
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
    // InternalAssign.g:3652:1: rule__Assignment__Group_1_0__0 : rule__Assignment__Group_1_0__0__Impl rule__Assignment__Group_1_0__1 ;
    public final void rule__Assignment__Group_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3656:1: ( rule__Assignment__Group_1_0__0__Impl rule__Assignment__Group_1_0__1 )
            // InternalAssign.g:3657:2: rule__Assignment__Group_1_0__0__Impl rule__Assignment__Group_1_0__1
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
    // InternalAssign.g:3664:1: rule__Assignment__Group_1_0__0__Impl : ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) ) ;
    public final void rule__Assignment__Group_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3668:1: ( ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) ) )
            // InternalAssign.g:3669:1: ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) )
            {
            // InternalAssign.g:3669:1: ( ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 ) )
            // InternalAssign.g:3670:2: ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 )
            {
             before(grammarAccess.getAssignmentAccess().getPhysicalFunctionAssignment_1_0_0()); 
            // InternalAssign.g:3671:2: ( rule__Assignment__PhysicalFunctionAssignment_1_0_0 )
            // InternalAssign.g:3671:3: rule__Assignment__PhysicalFunctionAssignment_1_0_0
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
    // InternalAssign.g:3679:1: rule__Assignment__Group_1_0__1 : rule__Assignment__Group_1_0__1__Impl rule__Assignment__Group_1_0__2 ;
    public final void rule__Assignment__Group_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3683:1: ( rule__Assignment__Group_1_0__1__Impl rule__Assignment__Group_1_0__2 )
            // InternalAssign.g:3684:2: rule__Assignment__Group_1_0__1__Impl rule__Assignment__Group_1_0__2
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
    // InternalAssign.g:3691:1: rule__Assignment__Group_1_0__1__Impl : ( '.' ) ;
    public final void rule__Assignment__Group_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3695:1: ( ( '.' ) )
            // InternalAssign.g:3696:1: ( '.' )
            {
            // InternalAssign.g:3696:1: ( '.' )
            // InternalAssign.g:3697:2: '.'
            {
             before(grammarAccess.getAssignmentAccess().getFullStopKeyword_1_0_1()); 
            match(input,97,FOLLOW_2); 
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
    // InternalAssign.g:3706:1: rule__Assignment__Group_1_0__2 : rule__Assignment__Group_1_0__2__Impl rule__Assignment__Group_1_0__3 ;
    public final void rule__Assignment__Group_1_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3710:1: ( rule__Assignment__Group_1_0__2__Impl rule__Assignment__Group_1_0__3 )
            // InternalAssign.g:3711:2: rule__Assignment__Group_1_0__2__Impl rule__Assignment__Group_1_0__3
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
    // InternalAssign.g:3718:1: rule__Assignment__Group_1_0__2__Impl : ( 'vf' ) ;
    public final void rule__Assignment__Group_1_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3722:1: ( ( 'vf' ) )
            // InternalAssign.g:3723:1: ( 'vf' )
            {
            // InternalAssign.g:3723:1: ( 'vf' )
            // InternalAssign.g:3724:2: 'vf'
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
    // InternalAssign.g:3733:1: rule__Assignment__Group_1_0__3 : rule__Assignment__Group_1_0__3__Impl rule__Assignment__Group_1_0__4 ;
    public final void rule__Assignment__Group_1_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3737:1: ( rule__Assignment__Group_1_0__3__Impl rule__Assignment__Group_1_0__4 )
            // InternalAssign.g:3738:2: rule__Assignment__Group_1_0__3__Impl rule__Assignment__Group_1_0__4
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
    // InternalAssign.g:3745:1: rule__Assignment__Group_1_0__3__Impl : ( '[' ) ;
    public final void rule__Assignment__Group_1_0__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3749:1: ( ( '[' ) )
            // InternalAssign.g:3750:1: ( '[' )
            {
            // InternalAssign.g:3750:1: ( '[' )
            // InternalAssign.g:3751:2: '['
            {
             before(grammarAccess.getAssignmentAccess().getLeftSquareBracketKeyword_1_0_3()); 
            match(input,98,FOLLOW_2); 
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
    // InternalAssign.g:3760:1: rule__Assignment__Group_1_0__4 : rule__Assignment__Group_1_0__4__Impl rule__Assignment__Group_1_0__5 ;
    public final void rule__Assignment__Group_1_0__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3764:1: ( rule__Assignment__Group_1_0__4__Impl rule__Assignment__Group_1_0__5 )
            // InternalAssign.g:3765:2: rule__Assignment__Group_1_0__4__Impl rule__Assignment__Group_1_0__5
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
    // InternalAssign.g:3772:1: rule__Assignment__Group_1_0__4__Impl : ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) ) ;
    public final void rule__Assignment__Group_1_0__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3776:1: ( ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) ) )
            // InternalAssign.g:3777:1: ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) )
            {
            // InternalAssign.g:3777:1: ( ( rule__Assignment__FirstVfAssignment_1_0_4 ) )
            // InternalAssign.g:3778:2: ( rule__Assignment__FirstVfAssignment_1_0_4 )
            {
             before(grammarAccess.getAssignmentAccess().getFirstVfAssignment_1_0_4()); 
            // InternalAssign.g:3779:2: ( rule__Assignment__FirstVfAssignment_1_0_4 )
            // InternalAssign.g:3779:3: rule__Assignment__FirstVfAssignment_1_0_4
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
    // InternalAssign.g:3787:1: rule__Assignment__Group_1_0__5 : rule__Assignment__Group_1_0__5__Impl rule__Assignment__Group_1_0__6 ;
    public final void rule__Assignment__Group_1_0__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3791:1: ( rule__Assignment__Group_1_0__5__Impl rule__Assignment__Group_1_0__6 )
            // InternalAssign.g:3792:2: rule__Assignment__Group_1_0__5__Impl rule__Assignment__Group_1_0__6
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
    // InternalAssign.g:3799:1: rule__Assignment__Group_1_0__5__Impl : ( ( rule__Assignment__Group_1_0_5__0 )? ) ;
    public final void rule__Assignment__Group_1_0__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3803:1: ( ( ( rule__Assignment__Group_1_0_5__0 )? ) )
            // InternalAssign.g:3804:1: ( ( rule__Assignment__Group_1_0_5__0 )? )
            {
            // InternalAssign.g:3804:1: ( ( rule__Assignment__Group_1_0_5__0 )? )
            // InternalAssign.g:3805:2: ( rule__Assignment__Group_1_0_5__0 )?
            {
             before(grammarAccess.getAssignmentAccess().getGroup_1_0_5()); 
            // InternalAssign.g:3806:2: ( rule__Assignment__Group_1_0_5__0 )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==100) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalAssign.g:3806:3: rule__Assignment__Group_1_0_5__0
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
    // InternalAssign.g:3814:1: rule__Assignment__Group_1_0__6 : rule__Assignment__Group_1_0__6__Impl ;
    public final void rule__Assignment__Group_1_0__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3818:1: ( rule__Assignment__Group_1_0__6__Impl )
            // InternalAssign.g:3819:2: rule__Assignment__Group_1_0__6__Impl
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
    // InternalAssign.g:3825:1: rule__Assignment__Group_1_0__6__Impl : ( ']' ) ;
    public final void rule__Assignment__Group_1_0__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3829:1: ( ( ']' ) )
            // InternalAssign.g:3830:1: ( ']' )
            {
            // InternalAssign.g:3830:1: ( ']' )
            // InternalAssign.g:3831:2: ']'
            {
             before(grammarAccess.getAssignmentAccess().getRightSquareBracketKeyword_1_0_6()); 
            match(input,99,FOLLOW_2); 
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
    // InternalAssign.g:3841:1: rule__Assignment__Group_1_0_5__0 : rule__Assignment__Group_1_0_5__0__Impl rule__Assignment__Group_1_0_5__1 ;
    public final void rule__Assignment__Group_1_0_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3845:1: ( rule__Assignment__Group_1_0_5__0__Impl rule__Assignment__Group_1_0_5__1 )
            // InternalAssign.g:3846:2: rule__Assignment__Group_1_0_5__0__Impl rule__Assignment__Group_1_0_5__1
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
    // InternalAssign.g:3853:1: rule__Assignment__Group_1_0_5__0__Impl : ( '..' ) ;
    public final void rule__Assignment__Group_1_0_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3857:1: ( ( '..' ) )
            // InternalAssign.g:3858:1: ( '..' )
            {
            // InternalAssign.g:3858:1: ( '..' )
            // InternalAssign.g:3859:2: '..'
            {
             before(grammarAccess.getAssignmentAccess().getFullStopFullStopKeyword_1_0_5_0()); 
            match(input,100,FOLLOW_2); 
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
    // InternalAssign.g:3868:1: rule__Assignment__Group_1_0_5__1 : rule__Assignment__Group_1_0_5__1__Impl ;
    public final void rule__Assignment__Group_1_0_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3872:1: ( rule__Assignment__Group_1_0_5__1__Impl )
            // InternalAssign.g:3873:2: rule__Assignment__Group_1_0_5__1__Impl
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
    // InternalAssign.g:3879:1: rule__Assignment__Group_1_0_5__1__Impl : ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) ) ;
    public final void rule__Assignment__Group_1_0_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3883:1: ( ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) ) )
            // InternalAssign.g:3884:1: ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) )
            {
            // InternalAssign.g:3884:1: ( ( rule__Assignment__LastVfAssignment_1_0_5_1 ) )
            // InternalAssign.g:3885:2: ( rule__Assignment__LastVfAssignment_1_0_5_1 )
            {
             before(grammarAccess.getAssignmentAccess().getLastVfAssignment_1_0_5_1()); 
            // InternalAssign.g:3886:2: ( rule__Assignment__LastVfAssignment_1_0_5_1 )
            // InternalAssign.g:3886:3: rule__Assignment__LastVfAssignment_1_0_5_1
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
    // InternalAssign.g:3895:1: rule__Assignment__Group_1_2__0 : rule__Assignment__Group_1_2__0__Impl rule__Assignment__Group_1_2__1 ;
    public final void rule__Assignment__Group_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3899:1: ( rule__Assignment__Group_1_2__0__Impl rule__Assignment__Group_1_2__1 )
            // InternalAssign.g:3900:2: rule__Assignment__Group_1_2__0__Impl rule__Assignment__Group_1_2__1
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
    // InternalAssign.g:3907:1: rule__Assignment__Group_1_2__0__Impl : ( 'group' ) ;
    public final void rule__Assignment__Group_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3911:1: ( ( 'group' ) )
            // InternalAssign.g:3912:1: ( 'group' )
            {
            // InternalAssign.g:3912:1: ( 'group' )
            // InternalAssign.g:3913:2: 'group'
            {
             before(grammarAccess.getAssignmentAccess().getGroupKeyword_1_2_0()); 
            match(input,89,FOLLOW_2); 
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
    // InternalAssign.g:3922:1: rule__Assignment__Group_1_2__1 : rule__Assignment__Group_1_2__1__Impl ;
    public final void rule__Assignment__Group_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3926:1: ( rule__Assignment__Group_1_2__1__Impl )
            // InternalAssign.g:3927:2: rule__Assignment__Group_1_2__1__Impl
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
    // InternalAssign.g:3933:1: rule__Assignment__Group_1_2__1__Impl : ( ( rule__Assignment__GroupAssignment_1_2_1 ) ) ;
    public final void rule__Assignment__Group_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3937:1: ( ( ( rule__Assignment__GroupAssignment_1_2_1 ) ) )
            // InternalAssign.g:3938:1: ( ( rule__Assignment__GroupAssignment_1_2_1 ) )
            {
            // InternalAssign.g:3938:1: ( ( rule__Assignment__GroupAssignment_1_2_1 ) )
            // InternalAssign.g:3939:2: ( rule__Assignment__GroupAssignment_1_2_1 )
            {
             before(grammarAccess.getAssignmentAccess().getGroupAssignment_1_2_1()); 
            // InternalAssign.g:3940:2: ( rule__Assignment__GroupAssignment_1_2_1 )
            // InternalAssign.g:3940:3: rule__Assignment__GroupAssignment_1_2_1
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
    // InternalAssign.g:3949:1: rule__Assignment__Group_4__0 : rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 ;
    public final void rule__Assignment__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3953:1: ( rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1 )
            // InternalAssign.g:3954:2: rule__Assignment__Group_4__0__Impl rule__Assignment__Group_4__1
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
    // InternalAssign.g:3961:1: rule__Assignment__Group_4__0__Impl : ( '{' ) ;
    public final void rule__Assignment__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3965:1: ( ( '{' ) )
            // InternalAssign.g:3966:1: ( '{' )
            {
            // InternalAssign.g:3966:1: ( '{' )
            // InternalAssign.g:3967:2: '{'
            {
             before(grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:3976:1: rule__Assignment__Group_4__1 : rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 ;
    public final void rule__Assignment__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3980:1: ( rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2 )
            // InternalAssign.g:3981:2: rule__Assignment__Group_4__1__Impl rule__Assignment__Group_4__2
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
    // InternalAssign.g:3988:1: rule__Assignment__Group_4__1__Impl : ( ( rule__Assignment__UnorderedGroup_4_1 ) ) ;
    public final void rule__Assignment__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:3992:1: ( ( ( rule__Assignment__UnorderedGroup_4_1 ) ) )
            // InternalAssign.g:3993:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            {
            // InternalAssign.g:3993:1: ( ( rule__Assignment__UnorderedGroup_4_1 ) )
            // InternalAssign.g:3994:2: ( rule__Assignment__UnorderedGroup_4_1 )
            {
             before(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1()); 
            // InternalAssign.g:3995:2: ( rule__Assignment__UnorderedGroup_4_1 )
            // InternalAssign.g:3995:3: rule__Assignment__UnorderedGroup_4_1
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
    // InternalAssign.g:4003:1: rule__Assignment__Group_4__2 : rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 ;
    public final void rule__Assignment__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4007:1: ( rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3 )
            // InternalAssign.g:4008:2: rule__Assignment__Group_4__2__Impl rule__Assignment__Group_4__3
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
    // InternalAssign.g:4015:1: rule__Assignment__Group_4__2__Impl : ( ( rule__Assignment__Alternatives_4_2 )* ) ;
    public final void rule__Assignment__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4019:1: ( ( ( rule__Assignment__Alternatives_4_2 )* ) )
            // InternalAssign.g:4020:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            {
            // InternalAssign.g:4020:1: ( ( rule__Assignment__Alternatives_4_2 )* )
            // InternalAssign.g:4021:2: ( rule__Assignment__Alternatives_4_2 )*
            {
             before(grammarAccess.getAssignmentAccess().getAlternatives_4_2()); 
            // InternalAssign.g:4022:2: ( rule__Assignment__Alternatives_4_2 )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( ((LA37_0>=35 && LA37_0<=37)) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalAssign.g:4022:3: rule__Assignment__Alternatives_4_2
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
    // InternalAssign.g:4030:1: rule__Assignment__Group_4__3 : rule__Assignment__Group_4__3__Impl ;
    public final void rule__Assignment__Group_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4034:1: ( rule__Assignment__Group_4__3__Impl )
            // InternalAssign.g:4035:2: rule__Assignment__Group_4__3__Impl
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
    // InternalAssign.g:4041:1: rule__Assignment__Group_4__3__Impl : ( '}' ) ;
    public final void rule__Assignment__Group_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4045:1: ( ( '}' ) )
            // InternalAssign.g:4046:1: ( '}' )
            {
            // InternalAssign.g:4046:1: ( '}' )
            // InternalAssign.g:4047:2: '}'
            {
             before(grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:4057:1: rule__Assignment__Group_4_1_0__0 : rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 ;
    public final void rule__Assignment__Group_4_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4061:1: ( rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1 )
            // InternalAssign.g:4062:2: rule__Assignment__Group_4_1_0__0__Impl rule__Assignment__Group_4_1_0__1
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
    // InternalAssign.g:4069:1: rule__Assignment__Group_4_1_0__0__Impl : ( 'driver' ) ;
    public final void rule__Assignment__Group_4_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4073:1: ( ( 'driver' ) )
            // InternalAssign.g:4074:1: ( 'driver' )
            {
            // InternalAssign.g:4074:1: ( 'driver' )
            // InternalAssign.g:4075:2: 'driver'
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
    // InternalAssign.g:4084:1: rule__Assignment__Group_4_1_0__1 : rule__Assignment__Group_4_1_0__1__Impl ;
    public final void rule__Assignment__Group_4_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4088:1: ( rule__Assignment__Group_4_1_0__1__Impl )
            // InternalAssign.g:4089:2: rule__Assignment__Group_4_1_0__1__Impl
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
    // InternalAssign.g:4095:1: rule__Assignment__Group_4_1_0__1__Impl : ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) ;
    public final void rule__Assignment__Group_4_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4099:1: ( ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) ) )
            // InternalAssign.g:4100:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            {
            // InternalAssign.g:4100:1: ( ( rule__Assignment__DriverAssignment_4_1_0_1 ) )
            // InternalAssign.g:4101:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            {
             before(grammarAccess.getAssignmentAccess().getDriverAssignment_4_1_0_1()); 
            // InternalAssign.g:4102:2: ( rule__Assignment__DriverAssignment_4_1_0_1 )
            // InternalAssign.g:4102:3: rule__Assignment__DriverAssignment_4_1_0_1
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
    // InternalAssign.g:4111:1: rule__Assignment__Group_4_1_1__0 : rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 ;
    public final void rule__Assignment__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4115:1: ( rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1 )
            // InternalAssign.g:4116:2: rule__Assignment__Group_4_1_1__0__Impl rule__Assignment__Group_4_1_1__1
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
    // InternalAssign.g:4123:1: rule__Assignment__Group_4_1_1__0__Impl : ( 'open' ) ;
    public final void rule__Assignment__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4127:1: ( ( 'open' ) )
            // InternalAssign.g:4128:1: ( 'open' )
            {
            // InternalAssign.g:4128:1: ( 'open' )
            // InternalAssign.g:4129:2: 'open'
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
    // InternalAssign.g:4138:1: rule__Assignment__Group_4_1_1__1 : rule__Assignment__Group_4_1_1__1__Impl ;
    public final void rule__Assignment__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4142:1: ( rule__Assignment__Group_4_1_1__1__Impl )
            // InternalAssign.g:4143:2: rule__Assignment__Group_4_1_1__1__Impl
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
    // InternalAssign.g:4149:1: rule__Assignment__Group_4_1_1__1__Impl : ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) ;
    public final void rule__Assignment__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4153:1: ( ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) ) )
            // InternalAssign.g:4154:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            {
            // InternalAssign.g:4154:1: ( ( rule__Assignment__OpenPathAssignment_4_1_1_1 ) )
            // InternalAssign.g:4155:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            {
             before(grammarAccess.getAssignmentAccess().getOpenPathAssignment_4_1_1_1()); 
            // InternalAssign.g:4156:2: ( rule__Assignment__OpenPathAssignment_4_1_1_1 )
            // InternalAssign.g:4156:3: rule__Assignment__OpenPathAssignment_4_1_1_1
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
    // InternalAssign.g:4165:1: rule__Assignment__Group_4_1_2__0 : rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 ;
    public final void rule__Assignment__Group_4_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4169:1: ( rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1 )
            // InternalAssign.g:4170:2: rule__Assignment__Group_4_1_2__0__Impl rule__Assignment__Group_4_1_2__1
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
    // InternalAssign.g:4177:1: rule__Assignment__Group_4_1_2__0__Impl : ( 'reset' ) ;
    public final void rule__Assignment__Group_4_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4181:1: ( ( 'reset' ) )
            // InternalAssign.g:4182:1: ( 'reset' )
            {
            // InternalAssign.g:4182:1: ( 'reset' )
            // InternalAssign.g:4183:2: 'reset'
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
    // InternalAssign.g:4192:1: rule__Assignment__Group_4_1_2__1 : rule__Assignment__Group_4_1_2__1__Impl ;
    public final void rule__Assignment__Group_4_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4196:1: ( rule__Assignment__Group_4_1_2__1__Impl )
            // InternalAssign.g:4197:2: rule__Assignment__Group_4_1_2__1__Impl
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
    // InternalAssign.g:4203:1: rule__Assignment__Group_4_1_2__1__Impl : ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) ;
    public final void rule__Assignment__Group_4_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4207:1: ( ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) ) )
            // InternalAssign.g:4208:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            {
            // InternalAssign.g:4208:1: ( ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 ) )
            // InternalAssign.g:4209:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            {
             before(grammarAccess.getAssignmentAccess().getResetPolicyAssignment_4_1_2_1()); 
            // InternalAssign.g:4210:2: ( rule__Assignment__ResetPolicyAssignment_4_1_2_1 )
            // InternalAssign.g:4210:3: rule__Assignment__ResetPolicyAssignment_4_1_2_1
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
    // InternalAssign.g:4219:1: rule__VirtualFunctions__Group__0 : rule__VirtualFunctions__Group__0__Impl rule__VirtualFunctions__Group__1 ;
    public final void rule__VirtualFunctions__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4223:1: ( rule__VirtualFunctions__Group__0__Impl rule__VirtualFunctions__Group__1 )
            // InternalAssign.g:4224:2: rule__VirtualFunctions__Group__0__Impl rule__VirtualFunctions__Group__1
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
    // InternalAssign.g:4231:1: rule__VirtualFunctions__Group__0__Impl : ( 'vfs' ) ;
    public final void rule__VirtualFunctions__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4235:1: ( ( 'vfs' ) )
            // InternalAssign.g:4236:1: ( 'vfs' )
            {
            // InternalAssign.g:4236:1: ( 'vfs' )
            // InternalAssign.g:4237:2: 'vfs'
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
    // InternalAssign.g:4246:1: rule__VirtualFunctions__Group__1 : rule__VirtualFunctions__Group__1__Impl rule__VirtualFunctions__Group__2 ;
    public final void rule__VirtualFunctions__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4250:1: ( rule__VirtualFunctions__Group__1__Impl rule__VirtualFunctions__Group__2 )
            // InternalAssign.g:4251:2: rule__VirtualFunctions__Group__1__Impl rule__VirtualFunctions__Group__2
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
    // InternalAssign.g:4258:1: rule__VirtualFunctions__Group__1__Impl : ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) ) ;
    public final void rule__VirtualFunctions__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4262:1: ( ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) ) )
            // InternalAssign.g:4263:1: ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) )
            {
            // InternalAssign.g:4263:1: ( ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 ) )
            // InternalAssign.g:4264:2: ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 )
            {
             before(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionAssignment_1()); 
            // InternalAssign.g:4265:2: ( rule__VirtualFunctions__PhysicalFunctionAssignment_1 )
            // InternalAssign.g:4265:3: rule__VirtualFunctions__PhysicalFunctionAssignment_1
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
    // InternalAssign.g:4273:1: rule__VirtualFunctions__Group__2 : rule__VirtualFunctions__Group__2__Impl rule__VirtualFunctions__Group__3 ;
    public final void rule__VirtualFunctions__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4277:1: ( rule__VirtualFunctions__Group__2__Impl rule__VirtualFunctions__Group__3 )
            // InternalAssign.g:4278:2: rule__VirtualFunctions__Group__2__Impl rule__VirtualFunctions__Group__3
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
    // InternalAssign.g:4285:1: rule__VirtualFunctions__Group__2__Impl : ( 'count' ) ;
    public final void rule__VirtualFunctions__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4289:1: ( ( 'count' ) )
            // InternalAssign.g:4290:1: ( 'count' )
            {
            // InternalAssign.g:4290:1: ( 'count' )
            // InternalAssign.g:4291:2: 'count'
            {
             before(grammarAccess.getVirtualFunctionsAccess().getCountKeyword_2()); 
            match(input,101,FOLLOW_2); 
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
    // InternalAssign.g:4300:1: rule__VirtualFunctions__Group__3 : rule__VirtualFunctions__Group__3__Impl ;
    public final void rule__VirtualFunctions__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4304:1: ( rule__VirtualFunctions__Group__3__Impl )
            // InternalAssign.g:4305:2: rule__VirtualFunctions__Group__3__Impl
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
    // InternalAssign.g:4311:1: rule__VirtualFunctions__Group__3__Impl : ( ( rule__VirtualFunctions__CountAssignment_3 ) ) ;
    public final void rule__VirtualFunctions__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4315:1: ( ( ( rule__VirtualFunctions__CountAssignment_3 ) ) )
            // InternalAssign.g:4316:1: ( ( rule__VirtualFunctions__CountAssignment_3 ) )
            {
            // InternalAssign.g:4316:1: ( ( rule__VirtualFunctions__CountAssignment_3 ) )
            // InternalAssign.g:4317:2: ( rule__VirtualFunctions__CountAssignment_3 )
            {
             before(grammarAccess.getVirtualFunctionsAccess().getCountAssignment_3()); 
            // InternalAssign.g:4318:2: ( rule__VirtualFunctions__CountAssignment_3 )
            // InternalAssign.g:4318:3: rule__VirtualFunctions__CountAssignment_3
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
    // InternalAssign.g:4327:1: rule__RegionMapping__Group__0 : rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 ;
    public final void rule__RegionMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4331:1: ( rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1 )
            // InternalAssign.g:4332:2: rule__RegionMapping__Group__0__Impl rule__RegionMapping__Group__1
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
    // InternalAssign.g:4339:1: rule__RegionMapping__Group__0__Impl : ( 'map' ) ;
    public final void rule__RegionMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4343:1: ( ( 'map' ) )
            // InternalAssign.g:4344:1: ( 'map' )
            {
            // InternalAssign.g:4344:1: ( 'map' )
            // InternalAssign.g:4345:2: 'map'
            {
             before(grammarAccess.getRegionMappingAccess().getMapKeyword_0()); 
            match(input,35,FOLLOW_2); 
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
    // InternalAssign.g:4354:1: rule__RegionMapping__Group__1 : rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 ;
    public final void rule__RegionMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4358:1: ( rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2 )
            // InternalAssign.g:4359:2: rule__RegionMapping__Group__1__Impl rule__RegionMapping__Group__2
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
    // InternalAssign.g:4366:1: rule__RegionMapping__Group__1__Impl : ( ( rule__RegionMapping__RegionAssignment_1 ) ) ;
    public final void rule__RegionMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4370:1: ( ( ( rule__RegionMapping__RegionAssignment_1 ) ) )
            // InternalAssign.g:4371:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            {
            // InternalAssign.g:4371:1: ( ( rule__RegionMapping__RegionAssignment_1 ) )
            // InternalAssign.g:4372:2: ( rule__RegionMapping__RegionAssignment_1 )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionAssignment_1()); 
            // InternalAssign.g:4373:2: ( rule__RegionMapping__RegionAssignment_1 )
            // InternalAssign.g:4373:3: rule__RegionMapping__RegionAssignment_1
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
    // InternalAssign.g:4381:1: rule__RegionMapping__Group__2 : rule__RegionMapping__Group__2__Impl ;
    public final void rule__RegionMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4385:1: ( rule__RegionMapping__Group__2__Impl )
            // InternalAssign.g:4386:2: rule__RegionMapping__Group__2__Impl
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
    // InternalAssign.g:4392:1: rule__RegionMapping__Group__2__Impl : ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) ;
    public final void rule__RegionMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4396:1: ( ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? ) )
            // InternalAssign.g:4397:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            {
            // InternalAssign.g:4397:1: ( ( rule__RegionMapping__ReadOnlyAssignment_2 )? )
            // InternalAssign.g:4398:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyAssignment_2()); 
            // InternalAssign.g:4399:2: ( rule__RegionMapping__ReadOnlyAssignment_2 )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==12) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalAssign.g:4399:3: rule__RegionMapping__ReadOnlyAssignment_2
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
    // InternalAssign.g:4408:1: rule__IrqBinding__Group__0 : rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 ;
    public final void rule__IrqBinding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4412:1: ( rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1 )
            // InternalAssign.g:4413:2: rule__IrqBinding__Group__0__Impl rule__IrqBinding__Group__1
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
    // InternalAssign.g:4420:1: rule__IrqBinding__Group__0__Impl : ( 'irq' ) ;
    public final void rule__IrqBinding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4424:1: ( ( 'irq' ) )
            // InternalAssign.g:4425:1: ( 'irq' )
            {
            // InternalAssign.g:4425:1: ( 'irq' )
            // InternalAssign.g:4426:2: 'irq'
            {
             before(grammarAccess.getIrqBindingAccess().getIrqKeyword_0()); 
            match(input,36,FOLLOW_2); 
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
    // InternalAssign.g:4435:1: rule__IrqBinding__Group__1 : rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 ;
    public final void rule__IrqBinding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4439:1: ( rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2 )
            // InternalAssign.g:4440:2: rule__IrqBinding__Group__1__Impl rule__IrqBinding__Group__2
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
    // InternalAssign.g:4447:1: rule__IrqBinding__Group__1__Impl : ( ( rule__IrqBinding__InterruptAssignment_1 ) ) ;
    public final void rule__IrqBinding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4451:1: ( ( ( rule__IrqBinding__InterruptAssignment_1 ) ) )
            // InternalAssign.g:4452:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            {
            // InternalAssign.g:4452:1: ( ( rule__IrqBinding__InterruptAssignment_1 ) )
            // InternalAssign.g:4453:2: ( rule__IrqBinding__InterruptAssignment_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptAssignment_1()); 
            // InternalAssign.g:4454:2: ( rule__IrqBinding__InterruptAssignment_1 )
            // InternalAssign.g:4454:3: rule__IrqBinding__InterruptAssignment_1
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
    // InternalAssign.g:4462:1: rule__IrqBinding__Group__2 : rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 ;
    public final void rule__IrqBinding__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4466:1: ( rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3 )
            // InternalAssign.g:4467:2: rule__IrqBinding__Group__2__Impl rule__IrqBinding__Group__3
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
    // InternalAssign.g:4474:1: rule__IrqBinding__Group__2__Impl : ( ( rule__IrqBinding__Group_2__0 )? ) ;
    public final void rule__IrqBinding__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4478:1: ( ( ( rule__IrqBinding__Group_2__0 )? ) )
            // InternalAssign.g:4479:1: ( ( rule__IrqBinding__Group_2__0 )? )
            {
            // InternalAssign.g:4479:1: ( ( rule__IrqBinding__Group_2__0 )? )
            // InternalAssign.g:4480:2: ( rule__IrqBinding__Group_2__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_2()); 
            // InternalAssign.g:4481:2: ( rule__IrqBinding__Group_2__0 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==102) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalAssign.g:4481:3: rule__IrqBinding__Group_2__0
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
    // InternalAssign.g:4489:1: rule__IrqBinding__Group__3 : rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 ;
    public final void rule__IrqBinding__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4493:1: ( rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4 )
            // InternalAssign.g:4494:2: rule__IrqBinding__Group__3__Impl rule__IrqBinding__Group__4
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
    // InternalAssign.g:4501:1: rule__IrqBinding__Group__3__Impl : ( ( rule__IrqBinding__Group_3__0 )? ) ;
    public final void rule__IrqBinding__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4505:1: ( ( ( rule__IrqBinding__Group_3__0 )? ) )
            // InternalAssign.g:4506:1: ( ( rule__IrqBinding__Group_3__0 )? )
            {
            // InternalAssign.g:4506:1: ( ( rule__IrqBinding__Group_3__0 )? )
            // InternalAssign.g:4507:2: ( rule__IrqBinding__Group_3__0 )?
            {
             before(grammarAccess.getIrqBindingAccess().getGroup_3()); 
            // InternalAssign.g:4508:2: ( rule__IrqBinding__Group_3__0 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==101) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalAssign.g:4508:3: rule__IrqBinding__Group_3__0
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
    // InternalAssign.g:4516:1: rule__IrqBinding__Group__4 : rule__IrqBinding__Group__4__Impl ;
    public final void rule__IrqBinding__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4520:1: ( rule__IrqBinding__Group__4__Impl )
            // InternalAssign.g:4521:2: rule__IrqBinding__Group__4__Impl
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
    // InternalAssign.g:4527:1: rule__IrqBinding__Group__4__Impl : ( ( rule__IrqBinding__ModeAssignment_4 ) ) ;
    public final void rule__IrqBinding__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4531:1: ( ( ( rule__IrqBinding__ModeAssignment_4 ) ) )
            // InternalAssign.g:4532:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            {
            // InternalAssign.g:4532:1: ( ( rule__IrqBinding__ModeAssignment_4 ) )
            // InternalAssign.g:4533:2: ( rule__IrqBinding__ModeAssignment_4 )
            {
             before(grammarAccess.getIrqBindingAccess().getModeAssignment_4()); 
            // InternalAssign.g:4534:2: ( rule__IrqBinding__ModeAssignment_4 )
            // InternalAssign.g:4534:3: rule__IrqBinding__ModeAssignment_4
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
    // InternalAssign.g:4543:1: rule__IrqBinding__Group_2__0 : rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 ;
    public final void rule__IrqBinding__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4547:1: ( rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1 )
            // InternalAssign.g:4548:2: rule__IrqBinding__Group_2__0__Impl rule__IrqBinding__Group_2__1
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
    // InternalAssign.g:4555:1: rule__IrqBinding__Group_2__0__Impl : ( 'start' ) ;
    public final void rule__IrqBinding__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4559:1: ( ( 'start' ) )
            // InternalAssign.g:4560:1: ( 'start' )
            {
            // InternalAssign.g:4560:1: ( 'start' )
            // InternalAssign.g:4561:2: 'start'
            {
             before(grammarAccess.getIrqBindingAccess().getStartKeyword_2_0()); 
            match(input,102,FOLLOW_2); 
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
    // InternalAssign.g:4570:1: rule__IrqBinding__Group_2__1 : rule__IrqBinding__Group_2__1__Impl ;
    public final void rule__IrqBinding__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4574:1: ( rule__IrqBinding__Group_2__1__Impl )
            // InternalAssign.g:4575:2: rule__IrqBinding__Group_2__1__Impl
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
    // InternalAssign.g:4581:1: rule__IrqBinding__Group_2__1__Impl : ( ( rule__IrqBinding__StartAssignment_2_1 ) ) ;
    public final void rule__IrqBinding__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4585:1: ( ( ( rule__IrqBinding__StartAssignment_2_1 ) ) )
            // InternalAssign.g:4586:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            {
            // InternalAssign.g:4586:1: ( ( rule__IrqBinding__StartAssignment_2_1 ) )
            // InternalAssign.g:4587:2: ( rule__IrqBinding__StartAssignment_2_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getStartAssignment_2_1()); 
            // InternalAssign.g:4588:2: ( rule__IrqBinding__StartAssignment_2_1 )
            // InternalAssign.g:4588:3: rule__IrqBinding__StartAssignment_2_1
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
    // InternalAssign.g:4597:1: rule__IrqBinding__Group_3__0 : rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 ;
    public final void rule__IrqBinding__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4601:1: ( rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1 )
            // InternalAssign.g:4602:2: rule__IrqBinding__Group_3__0__Impl rule__IrqBinding__Group_3__1
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
    // InternalAssign.g:4609:1: rule__IrqBinding__Group_3__0__Impl : ( 'count' ) ;
    public final void rule__IrqBinding__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4613:1: ( ( 'count' ) )
            // InternalAssign.g:4614:1: ( 'count' )
            {
            // InternalAssign.g:4614:1: ( 'count' )
            // InternalAssign.g:4615:2: 'count'
            {
             before(grammarAccess.getIrqBindingAccess().getCountKeyword_3_0()); 
            match(input,101,FOLLOW_2); 
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
    // InternalAssign.g:4624:1: rule__IrqBinding__Group_3__1 : rule__IrqBinding__Group_3__1__Impl ;
    public final void rule__IrqBinding__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4628:1: ( rule__IrqBinding__Group_3__1__Impl )
            // InternalAssign.g:4629:2: rule__IrqBinding__Group_3__1__Impl
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
    // InternalAssign.g:4635:1: rule__IrqBinding__Group_3__1__Impl : ( ( rule__IrqBinding__CountAssignment_3_1 ) ) ;
    public final void rule__IrqBinding__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4639:1: ( ( ( rule__IrqBinding__CountAssignment_3_1 ) ) )
            // InternalAssign.g:4640:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            {
            // InternalAssign.g:4640:1: ( ( rule__IrqBinding__CountAssignment_3_1 ) )
            // InternalAssign.g:4641:2: ( rule__IrqBinding__CountAssignment_3_1 )
            {
             before(grammarAccess.getIrqBindingAccess().getCountAssignment_3_1()); 
            // InternalAssign.g:4642:2: ( rule__IrqBinding__CountAssignment_3_1 )
            // InternalAssign.g:4642:3: rule__IrqBinding__CountAssignment_3_1
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
    // InternalAssign.g:4651:1: rule__DmaWindow__Group__0 : rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 ;
    public final void rule__DmaWindow__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4655:1: ( rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1 )
            // InternalAssign.g:4656:2: rule__DmaWindow__Group__0__Impl rule__DmaWindow__Group__1
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
    // InternalAssign.g:4663:1: rule__DmaWindow__Group__0__Impl : ( 'dma' ) ;
    public final void rule__DmaWindow__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4667:1: ( ( 'dma' ) )
            // InternalAssign.g:4668:1: ( 'dma' )
            {
            // InternalAssign.g:4668:1: ( 'dma' )
            // InternalAssign.g:4669:2: 'dma'
            {
             before(grammarAccess.getDmaWindowAccess().getDmaKeyword_0()); 
            match(input,37,FOLLOW_2); 
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
    // InternalAssign.g:4678:1: rule__DmaWindow__Group__1 : rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 ;
    public final void rule__DmaWindow__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4682:1: ( rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2 )
            // InternalAssign.g:4683:2: rule__DmaWindow__Group__1__Impl rule__DmaWindow__Group__2
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
    // InternalAssign.g:4690:1: rule__DmaWindow__Group__1__Impl : ( ( rule__DmaWindow__NameAssignment_1 )? ) ;
    public final void rule__DmaWindow__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4694:1: ( ( ( rule__DmaWindow__NameAssignment_1 )? ) )
            // InternalAssign.g:4695:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            {
            // InternalAssign.g:4695:1: ( ( rule__DmaWindow__NameAssignment_1 )? )
            // InternalAssign.g:4696:2: ( rule__DmaWindow__NameAssignment_1 )?
            {
             before(grammarAccess.getDmaWindowAccess().getNameAssignment_1()); 
            // InternalAssign.g:4697:2: ( rule__DmaWindow__NameAssignment_1 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_ID||(LA41_0>=14 && LA41_0<=84)) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalAssign.g:4697:3: rule__DmaWindow__NameAssignment_1
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
    // InternalAssign.g:4705:1: rule__DmaWindow__Group__2 : rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 ;
    public final void rule__DmaWindow__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4709:1: ( rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3 )
            // InternalAssign.g:4710:2: rule__DmaWindow__Group__2__Impl rule__DmaWindow__Group__3
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
    // InternalAssign.g:4717:1: rule__DmaWindow__Group__2__Impl : ( 'at' ) ;
    public final void rule__DmaWindow__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4721:1: ( ( 'at' ) )
            // InternalAssign.g:4722:1: ( 'at' )
            {
            // InternalAssign.g:4722:1: ( 'at' )
            // InternalAssign.g:4723:2: 'at'
            {
             before(grammarAccess.getDmaWindowAccess().getAtKeyword_2()); 
            match(input,103,FOLLOW_2); 
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
    // InternalAssign.g:4732:1: rule__DmaWindow__Group__3 : rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 ;
    public final void rule__DmaWindow__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4736:1: ( rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4 )
            // InternalAssign.g:4737:2: rule__DmaWindow__Group__3__Impl rule__DmaWindow__Group__4
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
    // InternalAssign.g:4744:1: rule__DmaWindow__Group__3__Impl : ( ( rule__DmaWindow__IovaAssignment_3 ) ) ;
    public final void rule__DmaWindow__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4748:1: ( ( ( rule__DmaWindow__IovaAssignment_3 ) ) )
            // InternalAssign.g:4749:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            {
            // InternalAssign.g:4749:1: ( ( rule__DmaWindow__IovaAssignment_3 ) )
            // InternalAssign.g:4750:2: ( rule__DmaWindow__IovaAssignment_3 )
            {
             before(grammarAccess.getDmaWindowAccess().getIovaAssignment_3()); 
            // InternalAssign.g:4751:2: ( rule__DmaWindow__IovaAssignment_3 )
            // InternalAssign.g:4751:3: rule__DmaWindow__IovaAssignment_3
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
    // InternalAssign.g:4759:1: rule__DmaWindow__Group__4 : rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 ;
    public final void rule__DmaWindow__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4763:1: ( rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5 )
            // InternalAssign.g:4764:2: rule__DmaWindow__Group__4__Impl rule__DmaWindow__Group__5
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
    // InternalAssign.g:4771:1: rule__DmaWindow__Group__4__Impl : ( 'size' ) ;
    public final void rule__DmaWindow__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4775:1: ( ( 'size' ) )
            // InternalAssign.g:4776:1: ( 'size' )
            {
            // InternalAssign.g:4776:1: ( 'size' )
            // InternalAssign.g:4777:2: 'size'
            {
             before(grammarAccess.getDmaWindowAccess().getSizeKeyword_4()); 
            match(input,104,FOLLOW_2); 
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
    // InternalAssign.g:4786:1: rule__DmaWindow__Group__5 : rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 ;
    public final void rule__DmaWindow__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4790:1: ( rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6 )
            // InternalAssign.g:4791:2: rule__DmaWindow__Group__5__Impl rule__DmaWindow__Group__6
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
    // InternalAssign.g:4798:1: rule__DmaWindow__Group__5__Impl : ( ( rule__DmaWindow__SizeAssignment_5 ) ) ;
    public final void rule__DmaWindow__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4802:1: ( ( ( rule__DmaWindow__SizeAssignment_5 ) ) )
            // InternalAssign.g:4803:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            {
            // InternalAssign.g:4803:1: ( ( rule__DmaWindow__SizeAssignment_5 ) )
            // InternalAssign.g:4804:2: ( rule__DmaWindow__SizeAssignment_5 )
            {
             before(grammarAccess.getDmaWindowAccess().getSizeAssignment_5()); 
            // InternalAssign.g:4805:2: ( rule__DmaWindow__SizeAssignment_5 )
            // InternalAssign.g:4805:3: rule__DmaWindow__SizeAssignment_5
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
    // InternalAssign.g:4813:1: rule__DmaWindow__Group__6 : rule__DmaWindow__Group__6__Impl ;
    public final void rule__DmaWindow__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4817:1: ( rule__DmaWindow__Group__6__Impl )
            // InternalAssign.g:4818:2: rule__DmaWindow__Group__6__Impl
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
    // InternalAssign.g:4824:1: rule__DmaWindow__Group__6__Impl : ( ( rule__DmaWindow__Alternatives_6 )? ) ;
    public final void rule__DmaWindow__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4828:1: ( ( ( rule__DmaWindow__Alternatives_6 )? ) )
            // InternalAssign.g:4829:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            {
            // InternalAssign.g:4829:1: ( ( rule__DmaWindow__Alternatives_6 )? )
            // InternalAssign.g:4830:2: ( rule__DmaWindow__Alternatives_6 )?
            {
             before(grammarAccess.getDmaWindowAccess().getAlternatives_6()); 
            // InternalAssign.g:4831:2: ( rule__DmaWindow__Alternatives_6 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( ((LA42_0>=12 && LA42_0<=13)) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalAssign.g:4831:3: rule__DmaWindow__Alternatives_6
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
    // InternalAssign.g:4840:1: rule__InlineBoard__Group__0 : rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 ;
    public final void rule__InlineBoard__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4844:1: ( rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1 )
            // InternalAssign.g:4845:2: rule__InlineBoard__Group__0__Impl rule__InlineBoard__Group__1
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
    // InternalAssign.g:4852:1: rule__InlineBoard__Group__0__Impl : ( ( rule__InlineBoard__NameAssignment_0 ) ) ;
    public final void rule__InlineBoard__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4856:1: ( ( ( rule__InlineBoard__NameAssignment_0 ) ) )
            // InternalAssign.g:4857:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            {
            // InternalAssign.g:4857:1: ( ( rule__InlineBoard__NameAssignment_0 ) )
            // InternalAssign.g:4858:2: ( rule__InlineBoard__NameAssignment_0 )
            {
             before(grammarAccess.getInlineBoardAccess().getNameAssignment_0()); 
            // InternalAssign.g:4859:2: ( rule__InlineBoard__NameAssignment_0 )
            // InternalAssign.g:4859:3: rule__InlineBoard__NameAssignment_0
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
    // InternalAssign.g:4867:1: rule__InlineBoard__Group__1 : rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 ;
    public final void rule__InlineBoard__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4871:1: ( rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2 )
            // InternalAssign.g:4872:2: rule__InlineBoard__Group__1__Impl rule__InlineBoard__Group__2
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
    // InternalAssign.g:4879:1: rule__InlineBoard__Group__1__Impl : ( '{' ) ;
    public final void rule__InlineBoard__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4883:1: ( ( '{' ) )
            // InternalAssign.g:4884:1: ( '{' )
            {
            // InternalAssign.g:4884:1: ( '{' )
            // InternalAssign.g:4885:2: '{'
            {
             before(grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:4894:1: rule__InlineBoard__Group__2 : rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 ;
    public final void rule__InlineBoard__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4898:1: ( rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3 )
            // InternalAssign.g:4899:2: rule__InlineBoard__Group__2__Impl rule__InlineBoard__Group__3
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
    // InternalAssign.g:4906:1: rule__InlineBoard__Group__2__Impl : ( ( rule__InlineBoard__UnorderedGroup_2 ) ) ;
    public final void rule__InlineBoard__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4910:1: ( ( ( rule__InlineBoard__UnorderedGroup_2 ) ) )
            // InternalAssign.g:4911:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            {
            // InternalAssign.g:4911:1: ( ( rule__InlineBoard__UnorderedGroup_2 ) )
            // InternalAssign.g:4912:2: ( rule__InlineBoard__UnorderedGroup_2 )
            {
             before(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2()); 
            // InternalAssign.g:4913:2: ( rule__InlineBoard__UnorderedGroup_2 )
            // InternalAssign.g:4913:3: rule__InlineBoard__UnorderedGroup_2
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
    // InternalAssign.g:4921:1: rule__InlineBoard__Group__3 : rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 ;
    public final void rule__InlineBoard__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4925:1: ( rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4 )
            // InternalAssign.g:4926:2: rule__InlineBoard__Group__3__Impl rule__InlineBoard__Group__4
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
    // InternalAssign.g:4933:1: rule__InlineBoard__Group__3__Impl : ( ( rule__InlineBoard__Alternatives_3 )* ) ;
    public final void rule__InlineBoard__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4937:1: ( ( ( rule__InlineBoard__Alternatives_3 )* ) )
            // InternalAssign.g:4938:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            {
            // InternalAssign.g:4938:1: ( ( rule__InlineBoard__Alternatives_3 )* )
            // InternalAssign.g:4939:2: ( rule__InlineBoard__Alternatives_3 )*
            {
             before(grammarAccess.getInlineBoardAccess().getAlternatives_3()); 
            // InternalAssign.g:4940:2: ( rule__InlineBoard__Alternatives_3 )*
            loop43:
            do {
                int alt43=2;
                int LA43_0 = input.LA(1);

                if ( ((LA43_0>=54 && LA43_0<=55)||LA43_0==89) ) {
                    alt43=1;
                }


                switch (alt43) {
            	case 1 :
            	    // InternalAssign.g:4940:3: rule__InlineBoard__Alternatives_3
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
    // InternalAssign.g:4948:1: rule__InlineBoard__Group__4 : rule__InlineBoard__Group__4__Impl ;
    public final void rule__InlineBoard__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4952:1: ( rule__InlineBoard__Group__4__Impl )
            // InternalAssign.g:4953:2: rule__InlineBoard__Group__4__Impl
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
    // InternalAssign.g:4959:1: rule__InlineBoard__Group__4__Impl : ( '}' ) ;
    public final void rule__InlineBoard__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4963:1: ( ( '}' ) )
            // InternalAssign.g:4964:1: ( '}' )
            {
            // InternalAssign.g:4964:1: ( '}' )
            // InternalAssign.g:4965:2: '}'
            {
             before(grammarAccess.getInlineBoardAccess().getRightCurlyBracketKeyword_4()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:4975:1: rule__InlineBoard__Group_2_0__0 : rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 ;
    public final void rule__InlineBoard__Group_2_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4979:1: ( rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1 )
            // InternalAssign.g:4980:2: rule__InlineBoard__Group_2_0__0__Impl rule__InlineBoard__Group_2_0__1
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
    // InternalAssign.g:4987:1: rule__InlineBoard__Group_2_0__0__Impl : ( 'arch' ) ;
    public final void rule__InlineBoard__Group_2_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:4991:1: ( ( 'arch' ) )
            // InternalAssign.g:4992:1: ( 'arch' )
            {
            // InternalAssign.g:4992:1: ( 'arch' )
            // InternalAssign.g:4993:2: 'arch'
            {
             before(grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0()); 
            match(input,46,FOLLOW_2); 
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
    // InternalAssign.g:5002:1: rule__InlineBoard__Group_2_0__1 : rule__InlineBoard__Group_2_0__1__Impl ;
    public final void rule__InlineBoard__Group_2_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5006:1: ( rule__InlineBoard__Group_2_0__1__Impl )
            // InternalAssign.g:5007:2: rule__InlineBoard__Group_2_0__1__Impl
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
    // InternalAssign.g:5013:1: rule__InlineBoard__Group_2_0__1__Impl : ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) ;
    public final void rule__InlineBoard__Group_2_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5017:1: ( ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) ) )
            // InternalAssign.g:5018:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            {
            // InternalAssign.g:5018:1: ( ( rule__InlineBoard__ArchitectureAssignment_2_0_1 ) )
            // InternalAssign.g:5019:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getArchitectureAssignment_2_0_1()); 
            // InternalAssign.g:5020:2: ( rule__InlineBoard__ArchitectureAssignment_2_0_1 )
            // InternalAssign.g:5020:3: rule__InlineBoard__ArchitectureAssignment_2_0_1
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
    // InternalAssign.g:5029:1: rule__InlineBoard__Group_2_1__0 : rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 ;
    public final void rule__InlineBoard__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5033:1: ( rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1 )
            // InternalAssign.g:5034:2: rule__InlineBoard__Group_2_1__0__Impl rule__InlineBoard__Group_2_1__1
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
    // InternalAssign.g:5041:1: rule__InlineBoard__Group_2_1__0__Impl : ( 'page' ) ;
    public final void rule__InlineBoard__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5045:1: ( ( 'page' ) )
            // InternalAssign.g:5046:1: ( 'page' )
            {
            // InternalAssign.g:5046:1: ( 'page' )
            // InternalAssign.g:5047:2: 'page'
            {
             before(grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0()); 
            match(input,47,FOLLOW_2); 
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
    // InternalAssign.g:5056:1: rule__InlineBoard__Group_2_1__1 : rule__InlineBoard__Group_2_1__1__Impl ;
    public final void rule__InlineBoard__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5060:1: ( rule__InlineBoard__Group_2_1__1__Impl )
            // InternalAssign.g:5061:2: rule__InlineBoard__Group_2_1__1__Impl
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
    // InternalAssign.g:5067:1: rule__InlineBoard__Group_2_1__1__Impl : ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) ;
    public final void rule__InlineBoard__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5071:1: ( ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) ) )
            // InternalAssign.g:5072:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            {
            // InternalAssign.g:5072:1: ( ( rule__InlineBoard__PageSizeAssignment_2_1_1 ) )
            // InternalAssign.g:5073:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getPageSizeAssignment_2_1_1()); 
            // InternalAssign.g:5074:2: ( rule__InlineBoard__PageSizeAssignment_2_1_1 )
            // InternalAssign.g:5074:3: rule__InlineBoard__PageSizeAssignment_2_1_1
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
    // InternalAssign.g:5083:1: rule__InlineBoard__Group_2_2__0 : rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 ;
    public final void rule__InlineBoard__Group_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5087:1: ( rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1 )
            // InternalAssign.g:5088:2: rule__InlineBoard__Group_2_2__0__Impl rule__InlineBoard__Group_2_2__1
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
    // InternalAssign.g:5095:1: rule__InlineBoard__Group_2_2__0__Impl : ( 'kernel' ) ;
    public final void rule__InlineBoard__Group_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5099:1: ( ( 'kernel' ) )
            // InternalAssign.g:5100:1: ( 'kernel' )
            {
            // InternalAssign.g:5100:1: ( 'kernel' )
            // InternalAssign.g:5101:2: 'kernel'
            {
             before(grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0()); 
            match(input,48,FOLLOW_2); 
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
    // InternalAssign.g:5110:1: rule__InlineBoard__Group_2_2__1 : rule__InlineBoard__Group_2_2__1__Impl ;
    public final void rule__InlineBoard__Group_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5114:1: ( rule__InlineBoard__Group_2_2__1__Impl )
            // InternalAssign.g:5115:2: rule__InlineBoard__Group_2_2__1__Impl
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
    // InternalAssign.g:5121:1: rule__InlineBoard__Group_2_2__1__Impl : ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) ;
    public final void rule__InlineBoard__Group_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5125:1: ( ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) ) )
            // InternalAssign.g:5126:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            {
            // InternalAssign.g:5126:1: ( ( rule__InlineBoard__KernelVersionAssignment_2_2_1 ) )
            // InternalAssign.g:5127:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelVersionAssignment_2_2_1()); 
            // InternalAssign.g:5128:2: ( rule__InlineBoard__KernelVersionAssignment_2_2_1 )
            // InternalAssign.g:5128:3: rule__InlineBoard__KernelVersionAssignment_2_2_1
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
    // InternalAssign.g:5137:1: rule__InlineBoard__Group_2_3__0 : rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 ;
    public final void rule__InlineBoard__Group_2_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5141:1: ( rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1 )
            // InternalAssign.g:5142:2: rule__InlineBoard__Group_2_3__0__Impl rule__InlineBoard__Group_2_3__1
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
    // InternalAssign.g:5149:1: rule__InlineBoard__Group_2_3__0__Impl : ( 'capabilities' ) ;
    public final void rule__InlineBoard__Group_2_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5153:1: ( ( 'capabilities' ) )
            // InternalAssign.g:5154:1: ( 'capabilities' )
            {
            // InternalAssign.g:5154:1: ( 'capabilities' )
            // InternalAssign.g:5155:2: 'capabilities'
            {
             before(grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0()); 
            match(input,49,FOLLOW_2); 
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
    // InternalAssign.g:5164:1: rule__InlineBoard__Group_2_3__1 : rule__InlineBoard__Group_2_3__1__Impl ;
    public final void rule__InlineBoard__Group_2_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5168:1: ( rule__InlineBoard__Group_2_3__1__Impl )
            // InternalAssign.g:5169:2: rule__InlineBoard__Group_2_3__1__Impl
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
    // InternalAssign.g:5175:1: rule__InlineBoard__Group_2_3__1__Impl : ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) ;
    public final void rule__InlineBoard__Group_2_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5179:1: ( ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) ) )
            // InternalAssign.g:5180:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            {
            // InternalAssign.g:5180:1: ( ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* ) )
            // InternalAssign.g:5181:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) ) ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            {
            // InternalAssign.g:5181:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 ) )
            // InternalAssign.g:5182:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:5183:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )
            // InternalAssign.g:5183:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
            {
            pushFollow(FOLLOW_41);
            rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1();

            state._fsp--;


            }

             after(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 

            }

            // InternalAssign.g:5186:2: ( ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )* )
            // InternalAssign.g:5187:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            {
             before(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesAssignment_2_3_1()); 
            // InternalAssign.g:5188:3: ( rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( ((LA44_0>=39 && LA44_0<=41)||(LA44_0>=50 && LA44_0<=53)) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalAssign.g:5188:4: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1
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
    // InternalAssign.g:5198:1: rule__PciDevice__Group__0 : rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 ;
    public final void rule__PciDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5202:1: ( rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1 )
            // InternalAssign.g:5203:2: rule__PciDevice__Group__0__Impl rule__PciDevice__Group__1
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
    // InternalAssign.g:5210:1: rule__PciDevice__Group__0__Impl : ( 'pci' ) ;
    public final void rule__PciDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5214:1: ( ( 'pci' ) )
            // InternalAssign.g:5215:1: ( 'pci' )
            {
            // InternalAssign.g:5215:1: ( 'pci' )
            // InternalAssign.g:5216:2: 'pci'
            {
             before(grammarAccess.getPciDeviceAccess().getPciKeyword_0()); 
            match(input,54,FOLLOW_2); 
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
    // InternalAssign.g:5225:1: rule__PciDevice__Group__1 : rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 ;
    public final void rule__PciDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5229:1: ( rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2 )
            // InternalAssign.g:5230:2: rule__PciDevice__Group__1__Impl rule__PciDevice__Group__2
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
    // InternalAssign.g:5237:1: rule__PciDevice__Group__1__Impl : ( ( rule__PciDevice__NameAssignment_1 ) ) ;
    public final void rule__PciDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5241:1: ( ( ( rule__PciDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:5242:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:5242:1: ( ( rule__PciDevice__NameAssignment_1 ) )
            // InternalAssign.g:5243:2: ( rule__PciDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:5244:2: ( rule__PciDevice__NameAssignment_1 )
            // InternalAssign.g:5244:3: rule__PciDevice__NameAssignment_1
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
    // InternalAssign.g:5252:1: rule__PciDevice__Group__2 : rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 ;
    public final void rule__PciDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5256:1: ( rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3 )
            // InternalAssign.g:5257:2: rule__PciDevice__Group__2__Impl rule__PciDevice__Group__3
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
    // InternalAssign.g:5264:1: rule__PciDevice__Group__2__Impl : ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PciDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5268:1: ( ( ( rule__PciDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:5269:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:5269:1: ( ( rule__PciDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:5270:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPciDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:5271:2: ( rule__PciDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:5271:3: rule__PciDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:5279:1: rule__PciDevice__Group__3 : rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 ;
    public final void rule__PciDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5283:1: ( rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4 )
            // InternalAssign.g:5284:2: rule__PciDevice__Group__3__Impl rule__PciDevice__Group__4
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
    // InternalAssign.g:5291:1: rule__PciDevice__Group__3__Impl : ( ( rule__PciDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PciDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5295:1: ( ( ( rule__PciDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:5296:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:5296:1: ( ( rule__PciDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:5297:2: ( rule__PciDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:5298:2: ( rule__PciDevice__UnorderedGroup_3 )
            // InternalAssign.g:5298:3: rule__PciDevice__UnorderedGroup_3
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
    // InternalAssign.g:5306:1: rule__PciDevice__Group__4 : rule__PciDevice__Group__4__Impl ;
    public final void rule__PciDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5310:1: ( rule__PciDevice__Group__4__Impl )
            // InternalAssign.g:5311:2: rule__PciDevice__Group__4__Impl
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
    // InternalAssign.g:5317:1: rule__PciDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PciDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5321:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:5322:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:5322:1: ( ruleDeviceFacts )
            // InternalAssign.g:5323:2: ruleDeviceFacts
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
    // InternalAssign.g:5333:1: rule__PciDevice__Group_3_0__0 : rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 ;
    public final void rule__PciDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5337:1: ( rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1 )
            // InternalAssign.g:5338:2: rule__PciDevice__Group_3_0__0__Impl rule__PciDevice__Group_3_0__1
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
    // InternalAssign.g:5345:1: rule__PciDevice__Group_3_0__0__Impl : ( 'vendor' ) ;
    public final void rule__PciDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5349:1: ( ( 'vendor' ) )
            // InternalAssign.g:5350:1: ( 'vendor' )
            {
            // InternalAssign.g:5350:1: ( 'vendor' )
            // InternalAssign.g:5351:2: 'vendor'
            {
             before(grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0()); 
            match(input,56,FOLLOW_2); 
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
    // InternalAssign.g:5360:1: rule__PciDevice__Group_3_0__1 : rule__PciDevice__Group_3_0__1__Impl ;
    public final void rule__PciDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5364:1: ( rule__PciDevice__Group_3_0__1__Impl )
            // InternalAssign.g:5365:2: rule__PciDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:5371:1: rule__PciDevice__Group_3_0__1__Impl : ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) ;
    public final void rule__PciDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5375:1: ( ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) ) )
            // InternalAssign.g:5376:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            {
            // InternalAssign.g:5376:1: ( ( rule__PciDevice__VendorIdAssignment_3_0_1 ) )
            // InternalAssign.g:5377:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getVendorIdAssignment_3_0_1()); 
            // InternalAssign.g:5378:2: ( rule__PciDevice__VendorIdAssignment_3_0_1 )
            // InternalAssign.g:5378:3: rule__PciDevice__VendorIdAssignment_3_0_1
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
    // InternalAssign.g:5387:1: rule__PciDevice__Group_3_1__0 : rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 ;
    public final void rule__PciDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5391:1: ( rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1 )
            // InternalAssign.g:5392:2: rule__PciDevice__Group_3_1__0__Impl rule__PciDevice__Group_3_1__1
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
    // InternalAssign.g:5399:1: rule__PciDevice__Group_3_1__0__Impl : ( 'device' ) ;
    public final void rule__PciDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5403:1: ( ( 'device' ) )
            // InternalAssign.g:5404:1: ( 'device' )
            {
            // InternalAssign.g:5404:1: ( 'device' )
            // InternalAssign.g:5405:2: 'device'
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0()); 
            match(input,57,FOLLOW_2); 
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
    // InternalAssign.g:5414:1: rule__PciDevice__Group_3_1__1 : rule__PciDevice__Group_3_1__1__Impl ;
    public final void rule__PciDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5418:1: ( rule__PciDevice__Group_3_1__1__Impl )
            // InternalAssign.g:5419:2: rule__PciDevice__Group_3_1__1__Impl
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
    // InternalAssign.g:5425:1: rule__PciDevice__Group_3_1__1__Impl : ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) ;
    public final void rule__PciDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5429:1: ( ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) ) )
            // InternalAssign.g:5430:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5430:1: ( ( rule__PciDevice__DeviceIdAssignment_3_1_1 ) )
            // InternalAssign.g:5431:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getDeviceIdAssignment_3_1_1()); 
            // InternalAssign.g:5432:2: ( rule__PciDevice__DeviceIdAssignment_3_1_1 )
            // InternalAssign.g:5432:3: rule__PciDevice__DeviceIdAssignment_3_1_1
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
    // InternalAssign.g:5441:1: rule__PciDevice__Group_3_2__0 : rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 ;
    public final void rule__PciDevice__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5445:1: ( rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1 )
            // InternalAssign.g:5446:2: rule__PciDevice__Group_3_2__0__Impl rule__PciDevice__Group_3_2__1
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
    // InternalAssign.g:5453:1: rule__PciDevice__Group_3_2__0__Impl : ( 'class' ) ;
    public final void rule__PciDevice__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5457:1: ( ( 'class' ) )
            // InternalAssign.g:5458:1: ( 'class' )
            {
            // InternalAssign.g:5458:1: ( 'class' )
            // InternalAssign.g:5459:2: 'class'
            {
             before(grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0()); 
            match(input,58,FOLLOW_2); 
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
    // InternalAssign.g:5468:1: rule__PciDevice__Group_3_2__1 : rule__PciDevice__Group_3_2__1__Impl ;
    public final void rule__PciDevice__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5472:1: ( rule__PciDevice__Group_3_2__1__Impl )
            // InternalAssign.g:5473:2: rule__PciDevice__Group_3_2__1__Impl
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
    // InternalAssign.g:5479:1: rule__PciDevice__Group_3_2__1__Impl : ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) ;
    public final void rule__PciDevice__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5483:1: ( ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) ) )
            // InternalAssign.g:5484:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            {
            // InternalAssign.g:5484:1: ( ( rule__PciDevice__ClassCodeAssignment_3_2_1 ) )
            // InternalAssign.g:5485:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            {
             before(grammarAccess.getPciDeviceAccess().getClassCodeAssignment_3_2_1()); 
            // InternalAssign.g:5486:2: ( rule__PciDevice__ClassCodeAssignment_3_2_1 )
            // InternalAssign.g:5486:3: rule__PciDevice__ClassCodeAssignment_3_2_1
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
    // InternalAssign.g:5495:1: rule__PlatformDevice__Group__0 : rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 ;
    public final void rule__PlatformDevice__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5499:1: ( rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1 )
            // InternalAssign.g:5500:2: rule__PlatformDevice__Group__0__Impl rule__PlatformDevice__Group__1
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
    // InternalAssign.g:5507:1: rule__PlatformDevice__Group__0__Impl : ( 'platform' ) ;
    public final void rule__PlatformDevice__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5511:1: ( ( 'platform' ) )
            // InternalAssign.g:5512:1: ( 'platform' )
            {
            // InternalAssign.g:5512:1: ( 'platform' )
            // InternalAssign.g:5513:2: 'platform'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0()); 
            match(input,55,FOLLOW_2); 
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
    // InternalAssign.g:5522:1: rule__PlatformDevice__Group__1 : rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 ;
    public final void rule__PlatformDevice__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5526:1: ( rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2 )
            // InternalAssign.g:5527:2: rule__PlatformDevice__Group__1__Impl rule__PlatformDevice__Group__2
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
    // InternalAssign.g:5534:1: rule__PlatformDevice__Group__1__Impl : ( ( rule__PlatformDevice__NameAssignment_1 ) ) ;
    public final void rule__PlatformDevice__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5538:1: ( ( ( rule__PlatformDevice__NameAssignment_1 ) ) )
            // InternalAssign.g:5539:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            {
            // InternalAssign.g:5539:1: ( ( rule__PlatformDevice__NameAssignment_1 ) )
            // InternalAssign.g:5540:2: ( rule__PlatformDevice__NameAssignment_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getNameAssignment_1()); 
            // InternalAssign.g:5541:2: ( rule__PlatformDevice__NameAssignment_1 )
            // InternalAssign.g:5541:3: rule__PlatformDevice__NameAssignment_1
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
    // InternalAssign.g:5549:1: rule__PlatformDevice__Group__2 : rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 ;
    public final void rule__PlatformDevice__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5553:1: ( rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3 )
            // InternalAssign.g:5554:2: rule__PlatformDevice__Group__2__Impl rule__PlatformDevice__Group__3
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
    // InternalAssign.g:5561:1: rule__PlatformDevice__Group__2__Impl : ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) ;
    public final void rule__PlatformDevice__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5565:1: ( ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) ) )
            // InternalAssign.g:5566:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            {
            // InternalAssign.g:5566:1: ( ( rule__PlatformDevice__SysfsNameAssignment_2 ) )
            // InternalAssign.g:5567:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getSysfsNameAssignment_2()); 
            // InternalAssign.g:5568:2: ( rule__PlatformDevice__SysfsNameAssignment_2 )
            // InternalAssign.g:5568:3: rule__PlatformDevice__SysfsNameAssignment_2
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
    // InternalAssign.g:5576:1: rule__PlatformDevice__Group__3 : rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 ;
    public final void rule__PlatformDevice__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5580:1: ( rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4 )
            // InternalAssign.g:5581:2: rule__PlatformDevice__Group__3__Impl rule__PlatformDevice__Group__4
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
    // InternalAssign.g:5588:1: rule__PlatformDevice__Group__3__Impl : ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) ;
    public final void rule__PlatformDevice__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5592:1: ( ( ( rule__PlatformDevice__UnorderedGroup_3 ) ) )
            // InternalAssign.g:5593:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            {
            // InternalAssign.g:5593:1: ( ( rule__PlatformDevice__UnorderedGroup_3 ) )
            // InternalAssign.g:5594:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3()); 
            // InternalAssign.g:5595:2: ( rule__PlatformDevice__UnorderedGroup_3 )
            // InternalAssign.g:5595:3: rule__PlatformDevice__UnorderedGroup_3
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
    // InternalAssign.g:5603:1: rule__PlatformDevice__Group__4 : rule__PlatformDevice__Group__4__Impl ;
    public final void rule__PlatformDevice__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5607:1: ( rule__PlatformDevice__Group__4__Impl )
            // InternalAssign.g:5608:2: rule__PlatformDevice__Group__4__Impl
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
    // InternalAssign.g:5614:1: rule__PlatformDevice__Group__4__Impl : ( ruleDeviceFacts ) ;
    public final void rule__PlatformDevice__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5618:1: ( ( ruleDeviceFacts ) )
            // InternalAssign.g:5619:1: ( ruleDeviceFacts )
            {
            // InternalAssign.g:5619:1: ( ruleDeviceFacts )
            // InternalAssign.g:5620:2: ruleDeviceFacts
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
    // InternalAssign.g:5630:1: rule__PlatformDevice__Group_3_0__0 : rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 ;
    public final void rule__PlatformDevice__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5634:1: ( rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1 )
            // InternalAssign.g:5635:2: rule__PlatformDevice__Group_3_0__0__Impl rule__PlatformDevice__Group_3_0__1
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
    // InternalAssign.g:5642:1: rule__PlatformDevice__Group_3_0__0__Impl : ( 'path' ) ;
    public final void rule__PlatformDevice__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5646:1: ( ( 'path' ) )
            // InternalAssign.g:5647:1: ( 'path' )
            {
            // InternalAssign.g:5647:1: ( 'path' )
            // InternalAssign.g:5648:2: 'path'
            {
             before(grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0()); 
            match(input,60,FOLLOW_2); 
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
    // InternalAssign.g:5657:1: rule__PlatformDevice__Group_3_0__1 : rule__PlatformDevice__Group_3_0__1__Impl ;
    public final void rule__PlatformDevice__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5661:1: ( rule__PlatformDevice__Group_3_0__1__Impl )
            // InternalAssign.g:5662:2: rule__PlatformDevice__Group_3_0__1__Impl
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
    // InternalAssign.g:5668:1: rule__PlatformDevice__Group_3_0__1__Impl : ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5672:1: ( ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) ) )
            // InternalAssign.g:5673:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            {
            // InternalAssign.g:5673:1: ( ( rule__PlatformDevice__DtPathAssignment_3_0_1 ) )
            // InternalAssign.g:5674:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getDtPathAssignment_3_0_1()); 
            // InternalAssign.g:5675:2: ( rule__PlatformDevice__DtPathAssignment_3_0_1 )
            // InternalAssign.g:5675:3: rule__PlatformDevice__DtPathAssignment_3_0_1
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
    // InternalAssign.g:5684:1: rule__PlatformDevice__Group_3_1__0 : rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 ;
    public final void rule__PlatformDevice__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5688:1: ( rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1 )
            // InternalAssign.g:5689:2: rule__PlatformDevice__Group_3_1__0__Impl rule__PlatformDevice__Group_3_1__1
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
    // InternalAssign.g:5696:1: rule__PlatformDevice__Group_3_1__0__Impl : ( 'compatible' ) ;
    public final void rule__PlatformDevice__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5700:1: ( ( 'compatible' ) )
            // InternalAssign.g:5701:1: ( 'compatible' )
            {
            // InternalAssign.g:5701:1: ( 'compatible' )
            // InternalAssign.g:5702:2: 'compatible'
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0()); 
            match(input,61,FOLLOW_2); 
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
    // InternalAssign.g:5711:1: rule__PlatformDevice__Group_3_1__1 : rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 ;
    public final void rule__PlatformDevice__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5715:1: ( rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2 )
            // InternalAssign.g:5716:2: rule__PlatformDevice__Group_3_1__1__Impl rule__PlatformDevice__Group_3_1__2
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
    // InternalAssign.g:5723:1: rule__PlatformDevice__Group_3_1__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5727:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) ) )
            // InternalAssign.g:5728:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            {
            // InternalAssign.g:5728:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_1 ) )
            // InternalAssign.g:5729:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_1()); 
            // InternalAssign.g:5730:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_1 )
            // InternalAssign.g:5730:3: rule__PlatformDevice__CompatibleAssignment_3_1_1
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
    // InternalAssign.g:5738:1: rule__PlatformDevice__Group_3_1__2 : rule__PlatformDevice__Group_3_1__2__Impl ;
    public final void rule__PlatformDevice__Group_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5742:1: ( rule__PlatformDevice__Group_3_1__2__Impl )
            // InternalAssign.g:5743:2: rule__PlatformDevice__Group_3_1__2__Impl
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
    // InternalAssign.g:5749:1: rule__PlatformDevice__Group_3_1__2__Impl : ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) ;
    public final void rule__PlatformDevice__Group_3_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5753:1: ( ( ( rule__PlatformDevice__Group_3_1_2__0 )* ) )
            // InternalAssign.g:5754:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            {
            // InternalAssign.g:5754:1: ( ( rule__PlatformDevice__Group_3_1_2__0 )* )
            // InternalAssign.g:5755:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            {
             before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1_2()); 
            // InternalAssign.g:5756:2: ( rule__PlatformDevice__Group_3_1_2__0 )*
            loop45:
            do {
                int alt45=2;
                int LA45_0 = input.LA(1);

                if ( (LA45_0==105) ) {
                    alt45=1;
                }


                switch (alt45) {
            	case 1 :
            	    // InternalAssign.g:5756:3: rule__PlatformDevice__Group_3_1_2__0
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
    // InternalAssign.g:5765:1: rule__PlatformDevice__Group_3_1_2__0 : rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 ;
    public final void rule__PlatformDevice__Group_3_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5769:1: ( rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1 )
            // InternalAssign.g:5770:2: rule__PlatformDevice__Group_3_1_2__0__Impl rule__PlatformDevice__Group_3_1_2__1
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
    // InternalAssign.g:5777:1: rule__PlatformDevice__Group_3_1_2__0__Impl : ( ',' ) ;
    public final void rule__PlatformDevice__Group_3_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5781:1: ( ( ',' ) )
            // InternalAssign.g:5782:1: ( ',' )
            {
            // InternalAssign.g:5782:1: ( ',' )
            // InternalAssign.g:5783:2: ','
            {
             before(grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0()); 
            match(input,105,FOLLOW_2); 
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
    // InternalAssign.g:5792:1: rule__PlatformDevice__Group_3_1_2__1 : rule__PlatformDevice__Group_3_1_2__1__Impl ;
    public final void rule__PlatformDevice__Group_3_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5796:1: ( rule__PlatformDevice__Group_3_1_2__1__Impl )
            // InternalAssign.g:5797:2: rule__PlatformDevice__Group_3_1_2__1__Impl
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
    // InternalAssign.g:5803:1: rule__PlatformDevice__Group_3_1_2__1__Impl : ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) ;
    public final void rule__PlatformDevice__Group_3_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5807:1: ( ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) ) )
            // InternalAssign.g:5808:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            {
            // InternalAssign.g:5808:1: ( ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 ) )
            // InternalAssign.g:5809:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            {
             before(grammarAccess.getPlatformDeviceAccess().getCompatibleAssignment_3_1_2_1()); 
            // InternalAssign.g:5810:2: ( rule__PlatformDevice__CompatibleAssignment_3_1_2_1 )
            // InternalAssign.g:5810:3: rule__PlatformDevice__CompatibleAssignment_3_1_2_1
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
    // InternalAssign.g:5819:1: rule__DeviceFacts__Group__0 : rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 ;
    public final void rule__DeviceFacts__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5823:1: ( rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1 )
            // InternalAssign.g:5824:2: rule__DeviceFacts__Group__0__Impl rule__DeviceFacts__Group__1
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
    // InternalAssign.g:5831:1: rule__DeviceFacts__Group__0__Impl : ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) ;
    public final void rule__DeviceFacts__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5835:1: ( ( ( rule__DeviceFacts__UnorderedGroup_0 ) ) )
            // InternalAssign.g:5836:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            {
            // InternalAssign.g:5836:1: ( ( rule__DeviceFacts__UnorderedGroup_0 ) )
            // InternalAssign.g:5837:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0()); 
            // InternalAssign.g:5838:2: ( rule__DeviceFacts__UnorderedGroup_0 )
            // InternalAssign.g:5838:3: rule__DeviceFacts__UnorderedGroup_0
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
    // InternalAssign.g:5846:1: rule__DeviceFacts__Group__1 : rule__DeviceFacts__Group__1__Impl ;
    public final void rule__DeviceFacts__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5850:1: ( rule__DeviceFacts__Group__1__Impl )
            // InternalAssign.g:5851:2: rule__DeviceFacts__Group__1__Impl
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
    // InternalAssign.g:5857:1: rule__DeviceFacts__Group__1__Impl : ( ( rule__DeviceFacts__Group_1__0 )? ) ;
    public final void rule__DeviceFacts__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5861:1: ( ( ( rule__DeviceFacts__Group_1__0 )? ) )
            // InternalAssign.g:5862:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            {
            // InternalAssign.g:5862:1: ( ( rule__DeviceFacts__Group_1__0 )? )
            // InternalAssign.g:5863:2: ( rule__DeviceFacts__Group_1__0 )?
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_1()); 
            // InternalAssign.g:5864:2: ( rule__DeviceFacts__Group_1__0 )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==94) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalAssign.g:5864:3: rule__DeviceFacts__Group_1__0
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
    // InternalAssign.g:5873:1: rule__DeviceFacts__Group_0_0__0 : rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 ;
    public final void rule__DeviceFacts__Group_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5877:1: ( rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1 )
            // InternalAssign.g:5878:2: rule__DeviceFacts__Group_0_0__0__Impl rule__DeviceFacts__Group_0_0__1
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
    // InternalAssign.g:5885:1: rule__DeviceFacts__Group_0_0__0__Impl : ( 'driver' ) ;
    public final void rule__DeviceFacts__Group_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5889:1: ( ( 'driver' ) )
            // InternalAssign.g:5890:1: ( 'driver' )
            {
            // InternalAssign.g:5890:1: ( 'driver' )
            // InternalAssign.g:5891:2: 'driver'
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
    // InternalAssign.g:5900:1: rule__DeviceFacts__Group_0_0__1 : rule__DeviceFacts__Group_0_0__1__Impl ;
    public final void rule__DeviceFacts__Group_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5904:1: ( rule__DeviceFacts__Group_0_0__1__Impl )
            // InternalAssign.g:5905:2: rule__DeviceFacts__Group_0_0__1__Impl
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
    // InternalAssign.g:5911:1: rule__DeviceFacts__Group_0_0__1__Impl : ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5915:1: ( ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) ) )
            // InternalAssign.g:5916:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            {
            // InternalAssign.g:5916:1: ( ( rule__DeviceFacts__DriverAssignment_0_0_1 ) )
            // InternalAssign.g:5917:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAssignment_0_0_1()); 
            // InternalAssign.g:5918:2: ( rule__DeviceFacts__DriverAssignment_0_0_1 )
            // InternalAssign.g:5918:3: rule__DeviceFacts__DriverAssignment_0_0_1
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
    // InternalAssign.g:5927:1: rule__DeviceFacts__Group_0_1__0 : rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 ;
    public final void rule__DeviceFacts__Group_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5931:1: ( rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1 )
            // InternalAssign.g:5932:2: rule__DeviceFacts__Group_0_1__0__Impl rule__DeviceFacts__Group_0_1__1
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
    // InternalAssign.g:5939:1: rule__DeviceFacts__Group_0_1__0__Impl : ( 'protected' ) ;
    public final void rule__DeviceFacts__Group_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5943:1: ( ( 'protected' ) )
            // InternalAssign.g:5944:1: ( 'protected' )
            {
            // InternalAssign.g:5944:1: ( 'protected' )
            // InternalAssign.g:5945:2: 'protected'
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0()); 
            match(input,62,FOLLOW_2); 
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
    // InternalAssign.g:5954:1: rule__DeviceFacts__Group_0_1__1 : rule__DeviceFacts__Group_0_1__1__Impl ;
    public final void rule__DeviceFacts__Group_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5958:1: ( rule__DeviceFacts__Group_0_1__1__Impl )
            // InternalAssign.g:5959:2: rule__DeviceFacts__Group_0_1__1__Impl
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
    // InternalAssign.g:5965:1: rule__DeviceFacts__Group_0_1__1__Impl : ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5969:1: ( ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) ) )
            // InternalAssign.g:5970:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            {
            // InternalAssign.g:5970:1: ( ( rule__DeviceFacts__ProtectionAssignment_0_1_1 ) )
            // InternalAssign.g:5971:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getProtectionAssignment_0_1_1()); 
            // InternalAssign.g:5972:2: ( rule__DeviceFacts__ProtectionAssignment_0_1_1 )
            // InternalAssign.g:5972:3: rule__DeviceFacts__ProtectionAssignment_0_1_1
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
    // InternalAssign.g:5981:1: rule__DeviceFacts__Group_0_2__0 : rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 ;
    public final void rule__DeviceFacts__Group_0_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5985:1: ( rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1 )
            // InternalAssign.g:5986:2: rule__DeviceFacts__Group_0_2__0__Impl rule__DeviceFacts__Group_0_2__1
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
    // InternalAssign.g:5993:1: rule__DeviceFacts__Group_0_2__0__Impl : ( 'reset' ) ;
    public final void rule__DeviceFacts__Group_0_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:5997:1: ( ( 'reset' ) )
            // InternalAssign.g:5998:1: ( 'reset' )
            {
            // InternalAssign.g:5998:1: ( 'reset' )
            // InternalAssign.g:5999:2: 'reset'
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
    // InternalAssign.g:6008:1: rule__DeviceFacts__Group_0_2__1 : rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 ;
    public final void rule__DeviceFacts__Group_0_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6012:1: ( rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2 )
            // InternalAssign.g:6013:2: rule__DeviceFacts__Group_0_2__1__Impl rule__DeviceFacts__Group_0_2__2
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
    // InternalAssign.g:6020:1: rule__DeviceFacts__Group_0_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6024:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) ) )
            // InternalAssign.g:6025:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            {
            // InternalAssign.g:6025:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 ) )
            // InternalAssign.g:6026:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_1()); 
            // InternalAssign.g:6027:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_1 )
            // InternalAssign.g:6027:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_1
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
    // InternalAssign.g:6035:1: rule__DeviceFacts__Group_0_2__2 : rule__DeviceFacts__Group_0_2__2__Impl ;
    public final void rule__DeviceFacts__Group_0_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6039:1: ( rule__DeviceFacts__Group_0_2__2__Impl )
            // InternalAssign.g:6040:2: rule__DeviceFacts__Group_0_2__2__Impl
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
    // InternalAssign.g:6046:1: rule__DeviceFacts__Group_0_2__2__Impl : ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) ;
    public final void rule__DeviceFacts__Group_0_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6050:1: ( ( ( rule__DeviceFacts__Group_0_2_2__0 )* ) )
            // InternalAssign.g:6051:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            {
            // InternalAssign.g:6051:1: ( ( rule__DeviceFacts__Group_0_2_2__0 )* )
            // InternalAssign.g:6052:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getGroup_0_2_2()); 
            // InternalAssign.g:6053:2: ( rule__DeviceFacts__Group_0_2_2__0 )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==105) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalAssign.g:6053:3: rule__DeviceFacts__Group_0_2_2__0
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
    // InternalAssign.g:6062:1: rule__DeviceFacts__Group_0_2_2__0 : rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 ;
    public final void rule__DeviceFacts__Group_0_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6066:1: ( rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1 )
            // InternalAssign.g:6067:2: rule__DeviceFacts__Group_0_2_2__0__Impl rule__DeviceFacts__Group_0_2_2__1
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
    // InternalAssign.g:6074:1: rule__DeviceFacts__Group_0_2_2__0__Impl : ( ',' ) ;
    public final void rule__DeviceFacts__Group_0_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6078:1: ( ( ',' ) )
            // InternalAssign.g:6079:1: ( ',' )
            {
            // InternalAssign.g:6079:1: ( ',' )
            // InternalAssign.g:6080:2: ','
            {
             before(grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0()); 
            match(input,105,FOLLOW_2); 
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
    // InternalAssign.g:6089:1: rule__DeviceFacts__Group_0_2_2__1 : rule__DeviceFacts__Group_0_2_2__1__Impl ;
    public final void rule__DeviceFacts__Group_0_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6093:1: ( rule__DeviceFacts__Group_0_2_2__1__Impl )
            // InternalAssign.g:6094:2: rule__DeviceFacts__Group_0_2_2__1__Impl
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
    // InternalAssign.g:6100:1: rule__DeviceFacts__Group_0_2_2__1__Impl : ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6104:1: ( ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) ) )
            // InternalAssign.g:6105:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            {
            // InternalAssign.g:6105:1: ( ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 ) )
            // InternalAssign.g:6106:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getResetMethodsAssignment_0_2_2_1()); 
            // InternalAssign.g:6107:2: ( rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 )
            // InternalAssign.g:6107:3: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1
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
    // InternalAssign.g:6116:1: rule__DeviceFacts__Group_0_3__0 : rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 ;
    public final void rule__DeviceFacts__Group_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6120:1: ( rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1 )
            // InternalAssign.g:6121:2: rule__DeviceFacts__Group_0_3__0__Impl rule__DeviceFacts__Group_0_3__1
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
    // InternalAssign.g:6128:1: rule__DeviceFacts__Group_0_3__0__Impl : ( 'dma-mask' ) ;
    public final void rule__DeviceFacts__Group_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6132:1: ( ( 'dma-mask' ) )
            // InternalAssign.g:6133:1: ( 'dma-mask' )
            {
            // InternalAssign.g:6133:1: ( 'dma-mask' )
            // InternalAssign.g:6134:2: 'dma-mask'
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskKeyword_0_3_0()); 
            match(input,63,FOLLOW_2); 
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
    // InternalAssign.g:6143:1: rule__DeviceFacts__Group_0_3__1 : rule__DeviceFacts__Group_0_3__1__Impl ;
    public final void rule__DeviceFacts__Group_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6147:1: ( rule__DeviceFacts__Group_0_3__1__Impl )
            // InternalAssign.g:6148:2: rule__DeviceFacts__Group_0_3__1__Impl
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
    // InternalAssign.g:6154:1: rule__DeviceFacts__Group_0_3__1__Impl : ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) ;
    public final void rule__DeviceFacts__Group_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6158:1: ( ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) ) )
            // InternalAssign.g:6159:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            {
            // InternalAssign.g:6159:1: ( ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 ) )
            // InternalAssign.g:6160:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDmaMaskBitsAssignment_0_3_1()); 
            // InternalAssign.g:6161:2: ( rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 )
            // InternalAssign.g:6161:3: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1
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
    // InternalAssign.g:6170:1: rule__DeviceFacts__Group_1__0 : rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 ;
    public final void rule__DeviceFacts__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6174:1: ( rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1 )
            // InternalAssign.g:6175:2: rule__DeviceFacts__Group_1__0__Impl rule__DeviceFacts__Group_1__1
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
    // InternalAssign.g:6182:1: rule__DeviceFacts__Group_1__0__Impl : ( '{' ) ;
    public final void rule__DeviceFacts__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6186:1: ( ( '{' ) )
            // InternalAssign.g:6187:1: ( '{' )
            {
            // InternalAssign.g:6187:1: ( '{' )
            // InternalAssign.g:6188:2: '{'
            {
             before(grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:6197:1: rule__DeviceFacts__Group_1__1 : rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 ;
    public final void rule__DeviceFacts__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6201:1: ( rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2 )
            // InternalAssign.g:6202:2: rule__DeviceFacts__Group_1__1__Impl rule__DeviceFacts__Group_1__2
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
    // InternalAssign.g:6209:1: rule__DeviceFacts__Group_1__1__Impl : ( ( rule__DeviceFacts__Alternatives_1_1 )* ) ;
    public final void rule__DeviceFacts__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6213:1: ( ( ( rule__DeviceFacts__Alternatives_1_1 )* ) )
            // InternalAssign.g:6214:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            {
            // InternalAssign.g:6214:1: ( ( rule__DeviceFacts__Alternatives_1_1 )* )
            // InternalAssign.g:6215:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            {
             before(grammarAccess.getDeviceFactsAccess().getAlternatives_1_1()); 
            // InternalAssign.g:6216:2: ( rule__DeviceFacts__Alternatives_1_1 )*
            loop48:
            do {
                int alt48=2;
                int LA48_0 = input.LA(1);

                if ( (LA48_0==36||LA48_0==70) ) {
                    alt48=1;
                }


                switch (alt48) {
            	case 1 :
            	    // InternalAssign.g:6216:3: rule__DeviceFacts__Alternatives_1_1
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
    // InternalAssign.g:6224:1: rule__DeviceFacts__Group_1__2 : rule__DeviceFacts__Group_1__2__Impl ;
    public final void rule__DeviceFacts__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6228:1: ( rule__DeviceFacts__Group_1__2__Impl )
            // InternalAssign.g:6229:2: rule__DeviceFacts__Group_1__2__Impl
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
    // InternalAssign.g:6235:1: rule__DeviceFacts__Group_1__2__Impl : ( '}' ) ;
    public final void rule__DeviceFacts__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6239:1: ( ( '}' ) )
            // InternalAssign.g:6240:1: ( '}' )
            {
            // InternalAssign.g:6240:1: ( '}' )
            // InternalAssign.g:6241:2: '}'
            {
             before(grammarAccess.getDeviceFactsAccess().getRightCurlyBracketKeyword_1_2()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:6251:1: rule__Region__Group__0 : rule__Region__Group__0__Impl rule__Region__Group__1 ;
    public final void rule__Region__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6255:1: ( rule__Region__Group__0__Impl rule__Region__Group__1 )
            // InternalAssign.g:6256:2: rule__Region__Group__0__Impl rule__Region__Group__1
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
    // InternalAssign.g:6263:1: rule__Region__Group__0__Impl : ( 'region' ) ;
    public final void rule__Region__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6267:1: ( ( 'region' ) )
            // InternalAssign.g:6268:1: ( 'region' )
            {
            // InternalAssign.g:6268:1: ( 'region' )
            // InternalAssign.g:6269:2: 'region'
            {
             before(grammarAccess.getRegionAccess().getRegionKeyword_0()); 
            match(input,70,FOLLOW_2); 
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
    // InternalAssign.g:6278:1: rule__Region__Group__1 : rule__Region__Group__1__Impl rule__Region__Group__2 ;
    public final void rule__Region__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6282:1: ( rule__Region__Group__1__Impl rule__Region__Group__2 )
            // InternalAssign.g:6283:2: rule__Region__Group__1__Impl rule__Region__Group__2
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
    // InternalAssign.g:6290:1: rule__Region__Group__1__Impl : ( ( rule__Region__NameAssignment_1 ) ) ;
    public final void rule__Region__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6294:1: ( ( ( rule__Region__NameAssignment_1 ) ) )
            // InternalAssign.g:6295:1: ( ( rule__Region__NameAssignment_1 ) )
            {
            // InternalAssign.g:6295:1: ( ( rule__Region__NameAssignment_1 ) )
            // InternalAssign.g:6296:2: ( rule__Region__NameAssignment_1 )
            {
             before(grammarAccess.getRegionAccess().getNameAssignment_1()); 
            // InternalAssign.g:6297:2: ( rule__Region__NameAssignment_1 )
            // InternalAssign.g:6297:3: rule__Region__NameAssignment_1
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
    // InternalAssign.g:6305:1: rule__Region__Group__2 : rule__Region__Group__2__Impl rule__Region__Group__3 ;
    public final void rule__Region__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6309:1: ( rule__Region__Group__2__Impl rule__Region__Group__3 )
            // InternalAssign.g:6310:2: rule__Region__Group__2__Impl rule__Region__Group__3
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
    // InternalAssign.g:6317:1: rule__Region__Group__2__Impl : ( 'index' ) ;
    public final void rule__Region__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6321:1: ( ( 'index' ) )
            // InternalAssign.g:6322:1: ( 'index' )
            {
            // InternalAssign.g:6322:1: ( 'index' )
            // InternalAssign.g:6323:2: 'index'
            {
             before(grammarAccess.getRegionAccess().getIndexKeyword_2()); 
            match(input,106,FOLLOW_2); 
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
    // InternalAssign.g:6332:1: rule__Region__Group__3 : rule__Region__Group__3__Impl rule__Region__Group__4 ;
    public final void rule__Region__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6336:1: ( rule__Region__Group__3__Impl rule__Region__Group__4 )
            // InternalAssign.g:6337:2: rule__Region__Group__3__Impl rule__Region__Group__4
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
    // InternalAssign.g:6344:1: rule__Region__Group__3__Impl : ( ( rule__Region__IndexAssignment_3 ) ) ;
    public final void rule__Region__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6348:1: ( ( ( rule__Region__IndexAssignment_3 ) ) )
            // InternalAssign.g:6349:1: ( ( rule__Region__IndexAssignment_3 ) )
            {
            // InternalAssign.g:6349:1: ( ( rule__Region__IndexAssignment_3 ) )
            // InternalAssign.g:6350:2: ( rule__Region__IndexAssignment_3 )
            {
             before(grammarAccess.getRegionAccess().getIndexAssignment_3()); 
            // InternalAssign.g:6351:2: ( rule__Region__IndexAssignment_3 )
            // InternalAssign.g:6351:3: rule__Region__IndexAssignment_3
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
    // InternalAssign.g:6359:1: rule__Region__Group__4 : rule__Region__Group__4__Impl rule__Region__Group__5 ;
    public final void rule__Region__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6363:1: ( rule__Region__Group__4__Impl rule__Region__Group__5 )
            // InternalAssign.g:6364:2: rule__Region__Group__4__Impl rule__Region__Group__5
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
    // InternalAssign.g:6371:1: rule__Region__Group__4__Impl : ( ( rule__Region__KindAssignment_4 )? ) ;
    public final void rule__Region__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6375:1: ( ( ( rule__Region__KindAssignment_4 )? ) )
            // InternalAssign.g:6376:1: ( ( rule__Region__KindAssignment_4 )? )
            {
            // InternalAssign.g:6376:1: ( ( rule__Region__KindAssignment_4 )? )
            // InternalAssign.g:6377:2: ( rule__Region__KindAssignment_4 )?
            {
             before(grammarAccess.getRegionAccess().getKindAssignment_4()); 
            // InternalAssign.g:6378:2: ( rule__Region__KindAssignment_4 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==14||(LA49_0>=71 && LA49_0<=74)) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalAssign.g:6378:3: rule__Region__KindAssignment_4
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
    // InternalAssign.g:6386:1: rule__Region__Group__5 : rule__Region__Group__5__Impl rule__Region__Group__6 ;
    public final void rule__Region__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6390:1: ( rule__Region__Group__5__Impl rule__Region__Group__6 )
            // InternalAssign.g:6391:2: rule__Region__Group__5__Impl rule__Region__Group__6
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
    // InternalAssign.g:6398:1: rule__Region__Group__5__Impl : ( ( rule__Region__Group_5__0 )? ) ;
    public final void rule__Region__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6402:1: ( ( ( rule__Region__Group_5__0 )? ) )
            // InternalAssign.g:6403:1: ( ( rule__Region__Group_5__0 )? )
            {
            // InternalAssign.g:6403:1: ( ( rule__Region__Group_5__0 )? )
            // InternalAssign.g:6404:2: ( rule__Region__Group_5__0 )?
            {
             before(grammarAccess.getRegionAccess().getGroup_5()); 
            // InternalAssign.g:6405:2: ( rule__Region__Group_5__0 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==103) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalAssign.g:6405:3: rule__Region__Group_5__0
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
    // InternalAssign.g:6413:1: rule__Region__Group__6 : rule__Region__Group__6__Impl rule__Region__Group__7 ;
    public final void rule__Region__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6417:1: ( rule__Region__Group__6__Impl rule__Region__Group__7 )
            // InternalAssign.g:6418:2: rule__Region__Group__6__Impl rule__Region__Group__7
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
    // InternalAssign.g:6425:1: rule__Region__Group__6__Impl : ( 'size' ) ;
    public final void rule__Region__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6429:1: ( ( 'size' ) )
            // InternalAssign.g:6430:1: ( 'size' )
            {
            // InternalAssign.g:6430:1: ( 'size' )
            // InternalAssign.g:6431:2: 'size'
            {
             before(grammarAccess.getRegionAccess().getSizeKeyword_6()); 
            match(input,104,FOLLOW_2); 
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
    // InternalAssign.g:6440:1: rule__Region__Group__7 : rule__Region__Group__7__Impl rule__Region__Group__8 ;
    public final void rule__Region__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6444:1: ( rule__Region__Group__7__Impl rule__Region__Group__8 )
            // InternalAssign.g:6445:2: rule__Region__Group__7__Impl rule__Region__Group__8
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
    // InternalAssign.g:6452:1: rule__Region__Group__7__Impl : ( ( rule__Region__SizeAssignment_7 ) ) ;
    public final void rule__Region__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6456:1: ( ( ( rule__Region__SizeAssignment_7 ) ) )
            // InternalAssign.g:6457:1: ( ( rule__Region__SizeAssignment_7 ) )
            {
            // InternalAssign.g:6457:1: ( ( rule__Region__SizeAssignment_7 ) )
            // InternalAssign.g:6458:2: ( rule__Region__SizeAssignment_7 )
            {
             before(grammarAccess.getRegionAccess().getSizeAssignment_7()); 
            // InternalAssign.g:6459:2: ( rule__Region__SizeAssignment_7 )
            // InternalAssign.g:6459:3: rule__Region__SizeAssignment_7
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
    // InternalAssign.g:6467:1: rule__Region__Group__8 : rule__Region__Group__8__Impl rule__Region__Group__9 ;
    public final void rule__Region__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6471:1: ( rule__Region__Group__8__Impl rule__Region__Group__9 )
            // InternalAssign.g:6472:2: rule__Region__Group__8__Impl rule__Region__Group__9
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
    // InternalAssign.g:6479:1: rule__Region__Group__8__Impl : ( ( rule__Region__ReadableAssignment_8 )? ) ;
    public final void rule__Region__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6483:1: ( ( ( rule__Region__ReadableAssignment_8 )? ) )
            // InternalAssign.g:6484:1: ( ( rule__Region__ReadableAssignment_8 )? )
            {
            // InternalAssign.g:6484:1: ( ( rule__Region__ReadableAssignment_8 )? )
            // InternalAssign.g:6485:2: ( rule__Region__ReadableAssignment_8 )?
            {
             before(grammarAccess.getRegionAccess().getReadableAssignment_8()); 
            // InternalAssign.g:6486:2: ( rule__Region__ReadableAssignment_8 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==75) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalAssign.g:6486:3: rule__Region__ReadableAssignment_8
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
    // InternalAssign.g:6494:1: rule__Region__Group__9 : rule__Region__Group__9__Impl rule__Region__Group__10 ;
    public final void rule__Region__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6498:1: ( rule__Region__Group__9__Impl rule__Region__Group__10 )
            // InternalAssign.g:6499:2: rule__Region__Group__9__Impl rule__Region__Group__10
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
    // InternalAssign.g:6506:1: rule__Region__Group__9__Impl : ( ( rule__Region__WritableAssignment_9 )? ) ;
    public final void rule__Region__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6510:1: ( ( ( rule__Region__WritableAssignment_9 )? ) )
            // InternalAssign.g:6511:1: ( ( rule__Region__WritableAssignment_9 )? )
            {
            // InternalAssign.g:6511:1: ( ( rule__Region__WritableAssignment_9 )? )
            // InternalAssign.g:6512:2: ( rule__Region__WritableAssignment_9 )?
            {
             before(grammarAccess.getRegionAccess().getWritableAssignment_9()); 
            // InternalAssign.g:6513:2: ( rule__Region__WritableAssignment_9 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==76) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalAssign.g:6513:3: rule__Region__WritableAssignment_9
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
    // InternalAssign.g:6521:1: rule__Region__Group__10 : rule__Region__Group__10__Impl ;
    public final void rule__Region__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6525:1: ( rule__Region__Group__10__Impl )
            // InternalAssign.g:6526:2: rule__Region__Group__10__Impl
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
    // InternalAssign.g:6532:1: rule__Region__Group__10__Impl : ( ( rule__Region__MmappableAssignment_10 )? ) ;
    public final void rule__Region__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6536:1: ( ( ( rule__Region__MmappableAssignment_10 )? ) )
            // InternalAssign.g:6537:1: ( ( rule__Region__MmappableAssignment_10 )? )
            {
            // InternalAssign.g:6537:1: ( ( rule__Region__MmappableAssignment_10 )? )
            // InternalAssign.g:6538:2: ( rule__Region__MmappableAssignment_10 )?
            {
             before(grammarAccess.getRegionAccess().getMmappableAssignment_10()); 
            // InternalAssign.g:6539:2: ( rule__Region__MmappableAssignment_10 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==77) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalAssign.g:6539:3: rule__Region__MmappableAssignment_10
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
    // InternalAssign.g:6548:1: rule__Region__Group_5__0 : rule__Region__Group_5__0__Impl rule__Region__Group_5__1 ;
    public final void rule__Region__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6552:1: ( rule__Region__Group_5__0__Impl rule__Region__Group_5__1 )
            // InternalAssign.g:6553:2: rule__Region__Group_5__0__Impl rule__Region__Group_5__1
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
    // InternalAssign.g:6560:1: rule__Region__Group_5__0__Impl : ( 'at' ) ;
    public final void rule__Region__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6564:1: ( ( 'at' ) )
            // InternalAssign.g:6565:1: ( 'at' )
            {
            // InternalAssign.g:6565:1: ( 'at' )
            // InternalAssign.g:6566:2: 'at'
            {
             before(grammarAccess.getRegionAccess().getAtKeyword_5_0()); 
            match(input,103,FOLLOW_2); 
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
    // InternalAssign.g:6575:1: rule__Region__Group_5__1 : rule__Region__Group_5__1__Impl ;
    public final void rule__Region__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6579:1: ( rule__Region__Group_5__1__Impl )
            // InternalAssign.g:6580:2: rule__Region__Group_5__1__Impl
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
    // InternalAssign.g:6586:1: rule__Region__Group_5__1__Impl : ( ( rule__Region__BaseAssignment_5_1 ) ) ;
    public final void rule__Region__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6590:1: ( ( ( rule__Region__BaseAssignment_5_1 ) ) )
            // InternalAssign.g:6591:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            {
            // InternalAssign.g:6591:1: ( ( rule__Region__BaseAssignment_5_1 ) )
            // InternalAssign.g:6592:2: ( rule__Region__BaseAssignment_5_1 )
            {
             before(grammarAccess.getRegionAccess().getBaseAssignment_5_1()); 
            // InternalAssign.g:6593:2: ( rule__Region__BaseAssignment_5_1 )
            // InternalAssign.g:6593:3: rule__Region__BaseAssignment_5_1
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
    // InternalAssign.g:6602:1: rule__Interrupt__Group__0 : rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 ;
    public final void rule__Interrupt__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6606:1: ( rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1 )
            // InternalAssign.g:6607:2: rule__Interrupt__Group__0__Impl rule__Interrupt__Group__1
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
    // InternalAssign.g:6614:1: rule__Interrupt__Group__0__Impl : ( 'irq' ) ;
    public final void rule__Interrupt__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6618:1: ( ( 'irq' ) )
            // InternalAssign.g:6619:1: ( 'irq' )
            {
            // InternalAssign.g:6619:1: ( 'irq' )
            // InternalAssign.g:6620:2: 'irq'
            {
             before(grammarAccess.getInterruptAccess().getIrqKeyword_0()); 
            match(input,36,FOLLOW_2); 
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
    // InternalAssign.g:6629:1: rule__Interrupt__Group__1 : rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 ;
    public final void rule__Interrupt__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6633:1: ( rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2 )
            // InternalAssign.g:6634:2: rule__Interrupt__Group__1__Impl rule__Interrupt__Group__2
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
    // InternalAssign.g:6641:1: rule__Interrupt__Group__1__Impl : ( ( rule__Interrupt__KindAssignment_1 ) ) ;
    public final void rule__Interrupt__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6645:1: ( ( ( rule__Interrupt__KindAssignment_1 ) ) )
            // InternalAssign.g:6646:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            {
            // InternalAssign.g:6646:1: ( ( rule__Interrupt__KindAssignment_1 ) )
            // InternalAssign.g:6647:2: ( rule__Interrupt__KindAssignment_1 )
            {
             before(grammarAccess.getInterruptAccess().getKindAssignment_1()); 
            // InternalAssign.g:6648:2: ( rule__Interrupt__KindAssignment_1 )
            // InternalAssign.g:6648:3: rule__Interrupt__KindAssignment_1
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
    // InternalAssign.g:6656:1: rule__Interrupt__Group__2 : rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 ;
    public final void rule__Interrupt__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6660:1: ( rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3 )
            // InternalAssign.g:6661:2: rule__Interrupt__Group__2__Impl rule__Interrupt__Group__3
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
    // InternalAssign.g:6668:1: rule__Interrupt__Group__2__Impl : ( 'index' ) ;
    public final void rule__Interrupt__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6672:1: ( ( 'index' ) )
            // InternalAssign.g:6673:1: ( 'index' )
            {
            // InternalAssign.g:6673:1: ( 'index' )
            // InternalAssign.g:6674:2: 'index'
            {
             before(grammarAccess.getInterruptAccess().getIndexKeyword_2()); 
            match(input,106,FOLLOW_2); 
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
    // InternalAssign.g:6683:1: rule__Interrupt__Group__3 : rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 ;
    public final void rule__Interrupt__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6687:1: ( rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4 )
            // InternalAssign.g:6688:2: rule__Interrupt__Group__3__Impl rule__Interrupt__Group__4
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
    // InternalAssign.g:6695:1: rule__Interrupt__Group__3__Impl : ( ( rule__Interrupt__IndexAssignment_3 ) ) ;
    public final void rule__Interrupt__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6699:1: ( ( ( rule__Interrupt__IndexAssignment_3 ) ) )
            // InternalAssign.g:6700:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            {
            // InternalAssign.g:6700:1: ( ( rule__Interrupt__IndexAssignment_3 ) )
            // InternalAssign.g:6701:2: ( rule__Interrupt__IndexAssignment_3 )
            {
             before(grammarAccess.getInterruptAccess().getIndexAssignment_3()); 
            // InternalAssign.g:6702:2: ( rule__Interrupt__IndexAssignment_3 )
            // InternalAssign.g:6702:3: rule__Interrupt__IndexAssignment_3
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
    // InternalAssign.g:6710:1: rule__Interrupt__Group__4 : rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 ;
    public final void rule__Interrupt__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6714:1: ( rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5 )
            // InternalAssign.g:6715:2: rule__Interrupt__Group__4__Impl rule__Interrupt__Group__5
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
    // InternalAssign.g:6722:1: rule__Interrupt__Group__4__Impl : ( ( rule__Interrupt__Group_4__0 )? ) ;
    public final void rule__Interrupt__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6726:1: ( ( ( rule__Interrupt__Group_4__0 )? ) )
            // InternalAssign.g:6727:1: ( ( rule__Interrupt__Group_4__0 )? )
            {
            // InternalAssign.g:6727:1: ( ( rule__Interrupt__Group_4__0 )? )
            // InternalAssign.g:6728:2: ( rule__Interrupt__Group_4__0 )?
            {
             before(grammarAccess.getInterruptAccess().getGroup_4()); 
            // InternalAssign.g:6729:2: ( rule__Interrupt__Group_4__0 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==101) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalAssign.g:6729:3: rule__Interrupt__Group_4__0
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
    // InternalAssign.g:6737:1: rule__Interrupt__Group__5 : rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 ;
    public final void rule__Interrupt__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6741:1: ( rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6 )
            // InternalAssign.g:6742:2: rule__Interrupt__Group__5__Impl rule__Interrupt__Group__6
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
    // InternalAssign.g:6749:1: rule__Interrupt__Group__5__Impl : ( ( rule__Interrupt__EventfdAssignment_5 )? ) ;
    public final void rule__Interrupt__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6753:1: ( ( ( rule__Interrupt__EventfdAssignment_5 )? ) )
            // InternalAssign.g:6754:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            {
            // InternalAssign.g:6754:1: ( ( rule__Interrupt__EventfdAssignment_5 )? )
            // InternalAssign.g:6755:2: ( rule__Interrupt__EventfdAssignment_5 )?
            {
             before(grammarAccess.getInterruptAccess().getEventfdAssignment_5()); 
            // InternalAssign.g:6756:2: ( rule__Interrupt__EventfdAssignment_5 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==90) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalAssign.g:6756:3: rule__Interrupt__EventfdAssignment_5
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
    // InternalAssign.g:6764:1: rule__Interrupt__Group__6 : rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 ;
    public final void rule__Interrupt__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6768:1: ( rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7 )
            // InternalAssign.g:6769:2: rule__Interrupt__Group__6__Impl rule__Interrupt__Group__7
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
    // InternalAssign.g:6776:1: rule__Interrupt__Group__6__Impl : ( ( rule__Interrupt__MaskableAssignment_6 )? ) ;
    public final void rule__Interrupt__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6780:1: ( ( ( rule__Interrupt__MaskableAssignment_6 )? ) )
            // InternalAssign.g:6781:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            {
            // InternalAssign.g:6781:1: ( ( rule__Interrupt__MaskableAssignment_6 )? )
            // InternalAssign.g:6782:2: ( rule__Interrupt__MaskableAssignment_6 )?
            {
             before(grammarAccess.getInterruptAccess().getMaskableAssignment_6()); 
            // InternalAssign.g:6783:2: ( rule__Interrupt__MaskableAssignment_6 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==83) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalAssign.g:6783:3: rule__Interrupt__MaskableAssignment_6
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
    // InternalAssign.g:6791:1: rule__Interrupt__Group__7 : rule__Interrupt__Group__7__Impl ;
    public final void rule__Interrupt__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6795:1: ( rule__Interrupt__Group__7__Impl )
            // InternalAssign.g:6796:2: rule__Interrupt__Group__7__Impl
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
    // InternalAssign.g:6802:1: rule__Interrupt__Group__7__Impl : ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) ;
    public final void rule__Interrupt__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6806:1: ( ( ( rule__Interrupt__AutomaskedAssignment_7 )? ) )
            // InternalAssign.g:6807:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            {
            // InternalAssign.g:6807:1: ( ( rule__Interrupt__AutomaskedAssignment_7 )? )
            // InternalAssign.g:6808:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAssignment_7()); 
            // InternalAssign.g:6809:2: ( rule__Interrupt__AutomaskedAssignment_7 )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==84) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalAssign.g:6809:3: rule__Interrupt__AutomaskedAssignment_7
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
    // InternalAssign.g:6818:1: rule__Interrupt__Group_4__0 : rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 ;
    public final void rule__Interrupt__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6822:1: ( rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1 )
            // InternalAssign.g:6823:2: rule__Interrupt__Group_4__0__Impl rule__Interrupt__Group_4__1
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
    // InternalAssign.g:6830:1: rule__Interrupt__Group_4__0__Impl : ( 'count' ) ;
    public final void rule__Interrupt__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6834:1: ( ( 'count' ) )
            // InternalAssign.g:6835:1: ( 'count' )
            {
            // InternalAssign.g:6835:1: ( 'count' )
            // InternalAssign.g:6836:2: 'count'
            {
             before(grammarAccess.getInterruptAccess().getCountKeyword_4_0()); 
            match(input,101,FOLLOW_2); 
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
    // InternalAssign.g:6845:1: rule__Interrupt__Group_4__1 : rule__Interrupt__Group_4__1__Impl ;
    public final void rule__Interrupt__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6849:1: ( rule__Interrupt__Group_4__1__Impl )
            // InternalAssign.g:6850:2: rule__Interrupt__Group_4__1__Impl
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
    // InternalAssign.g:6856:1: rule__Interrupt__Group_4__1__Impl : ( ( rule__Interrupt__CountAssignment_4_1 ) ) ;
    public final void rule__Interrupt__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6860:1: ( ( ( rule__Interrupt__CountAssignment_4_1 ) ) )
            // InternalAssign.g:6861:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            {
            // InternalAssign.g:6861:1: ( ( rule__Interrupt__CountAssignment_4_1 ) )
            // InternalAssign.g:6862:2: ( rule__Interrupt__CountAssignment_4_1 )
            {
             before(grammarAccess.getInterruptAccess().getCountAssignment_4_1()); 
            // InternalAssign.g:6863:2: ( rule__Interrupt__CountAssignment_4_1 )
            // InternalAssign.g:6863:3: rule__Interrupt__CountAssignment_4_1
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
    // InternalAssign.g:6872:1: rule__IommuGroup__Group__0 : rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 ;
    public final void rule__IommuGroup__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6876:1: ( rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1 )
            // InternalAssign.g:6877:2: rule__IommuGroup__Group__0__Impl rule__IommuGroup__Group__1
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
    // InternalAssign.g:6884:1: rule__IommuGroup__Group__0__Impl : ( 'group' ) ;
    public final void rule__IommuGroup__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6888:1: ( ( 'group' ) )
            // InternalAssign.g:6889:1: ( 'group' )
            {
            // InternalAssign.g:6889:1: ( 'group' )
            // InternalAssign.g:6890:2: 'group'
            {
             before(grammarAccess.getIommuGroupAccess().getGroupKeyword_0()); 
            match(input,89,FOLLOW_2); 
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
    // InternalAssign.g:6899:1: rule__IommuGroup__Group__1 : rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 ;
    public final void rule__IommuGroup__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6903:1: ( rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2 )
            // InternalAssign.g:6904:2: rule__IommuGroup__Group__1__Impl rule__IommuGroup__Group__2
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
    // InternalAssign.g:6911:1: rule__IommuGroup__Group__1__Impl : ( ( rule__IommuGroup__IdAssignment_1 ) ) ;
    public final void rule__IommuGroup__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6915:1: ( ( ( rule__IommuGroup__IdAssignment_1 ) ) )
            // InternalAssign.g:6916:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            {
            // InternalAssign.g:6916:1: ( ( rule__IommuGroup__IdAssignment_1 ) )
            // InternalAssign.g:6917:2: ( rule__IommuGroup__IdAssignment_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIdAssignment_1()); 
            // InternalAssign.g:6918:2: ( rule__IommuGroup__IdAssignment_1 )
            // InternalAssign.g:6918:3: rule__IommuGroup__IdAssignment_1
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
    // InternalAssign.g:6926:1: rule__IommuGroup__Group__2 : rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 ;
    public final void rule__IommuGroup__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6930:1: ( rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3 )
            // InternalAssign.g:6931:2: rule__IommuGroup__Group__2__Impl rule__IommuGroup__Group__3
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
    // InternalAssign.g:6938:1: rule__IommuGroup__Group__2__Impl : ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) ;
    public final void rule__IommuGroup__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6942:1: ( ( ( rule__IommuGroup__NoIommuAssignment_2 )? ) )
            // InternalAssign.g:6943:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            {
            // InternalAssign.g:6943:1: ( ( rule__IommuGroup__NoIommuAssignment_2 )? )
            // InternalAssign.g:6944:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuAssignment_2()); 
            // InternalAssign.g:6945:2: ( rule__IommuGroup__NoIommuAssignment_2 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==52) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalAssign.g:6945:3: rule__IommuGroup__NoIommuAssignment_2
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
    // InternalAssign.g:6953:1: rule__IommuGroup__Group__3 : rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 ;
    public final void rule__IommuGroup__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6957:1: ( rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4 )
            // InternalAssign.g:6958:2: rule__IommuGroup__Group__3__Impl rule__IommuGroup__Group__4
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
    // InternalAssign.g:6965:1: rule__IommuGroup__Group__3__Impl : ( ( rule__IommuGroup__Group_3__0 )? ) ;
    public final void rule__IommuGroup__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6969:1: ( ( ( rule__IommuGroup__Group_3__0 )? ) )
            // InternalAssign.g:6970:1: ( ( rule__IommuGroup__Group_3__0 )? )
            {
            // InternalAssign.g:6970:1: ( ( rule__IommuGroup__Group_3__0 )? )
            // InternalAssign.g:6971:2: ( rule__IommuGroup__Group_3__0 )?
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3()); 
            // InternalAssign.g:6972:2: ( rule__IommuGroup__Group_3__0 )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==64) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalAssign.g:6972:3: rule__IommuGroup__Group_3__0
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
    // InternalAssign.g:6980:1: rule__IommuGroup__Group__4 : rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 ;
    public final void rule__IommuGroup__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6984:1: ( rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5 )
            // InternalAssign.g:6985:2: rule__IommuGroup__Group__4__Impl rule__IommuGroup__Group__5
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
    // InternalAssign.g:6992:1: rule__IommuGroup__Group__4__Impl : ( '{' ) ;
    public final void rule__IommuGroup__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:6996:1: ( ( '{' ) )
            // InternalAssign.g:6997:1: ( '{' )
            {
            // InternalAssign.g:6997:1: ( '{' )
            // InternalAssign.g:6998:2: '{'
            {
             before(grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_4()); 
            match(input,94,FOLLOW_2); 
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
    // InternalAssign.g:7007:1: rule__IommuGroup__Group__5 : rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 ;
    public final void rule__IommuGroup__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7011:1: ( rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6 )
            // InternalAssign.g:7012:2: rule__IommuGroup__Group__5__Impl rule__IommuGroup__Group__6
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
    // InternalAssign.g:7019:1: rule__IommuGroup__Group__5__Impl : ( ( rule__IommuGroup__DevicesAssignment_5 )* ) ;
    public final void rule__IommuGroup__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7023:1: ( ( ( rule__IommuGroup__DevicesAssignment_5 )* ) )
            // InternalAssign.g:7024:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            {
            // InternalAssign.g:7024:1: ( ( rule__IommuGroup__DevicesAssignment_5 )* )
            // InternalAssign.g:7025:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesAssignment_5()); 
            // InternalAssign.g:7026:2: ( rule__IommuGroup__DevicesAssignment_5 )*
            loop60:
            do {
                int alt60=2;
                int LA60_0 = input.LA(1);

                if ( ((LA60_0>=RULE_STRING && LA60_0<=RULE_ID)||(LA60_0>=14 && LA60_0<=84)) ) {
                    alt60=1;
                }


                switch (alt60) {
            	case 1 :
            	    // InternalAssign.g:7026:3: rule__IommuGroup__DevicesAssignment_5
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
    // InternalAssign.g:7034:1: rule__IommuGroup__Group__6 : rule__IommuGroup__Group__6__Impl ;
    public final void rule__IommuGroup__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7038:1: ( rule__IommuGroup__Group__6__Impl )
            // InternalAssign.g:7039:2: rule__IommuGroup__Group__6__Impl
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
    // InternalAssign.g:7045:1: rule__IommuGroup__Group__6__Impl : ( '}' ) ;
    public final void rule__IommuGroup__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7049:1: ( ( '}' ) )
            // InternalAssign.g:7050:1: ( '}' )
            {
            // InternalAssign.g:7050:1: ( '}' )
            // InternalAssign.g:7051:2: '}'
            {
             before(grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_6()); 
            match(input,95,FOLLOW_2); 
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
    // InternalAssign.g:7061:1: rule__IommuGroup__Group_3__0 : rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 ;
    public final void rule__IommuGroup__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7065:1: ( rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1 )
            // InternalAssign.g:7066:2: rule__IommuGroup__Group_3__0__Impl rule__IommuGroup__Group_3__1
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
    // InternalAssign.g:7073:1: rule__IommuGroup__Group_3__0__Impl : ( 'iova' ) ;
    public final void rule__IommuGroup__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7077:1: ( ( 'iova' ) )
            // InternalAssign.g:7078:1: ( 'iova' )
            {
            // InternalAssign.g:7078:1: ( 'iova' )
            // InternalAssign.g:7079:2: 'iova'
            {
             before(grammarAccess.getIommuGroupAccess().getIovaKeyword_3_0()); 
            match(input,64,FOLLOW_2); 
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
    // InternalAssign.g:7088:1: rule__IommuGroup__Group_3__1 : rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 ;
    public final void rule__IommuGroup__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7092:1: ( rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2 )
            // InternalAssign.g:7093:2: rule__IommuGroup__Group_3__1__Impl rule__IommuGroup__Group_3__2
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
    // InternalAssign.g:7100:1: rule__IommuGroup__Group_3__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) ;
    public final void rule__IommuGroup__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7104:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) ) )
            // InternalAssign.g:7105:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            {
            // InternalAssign.g:7105:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_1 ) )
            // InternalAssign.g:7106:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_1()); 
            // InternalAssign.g:7107:2: ( rule__IommuGroup__IovaRangesAssignment_3_1 )
            // InternalAssign.g:7107:3: rule__IommuGroup__IovaRangesAssignment_3_1
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
    // InternalAssign.g:7115:1: rule__IommuGroup__Group_3__2 : rule__IommuGroup__Group_3__2__Impl ;
    public final void rule__IommuGroup__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7119:1: ( rule__IommuGroup__Group_3__2__Impl )
            // InternalAssign.g:7120:2: rule__IommuGroup__Group_3__2__Impl
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
    // InternalAssign.g:7126:1: rule__IommuGroup__Group_3__2__Impl : ( ( rule__IommuGroup__Group_3_2__0 )* ) ;
    public final void rule__IommuGroup__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7130:1: ( ( ( rule__IommuGroup__Group_3_2__0 )* ) )
            // InternalAssign.g:7131:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            {
            // InternalAssign.g:7131:1: ( ( rule__IommuGroup__Group_3_2__0 )* )
            // InternalAssign.g:7132:2: ( rule__IommuGroup__Group_3_2__0 )*
            {
             before(grammarAccess.getIommuGroupAccess().getGroup_3_2()); 
            // InternalAssign.g:7133:2: ( rule__IommuGroup__Group_3_2__0 )*
            loop61:
            do {
                int alt61=2;
                int LA61_0 = input.LA(1);

                if ( (LA61_0==105) ) {
                    alt61=1;
                }


                switch (alt61) {
            	case 1 :
            	    // InternalAssign.g:7133:3: rule__IommuGroup__Group_3_2__0
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
    // InternalAssign.g:7142:1: rule__IommuGroup__Group_3_2__0 : rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 ;
    public final void rule__IommuGroup__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7146:1: ( rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1 )
            // InternalAssign.g:7147:2: rule__IommuGroup__Group_3_2__0__Impl rule__IommuGroup__Group_3_2__1
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
    // InternalAssign.g:7154:1: rule__IommuGroup__Group_3_2__0__Impl : ( ',' ) ;
    public final void rule__IommuGroup__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7158:1: ( ( ',' ) )
            // InternalAssign.g:7159:1: ( ',' )
            {
            // InternalAssign.g:7159:1: ( ',' )
            // InternalAssign.g:7160:2: ','
            {
             before(grammarAccess.getIommuGroupAccess().getCommaKeyword_3_2_0()); 
            match(input,105,FOLLOW_2); 
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
    // InternalAssign.g:7169:1: rule__IommuGroup__Group_3_2__1 : rule__IommuGroup__Group_3_2__1__Impl ;
    public final void rule__IommuGroup__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7173:1: ( rule__IommuGroup__Group_3_2__1__Impl )
            // InternalAssign.g:7174:2: rule__IommuGroup__Group_3_2__1__Impl
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
    // InternalAssign.g:7180:1: rule__IommuGroup__Group_3_2__1__Impl : ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) ;
    public final void rule__IommuGroup__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7184:1: ( ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) ) )
            // InternalAssign.g:7185:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            {
            // InternalAssign.g:7185:1: ( ( rule__IommuGroup__IovaRangesAssignment_3_2_1 ) )
            // InternalAssign.g:7186:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            {
             before(grammarAccess.getIommuGroupAccess().getIovaRangesAssignment_3_2_1()); 
            // InternalAssign.g:7187:2: ( rule__IommuGroup__IovaRangesAssignment_3_2_1 )
            // InternalAssign.g:7187:3: rule__IommuGroup__IovaRangesAssignment_3_2_1
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
    // InternalAssign.g:7196:1: rule__IovaRange__Group__0 : rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 ;
    public final void rule__IovaRange__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7200:1: ( rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1 )
            // InternalAssign.g:7201:2: rule__IovaRange__Group__0__Impl rule__IovaRange__Group__1
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
    // InternalAssign.g:7208:1: rule__IovaRange__Group__0__Impl : ( ( rule__IovaRange__StartAssignment_0 ) ) ;
    public final void rule__IovaRange__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7212:1: ( ( ( rule__IovaRange__StartAssignment_0 ) ) )
            // InternalAssign.g:7213:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            {
            // InternalAssign.g:7213:1: ( ( rule__IovaRange__StartAssignment_0 ) )
            // InternalAssign.g:7214:2: ( rule__IovaRange__StartAssignment_0 )
            {
             before(grammarAccess.getIovaRangeAccess().getStartAssignment_0()); 
            // InternalAssign.g:7215:2: ( rule__IovaRange__StartAssignment_0 )
            // InternalAssign.g:7215:3: rule__IovaRange__StartAssignment_0
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
    // InternalAssign.g:7223:1: rule__IovaRange__Group__1 : rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 ;
    public final void rule__IovaRange__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7227:1: ( rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2 )
            // InternalAssign.g:7228:2: rule__IovaRange__Group__1__Impl rule__IovaRange__Group__2
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
    // InternalAssign.g:7235:1: rule__IovaRange__Group__1__Impl : ( '..' ) ;
    public final void rule__IovaRange__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7239:1: ( ( '..' ) )
            // InternalAssign.g:7240:1: ( '..' )
            {
            // InternalAssign.g:7240:1: ( '..' )
            // InternalAssign.g:7241:2: '..'
            {
             before(grammarAccess.getIovaRangeAccess().getFullStopFullStopKeyword_1()); 
            match(input,100,FOLLOW_2); 
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
    // InternalAssign.g:7250:1: rule__IovaRange__Group__2 : rule__IovaRange__Group__2__Impl ;
    public final void rule__IovaRange__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7254:1: ( rule__IovaRange__Group__2__Impl )
            // InternalAssign.g:7255:2: rule__IovaRange__Group__2__Impl
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
    // InternalAssign.g:7261:1: rule__IovaRange__Group__2__Impl : ( ( rule__IovaRange__LastAssignment_2 ) ) ;
    public final void rule__IovaRange__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7265:1: ( ( ( rule__IovaRange__LastAssignment_2 ) ) )
            // InternalAssign.g:7266:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            {
            // InternalAssign.g:7266:1: ( ( rule__IovaRange__LastAssignment_2 ) )
            // InternalAssign.g:7267:2: ( rule__IovaRange__LastAssignment_2 )
            {
             before(grammarAccess.getIovaRangeAccess().getLastAssignment_2()); 
            // InternalAssign.g:7268:2: ( rule__IovaRange__LastAssignment_2 )
            // InternalAssign.g:7268:3: rule__IovaRange__LastAssignment_2
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
    // InternalAssign.g:7277:1: rule__MemberRef__Group__0 : rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 ;
    public final void rule__MemberRef__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7281:1: ( rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1 )
            // InternalAssign.g:7282:2: rule__MemberRef__Group__0__Impl rule__MemberRef__Group__1
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
    // InternalAssign.g:7289:1: rule__MemberRef__Group__0__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7293:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:7294:1: ( ruleMemberPart )
            {
            // InternalAssign.g:7294:1: ( ruleMemberPart )
            // InternalAssign.g:7295:2: ruleMemberPart
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
    // InternalAssign.g:7304:1: rule__MemberRef__Group__1 : rule__MemberRef__Group__1__Impl ;
    public final void rule__MemberRef__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7308:1: ( rule__MemberRef__Group__1__Impl )
            // InternalAssign.g:7309:2: rule__MemberRef__Group__1__Impl
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
    // InternalAssign.g:7315:1: rule__MemberRef__Group__1__Impl : ( ( rule__MemberRef__Group_1__0 )? ) ;
    public final void rule__MemberRef__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7319:1: ( ( ( rule__MemberRef__Group_1__0 )? ) )
            // InternalAssign.g:7320:1: ( ( rule__MemberRef__Group_1__0 )? )
            {
            // InternalAssign.g:7320:1: ( ( rule__MemberRef__Group_1__0 )? )
            // InternalAssign.g:7321:2: ( rule__MemberRef__Group_1__0 )?
            {
             before(grammarAccess.getMemberRefAccess().getGroup_1()); 
            // InternalAssign.g:7322:2: ( rule__MemberRef__Group_1__0 )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==97) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalAssign.g:7322:3: rule__MemberRef__Group_1__0
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
    // InternalAssign.g:7331:1: rule__MemberRef__Group_1__0 : rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 ;
    public final void rule__MemberRef__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7335:1: ( rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1 )
            // InternalAssign.g:7336:2: rule__MemberRef__Group_1__0__Impl rule__MemberRef__Group_1__1
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
    // InternalAssign.g:7343:1: rule__MemberRef__Group_1__0__Impl : ( '.' ) ;
    public final void rule__MemberRef__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7347:1: ( ( '.' ) )
            // InternalAssign.g:7348:1: ( '.' )
            {
            // InternalAssign.g:7348:1: ( '.' )
            // InternalAssign.g:7349:2: '.'
            {
             before(grammarAccess.getMemberRefAccess().getFullStopKeyword_1_0()); 
            match(input,97,FOLLOW_2); 
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
    // InternalAssign.g:7358:1: rule__MemberRef__Group_1__1 : rule__MemberRef__Group_1__1__Impl ;
    public final void rule__MemberRef__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7362:1: ( rule__MemberRef__Group_1__1__Impl )
            // InternalAssign.g:7363:2: rule__MemberRef__Group_1__1__Impl
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
    // InternalAssign.g:7369:1: rule__MemberRef__Group_1__1__Impl : ( ruleMemberPart ) ;
    public final void rule__MemberRef__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7373:1: ( ( ruleMemberPart ) )
            // InternalAssign.g:7374:1: ( ruleMemberPart )
            {
            // InternalAssign.g:7374:1: ( ruleMemberPart )
            // InternalAssign.g:7375:2: ruleMemberPart
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
    // InternalAssign.g:7385:1: rule__Size__Group__0 : rule__Size__Group__0__Impl rule__Size__Group__1 ;
    public final void rule__Size__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7389:1: ( rule__Size__Group__0__Impl rule__Size__Group__1 )
            // InternalAssign.g:7390:2: rule__Size__Group__0__Impl rule__Size__Group__1
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
    // InternalAssign.g:7397:1: rule__Size__Group__0__Impl : ( ruleNumber ) ;
    public final void rule__Size__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7401:1: ( ( ruleNumber ) )
            // InternalAssign.g:7402:1: ( ruleNumber )
            {
            // InternalAssign.g:7402:1: ( ruleNumber )
            // InternalAssign.g:7403:2: ruleNumber
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
    // InternalAssign.g:7412:1: rule__Size__Group__1 : rule__Size__Group__1__Impl ;
    public final void rule__Size__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7416:1: ( rule__Size__Group__1__Impl )
            // InternalAssign.g:7417:2: rule__Size__Group__1__Impl
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
    // InternalAssign.g:7423:1: rule__Size__Group__1__Impl : ( ( rule__Size__Alternatives_1 )? ) ;
    public final void rule__Size__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7427:1: ( ( ( rule__Size__Alternatives_1 )? ) )
            // InternalAssign.g:7428:1: ( ( rule__Size__Alternatives_1 )? )
            {
            // InternalAssign.g:7428:1: ( ( rule__Size__Alternatives_1 )? )
            // InternalAssign.g:7429:2: ( rule__Size__Alternatives_1 )?
            {
             before(grammarAccess.getSizeAccess().getAlternatives_1()); 
            // InternalAssign.g:7430:2: ( rule__Size__Alternatives_1 )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( ((LA63_0>=85 && LA63_0<=88)) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalAssign.g:7430:3: rule__Size__Alternatives_1
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
    // InternalAssign.g:7439:1: rule__VmGuest__UnorderedGroup_2_1 : ( rule__VmGuest__UnorderedGroup_2_1__0 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7444:1: ( ( rule__VmGuest__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7445:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7445:2: ( rule__VmGuest__UnorderedGroup_2_1__0 )?
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
                    // InternalAssign.g:7445:2: rule__VmGuest__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7453:1: rule__VmGuest__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) ;
    public final void rule__VmGuest__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7458:1: ( ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) ) )
            // InternalAssign.g:7459:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
            {
            // InternalAssign.g:7459:3: ( ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) ) | ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) ) )
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
                    // InternalAssign.g:7460:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7460:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7461:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7461:105: ( ( ( rule__VmGuest__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7462:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7468:5: ( ( rule__VmGuest__Group_2_1_0__0 ) )
                    // InternalAssign.g:7469:6: ( rule__VmGuest__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7470:6: ( rule__VmGuest__Group_2_1_0__0 )
                    // InternalAssign.g:7470:7: rule__VmGuest__Group_2_1_0__0
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
                    // InternalAssign.g:7475:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7475:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7476:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7476:105: ( ( ( rule__VmGuest__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7477:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7483:5: ( ( rule__VmGuest__Group_2_1_1__0 ) )
                    // InternalAssign.g:7484:6: ( rule__VmGuest__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7485:6: ( rule__VmGuest__Group_2_1_1__0 )
                    // InternalAssign.g:7485:7: rule__VmGuest__Group_2_1_1__0
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
                    // InternalAssign.g:7490:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7490:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7491:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7491:105: ( ( ( rule__VmGuest__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7492:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7498:5: ( ( rule__VmGuest__Group_2_1_2__0 ) )
                    // InternalAssign.g:7499:6: ( rule__VmGuest__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7500:6: ( rule__VmGuest__Group_2_1_2__0 )
                    // InternalAssign.g:7500:7: rule__VmGuest__Group_2_1_2__0
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
                    // InternalAssign.g:7505:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7505:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7506:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7506:105: ( ( ( rule__VmGuest__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7507:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7513:5: ( ( rule__VmGuest__Group_2_1_3__0 ) )
                    // InternalAssign.g:7514:6: ( rule__VmGuest__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7515:6: ( rule__VmGuest__Group_2_1_3__0 )
                    // InternalAssign.g:7515:7: rule__VmGuest__Group_2_1_3__0
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
                    // InternalAssign.g:7520:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    {
                    // InternalAssign.g:7520:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) ) )
                    // InternalAssign.g:7521:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4)");
                    }
                    // InternalAssign.g:7521:105: ( ( ( rule__VmGuest__Group_2_1_4__0 ) ) )
                    // InternalAssign.g:7522:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7528:5: ( ( rule__VmGuest__Group_2_1_4__0 ) )
                    // InternalAssign.g:7529:6: ( rule__VmGuest__Group_2_1_4__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_4()); 
                    // InternalAssign.g:7530:6: ( rule__VmGuest__Group_2_1_4__0 )
                    // InternalAssign.g:7530:7: rule__VmGuest__Group_2_1_4__0
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
                    // InternalAssign.g:7535:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    {
                    // InternalAssign.g:7535:3: ({...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) ) )
                    // InternalAssign.g:7536:4: {...}? => ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                        throw new FailedPredicateException(input, "rule__VmGuest__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5)");
                    }
                    // InternalAssign.g:7536:105: ( ( ( rule__VmGuest__Group_2_1_5__0 ) ) )
                    // InternalAssign.g:7537:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7543:5: ( ( rule__VmGuest__Group_2_1_5__0 ) )
                    // InternalAssign.g:7544:6: ( rule__VmGuest__Group_2_1_5__0 )
                    {
                     before(grammarAccess.getVmGuestAccess().getGroup_2_1_5()); 
                    // InternalAssign.g:7545:6: ( rule__VmGuest__Group_2_1_5__0 )
                    // InternalAssign.g:7545:7: rule__VmGuest__Group_2_1_5__0
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
    // InternalAssign.g:7558:1: rule__VmGuest__UnorderedGroup_2_1__0 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7562:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7563:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7564:2: ( rule__VmGuest__UnorderedGroup_2_1__1 )?
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
                    // InternalAssign.g:7564:2: rule__VmGuest__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7570:1: rule__VmGuest__UnorderedGroup_2_1__1 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7574:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7575:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7576:2: ( rule__VmGuest__UnorderedGroup_2_1__2 )?
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
                    // InternalAssign.g:7576:2: rule__VmGuest__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7582:1: rule__VmGuest__UnorderedGroup_2_1__2 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7586:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7587:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7588:2: ( rule__VmGuest__UnorderedGroup_2_1__3 )?
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
                    // InternalAssign.g:7588:2: rule__VmGuest__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7594:1: rule__VmGuest__UnorderedGroup_2_1__3 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7598:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )? )
            // InternalAssign.g:7599:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__4 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7600:2: ( rule__VmGuest__UnorderedGroup_2_1__4 )?
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
                    // InternalAssign.g:7600:2: rule__VmGuest__UnorderedGroup_2_1__4
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
    // InternalAssign.g:7606:1: rule__VmGuest__UnorderedGroup_2_1__4 : rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? ;
    public final void rule__VmGuest__UnorderedGroup_2_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7610:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )? )
            // InternalAssign.g:7611:2: rule__VmGuest__UnorderedGroup_2_1__Impl ( rule__VmGuest__UnorderedGroup_2_1__5 )?
            {
            pushFollow(FOLLOW_60);
            rule__VmGuest__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7612:2: ( rule__VmGuest__UnorderedGroup_2_1__5 )?
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
                    // InternalAssign.g:7612:2: rule__VmGuest__UnorderedGroup_2_1__5
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
    // InternalAssign.g:7618:1: rule__VmGuest__UnorderedGroup_2_1__5 : rule__VmGuest__UnorderedGroup_2_1__Impl ;
    public final void rule__VmGuest__UnorderedGroup_2_1__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7622:1: ( rule__VmGuest__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7623:2: rule__VmGuest__UnorderedGroup_2_1__Impl
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
    // InternalAssign.g:7630:1: rule__UserspaceDriver__UnorderedGroup_2_1 : ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalAssign.g:7635:1: ( ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )? )
            // InternalAssign.g:7636:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
            {
            // InternalAssign.g:7636:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__0 )?
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
                    // InternalAssign.g:7636:2: rule__UserspaceDriver__UnorderedGroup_2_1__0
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
    // InternalAssign.g:7644:1: rule__UserspaceDriver__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7649:1: ( ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) ) )
            // InternalAssign.g:7650:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7650:3: ( ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) ) )
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
                    // InternalAssign.g:7651:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7651:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) ) )
                    // InternalAssign.g:7652:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalAssign.g:7652:113: ( ( ( rule__UserspaceDriver__Group_2_1_0__0 ) ) )
                    // InternalAssign.g:7653:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7659:5: ( ( rule__UserspaceDriver__Group_2_1_0__0 ) )
                    // InternalAssign.g:7660:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_0()); 
                    // InternalAssign.g:7661:6: ( rule__UserspaceDriver__Group_2_1_0__0 )
                    // InternalAssign.g:7661:7: rule__UserspaceDriver__Group_2_1_0__0
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
                    // InternalAssign.g:7666:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7666:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) ) )
                    // InternalAssign.g:7667:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalAssign.g:7667:113: ( ( ( rule__UserspaceDriver__Group_2_1_1__0 ) ) )
                    // InternalAssign.g:7668:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7674:5: ( ( rule__UserspaceDriver__Group_2_1_1__0 ) )
                    // InternalAssign.g:7675:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_1()); 
                    // InternalAssign.g:7676:6: ( rule__UserspaceDriver__Group_2_1_1__0 )
                    // InternalAssign.g:7676:7: rule__UserspaceDriver__Group_2_1_1__0
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
                    // InternalAssign.g:7681:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7681:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) ) )
                    // InternalAssign.g:7682:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalAssign.g:7682:113: ( ( ( rule__UserspaceDriver__Group_2_1_2__0 ) ) )
                    // InternalAssign.g:7683:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7689:5: ( ( rule__UserspaceDriver__Group_2_1_2__0 ) )
                    // InternalAssign.g:7690:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_2()); 
                    // InternalAssign.g:7691:6: ( rule__UserspaceDriver__Group_2_1_2__0 )
                    // InternalAssign.g:7691:7: rule__UserspaceDriver__Group_2_1_2__0
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
                    // InternalAssign.g:7696:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7696:3: ({...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) ) )
                    // InternalAssign.g:7697:4: {...}? => ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__UserspaceDriver__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalAssign.g:7697:113: ( ( ( rule__UserspaceDriver__Group_2_1_3__0 ) ) )
                    // InternalAssign.g:7698:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7704:5: ( ( rule__UserspaceDriver__Group_2_1_3__0 ) )
                    // InternalAssign.g:7705:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getUserspaceDriverAccess().getGroup_2_1_3()); 
                    // InternalAssign.g:7706:6: ( rule__UserspaceDriver__Group_2_1_3__0 )
                    // InternalAssign.g:7706:7: rule__UserspaceDriver__Group_2_1_3__0
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
    // InternalAssign.g:7719:1: rule__UserspaceDriver__UnorderedGroup_2_1__0 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7723:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )? )
            // InternalAssign.g:7724:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_61);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7725:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__1 )?
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
                    // InternalAssign.g:7725:2: rule__UserspaceDriver__UnorderedGroup_2_1__1
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
    // InternalAssign.g:7731:1: rule__UserspaceDriver__UnorderedGroup_2_1__1 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7735:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )? )
            // InternalAssign.g:7736:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_61);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7737:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__2 )?
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
                    // InternalAssign.g:7737:2: rule__UserspaceDriver__UnorderedGroup_2_1__2
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
    // InternalAssign.g:7743:1: rule__UserspaceDriver__UnorderedGroup_2_1__2 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7747:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )? )
            // InternalAssign.g:7748:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_61);
            rule__UserspaceDriver__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalAssign.g:7749:2: ( rule__UserspaceDriver__UnorderedGroup_2_1__3 )?
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
                    // InternalAssign.g:7749:2: rule__UserspaceDriver__UnorderedGroup_2_1__3
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
    // InternalAssign.g:7755:1: rule__UserspaceDriver__UnorderedGroup_2_1__3 : rule__UserspaceDriver__UnorderedGroup_2_1__Impl ;
    public final void rule__UserspaceDriver__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7759:1: ( rule__UserspaceDriver__UnorderedGroup_2_1__Impl )
            // InternalAssign.g:7760:2: rule__UserspaceDriver__UnorderedGroup_2_1__Impl
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
    // InternalAssign.g:7767:1: rule__Assignment__UnorderedGroup_4_1 : ( rule__Assignment__UnorderedGroup_4_1__0 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
        	
        try {
            // InternalAssign.g:7772:1: ( ( rule__Assignment__UnorderedGroup_4_1__0 )? )
            // InternalAssign.g:7773:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
            {
            // InternalAssign.g:7773:2: ( rule__Assignment__UnorderedGroup_4_1__0 )?
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
            switch (alt76) {
                case 1 :
                    // InternalAssign.g:7773:2: rule__Assignment__UnorderedGroup_4_1__0
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
    // InternalAssign.g:7781:1: rule__Assignment__UnorderedGroup_4_1__Impl : ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) ) ;
    public final void rule__Assignment__UnorderedGroup_4_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7786:1: ( ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) ) )
            // InternalAssign.g:7787:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) )
            {
            // InternalAssign.g:7787:3: ( ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) ) )
            int alt77=4;
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
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 77, 0, input);

                throw nvae;
            }
            switch (alt77) {
                case 1 :
                    // InternalAssign.g:7788:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7788:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) ) )
                    // InternalAssign.g:7789:4: {...}? => ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0)");
                    }
                    // InternalAssign.g:7789:108: ( ( ( rule__Assignment__Group_4_1_0__0 ) ) )
                    // InternalAssign.g:7790:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7796:5: ( ( rule__Assignment__Group_4_1_0__0 ) )
                    // InternalAssign.g:7797:6: ( rule__Assignment__Group_4_1_0__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_0()); 
                    // InternalAssign.g:7798:6: ( rule__Assignment__Group_4_1_0__0 )
                    // InternalAssign.g:7798:7: rule__Assignment__Group_4_1_0__0
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
                    // InternalAssign.g:7803:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7803:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) ) )
                    // InternalAssign.g:7804:4: {...}? => ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1)");
                    }
                    // InternalAssign.g:7804:108: ( ( ( rule__Assignment__Group_4_1_1__0 ) ) )
                    // InternalAssign.g:7805:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7811:5: ( ( rule__Assignment__Group_4_1_1__0 ) )
                    // InternalAssign.g:7812:6: ( rule__Assignment__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_1()); 
                    // InternalAssign.g:7813:6: ( rule__Assignment__Group_4_1_1__0 )
                    // InternalAssign.g:7813:7: rule__Assignment__Group_4_1_1__0
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
                    // InternalAssign.g:7818:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7818:3: ({...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) ) )
                    // InternalAssign.g:7819:4: {...}? => ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2)");
                    }
                    // InternalAssign.g:7819:108: ( ( ( rule__Assignment__Group_4_1_2__0 ) ) )
                    // InternalAssign.g:7820:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7826:5: ( ( rule__Assignment__Group_4_1_2__0 ) )
                    // InternalAssign.g:7827:6: ( rule__Assignment__Group_4_1_2__0 )
                    {
                     before(grammarAccess.getAssignmentAccess().getGroup_4_1_2()); 
                    // InternalAssign.g:7828:6: ( rule__Assignment__Group_4_1_2__0 )
                    // InternalAssign.g:7828:7: rule__Assignment__Group_4_1_2__0
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
                    // InternalAssign.g:7833:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    {
                    // InternalAssign.g:7833:3: ({...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) ) )
                    // InternalAssign.g:7834:4: {...}? => ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Assignment__UnorderedGroup_4_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3)");
                    }
                    // InternalAssign.g:7834:108: ( ( ( rule__Assignment__PersistentAssignment_4_1_3 ) ) )
                    // InternalAssign.g:7835:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7841:5: ( ( rule__Assignment__PersistentAssignment_4_1_3 ) )
                    // InternalAssign.g:7842:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    {
                     before(grammarAccess.getAssignmentAccess().getPersistentAssignment_4_1_3()); 
                    // InternalAssign.g:7843:6: ( rule__Assignment__PersistentAssignment_4_1_3 )
                    // InternalAssign.g:7843:7: rule__Assignment__PersistentAssignment_4_1_3
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
    // InternalAssign.g:7856:1: rule__Assignment__UnorderedGroup_4_1__0 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7860:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )? )
            // InternalAssign.g:7861:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__1 )?
            {
            pushFollow(FOLLOW_62);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7862:2: ( rule__Assignment__UnorderedGroup_4_1__1 )?
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
            switch (alt78) {
                case 1 :
                    // InternalAssign.g:7862:2: rule__Assignment__UnorderedGroup_4_1__1
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
    // InternalAssign.g:7868:1: rule__Assignment__UnorderedGroup_4_1__1 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7872:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )? )
            // InternalAssign.g:7873:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__2 )?
            {
            pushFollow(FOLLOW_62);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7874:2: ( rule__Assignment__UnorderedGroup_4_1__2 )?
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
            switch (alt79) {
                case 1 :
                    // InternalAssign.g:7874:2: rule__Assignment__UnorderedGroup_4_1__2
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
    // InternalAssign.g:7880:1: rule__Assignment__UnorderedGroup_4_1__2 : rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? ;
    public final void rule__Assignment__UnorderedGroup_4_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7884:1: ( rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )? )
            // InternalAssign.g:7885:2: rule__Assignment__UnorderedGroup_4_1__Impl ( rule__Assignment__UnorderedGroup_4_1__3 )?
            {
            pushFollow(FOLLOW_62);
            rule__Assignment__UnorderedGroup_4_1__Impl();

            state._fsp--;

            // InternalAssign.g:7886:2: ( rule__Assignment__UnorderedGroup_4_1__3 )?
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
            switch (alt80) {
                case 1 :
                    // InternalAssign.g:7886:2: rule__Assignment__UnorderedGroup_4_1__3
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
    // InternalAssign.g:7892:1: rule__Assignment__UnorderedGroup_4_1__3 : rule__Assignment__UnorderedGroup_4_1__Impl ;
    public final void rule__Assignment__UnorderedGroup_4_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7896:1: ( rule__Assignment__UnorderedGroup_4_1__Impl )
            // InternalAssign.g:7897:2: rule__Assignment__UnorderedGroup_4_1__Impl
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
    // InternalAssign.g:7904:1: rule__InlineBoard__UnorderedGroup_2 : ( rule__InlineBoard__UnorderedGroup_2__0 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
        	
        try {
            // InternalAssign.g:7909:1: ( ( rule__InlineBoard__UnorderedGroup_2__0 )? )
            // InternalAssign.g:7910:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            {
            // InternalAssign.g:7910:2: ( rule__InlineBoard__UnorderedGroup_2__0 )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( LA81_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt81=1;
            }
            else if ( LA81_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt81=1;
            }
            else if ( LA81_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt81=1;
            }
            else if ( LA81_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalAssign.g:7910:2: rule__InlineBoard__UnorderedGroup_2__0
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
    // InternalAssign.g:7918:1: rule__InlineBoard__UnorderedGroup_2__Impl : ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) ;
    public final void rule__InlineBoard__UnorderedGroup_2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:7923:1: ( ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) ) )
            // InternalAssign.g:7924:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            {
            // InternalAssign.g:7924:3: ( ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) ) | ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) ) )
            int alt82=4;
            int LA82_0 = input.LA(1);

            if ( LA82_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt82=1;
            }
            else if ( LA82_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt82=2;
            }
            else if ( LA82_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt82=3;
            }
            else if ( LA82_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt82=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 82, 0, input);

                throw nvae;
            }
            switch (alt82) {
                case 1 :
                    // InternalAssign.g:7925:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    {
                    // InternalAssign.g:7925:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) ) )
                    // InternalAssign.g:7926:4: {...}? => ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0)");
                    }
                    // InternalAssign.g:7926:107: ( ( ( rule__InlineBoard__Group_2_0__0 ) ) )
                    // InternalAssign.g:7927:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7933:5: ( ( rule__InlineBoard__Group_2_0__0 ) )
                    // InternalAssign.g:7934:6: ( rule__InlineBoard__Group_2_0__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_0()); 
                    // InternalAssign.g:7935:6: ( rule__InlineBoard__Group_2_0__0 )
                    // InternalAssign.g:7935:7: rule__InlineBoard__Group_2_0__0
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
                    // InternalAssign.g:7940:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    {
                    // InternalAssign.g:7940:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) ) )
                    // InternalAssign.g:7941:4: {...}? => ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1)");
                    }
                    // InternalAssign.g:7941:107: ( ( ( rule__InlineBoard__Group_2_1__0 ) ) )
                    // InternalAssign.g:7942:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7948:5: ( ( rule__InlineBoard__Group_2_1__0 ) )
                    // InternalAssign.g:7949:6: ( rule__InlineBoard__Group_2_1__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_1()); 
                    // InternalAssign.g:7950:6: ( rule__InlineBoard__Group_2_1__0 )
                    // InternalAssign.g:7950:7: rule__InlineBoard__Group_2_1__0
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
                    // InternalAssign.g:7955:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    {
                    // InternalAssign.g:7955:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) ) )
                    // InternalAssign.g:7956:4: {...}? => ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2)");
                    }
                    // InternalAssign.g:7956:107: ( ( ( rule__InlineBoard__Group_2_2__0 ) ) )
                    // InternalAssign.g:7957:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7963:5: ( ( rule__InlineBoard__Group_2_2__0 ) )
                    // InternalAssign.g:7964:6: ( rule__InlineBoard__Group_2_2__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_2()); 
                    // InternalAssign.g:7965:6: ( rule__InlineBoard__Group_2_2__0 )
                    // InternalAssign.g:7965:7: rule__InlineBoard__Group_2_2__0
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
                    // InternalAssign.g:7970:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    {
                    // InternalAssign.g:7970:3: ({...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) ) )
                    // InternalAssign.g:7971:4: {...}? => ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                        throw new FailedPredicateException(input, "rule__InlineBoard__UnorderedGroup_2__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3)");
                    }
                    // InternalAssign.g:7971:107: ( ( ( rule__InlineBoard__Group_2_3__0 ) ) )
                    // InternalAssign.g:7972:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:7978:5: ( ( rule__InlineBoard__Group_2_3__0 ) )
                    // InternalAssign.g:7979:6: ( rule__InlineBoard__Group_2_3__0 )
                    {
                     before(grammarAccess.getInlineBoardAccess().getGroup_2_3()); 
                    // InternalAssign.g:7980:6: ( rule__InlineBoard__Group_2_3__0 )
                    // InternalAssign.g:7980:7: rule__InlineBoard__Group_2_3__0
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
    // InternalAssign.g:7993:1: rule__InlineBoard__UnorderedGroup_2__0 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:7997:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )? )
            // InternalAssign.g:7998:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__1 )?
            {
            pushFollow(FOLLOW_63);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:7999:2: ( rule__InlineBoard__UnorderedGroup_2__1 )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( LA83_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt83=1;
            }
            else if ( LA83_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt83=1;
            }
            else if ( LA83_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt83=1;
            }
            else if ( LA83_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalAssign.g:7999:2: rule__InlineBoard__UnorderedGroup_2__1
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
    // InternalAssign.g:8005:1: rule__InlineBoard__UnorderedGroup_2__1 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8009:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )? )
            // InternalAssign.g:8010:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__2 )?
            {
            pushFollow(FOLLOW_63);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:8011:2: ( rule__InlineBoard__UnorderedGroup_2__2 )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( LA84_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt84=1;
            }
            else if ( LA84_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt84=1;
            }
            else if ( LA84_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt84=1;
            }
            else if ( LA84_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalAssign.g:8011:2: rule__InlineBoard__UnorderedGroup_2__2
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
    // InternalAssign.g:8017:1: rule__InlineBoard__UnorderedGroup_2__2 : rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? ;
    public final void rule__InlineBoard__UnorderedGroup_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8021:1: ( rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )? )
            // InternalAssign.g:8022:2: rule__InlineBoard__UnorderedGroup_2__Impl ( rule__InlineBoard__UnorderedGroup_2__3 )?
            {
            pushFollow(FOLLOW_63);
            rule__InlineBoard__UnorderedGroup_2__Impl();

            state._fsp--;

            // InternalAssign.g:8023:2: ( rule__InlineBoard__UnorderedGroup_2__3 )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( LA85_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                alt85=1;
            }
            else if ( LA85_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                alt85=1;
            }
            else if ( LA85_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                alt85=1;
            }
            else if ( LA85_0 == 49 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalAssign.g:8023:2: rule__InlineBoard__UnorderedGroup_2__3
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
    // InternalAssign.g:8029:1: rule__InlineBoard__UnorderedGroup_2__3 : rule__InlineBoard__UnorderedGroup_2__Impl ;
    public final void rule__InlineBoard__UnorderedGroup_2__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8033:1: ( rule__InlineBoard__UnorderedGroup_2__Impl )
            // InternalAssign.g:8034:2: rule__InlineBoard__UnorderedGroup_2__Impl
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
    // InternalAssign.g:8041:1: rule__PciDevice__UnorderedGroup_3 : ( rule__PciDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PciDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:8046:1: ( ( rule__PciDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:8047:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:8047:2: ( rule__PciDevice__UnorderedGroup_3__0 )?
            int alt86=2;
            int LA86_0 = input.LA(1);

            if ( LA86_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt86=1;
            }
            else if ( LA86_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt86=1;
            }
            else if ( LA86_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt86=1;
            }
            else if ( LA86_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt86=1;
            }
            switch (alt86) {
                case 1 :
                    // InternalAssign.g:8047:2: rule__PciDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:8055:1: rule__PciDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) ;
    public final void rule__PciDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:8060:1: ( ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) ) )
            // InternalAssign.g:8061:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            {
            // InternalAssign.g:8061:3: ( ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) ) )
            int alt87=4;
            int LA87_0 = input.LA(1);

            if ( LA87_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt87=1;
            }
            else if ( LA87_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt87=2;
            }
            else if ( LA87_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt87=3;
            }
            else if ( LA87_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt87=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 87, 0, input);

                throw nvae;
            }
            switch (alt87) {
                case 1 :
                    // InternalAssign.g:8062:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:8062:3: ({...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:8063:4: {...}? => ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:8063:105: ( ( ( rule__PciDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:8064:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8070:5: ( ( rule__PciDevice__Group_3_0__0 ) )
                    // InternalAssign.g:8071:6: ( rule__PciDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:8072:6: ( rule__PciDevice__Group_3_0__0 )
                    // InternalAssign.g:8072:7: rule__PciDevice__Group_3_0__0
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
                    // InternalAssign.g:8077:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:8077:3: ({...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:8078:4: {...}? => ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:8078:105: ( ( ( rule__PciDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:8079:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8085:5: ( ( rule__PciDevice__Group_3_1__0 ) )
                    // InternalAssign.g:8086:6: ( rule__PciDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:8087:6: ( rule__PciDevice__Group_3_1__0 )
                    // InternalAssign.g:8087:7: rule__PciDevice__Group_3_1__0
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
                    // InternalAssign.g:8092:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    {
                    // InternalAssign.g:8092:3: ({...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) ) )
                    // InternalAssign.g:8093:4: {...}? => ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2)");
                    }
                    // InternalAssign.g:8093:105: ( ( ( rule__PciDevice__Group_3_2__0 ) ) )
                    // InternalAssign.g:8094:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8100:5: ( ( rule__PciDevice__Group_3_2__0 ) )
                    // InternalAssign.g:8101:6: ( rule__PciDevice__Group_3_2__0 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getGroup_3_2()); 
                    // InternalAssign.g:8102:6: ( rule__PciDevice__Group_3_2__0 )
                    // InternalAssign.g:8102:7: rule__PciDevice__Group_3_2__0
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
                    // InternalAssign.g:8107:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    {
                    // InternalAssign.g:8107:3: ({...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) ) )
                    // InternalAssign.g:8108:4: {...}? => ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PciDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3)");
                    }
                    // InternalAssign.g:8108:105: ( ( ( rule__PciDevice__BridgeAssignment_3_3 ) ) )
                    // InternalAssign.g:8109:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8115:5: ( ( rule__PciDevice__BridgeAssignment_3_3 ) )
                    // InternalAssign.g:8116:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    {
                     before(grammarAccess.getPciDeviceAccess().getBridgeAssignment_3_3()); 
                    // InternalAssign.g:8117:6: ( rule__PciDevice__BridgeAssignment_3_3 )
                    // InternalAssign.g:8117:7: rule__PciDevice__BridgeAssignment_3_3
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
    // InternalAssign.g:8130:1: rule__PciDevice__UnorderedGroup_3__0 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8134:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:8135:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_64);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8136:2: ( rule__PciDevice__UnorderedGroup_3__1 )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( LA88_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt88=1;
            }
            else if ( LA88_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt88=1;
            }
            else if ( LA88_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt88=1;
            }
            else if ( LA88_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalAssign.g:8136:2: rule__PciDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:8142:1: rule__PciDevice__UnorderedGroup_3__1 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8146:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )? )
            // InternalAssign.g:8147:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__2 )?
            {
            pushFollow(FOLLOW_64);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8148:2: ( rule__PciDevice__UnorderedGroup_3__2 )?
            int alt89=2;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt89=1;
            }
            else if ( LA89_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt89=1;
            }
            else if ( LA89_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt89=1;
            }
            else if ( LA89_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt89=1;
            }
            switch (alt89) {
                case 1 :
                    // InternalAssign.g:8148:2: rule__PciDevice__UnorderedGroup_3__2
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
    // InternalAssign.g:8154:1: rule__PciDevice__UnorderedGroup_3__2 : rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? ;
    public final void rule__PciDevice__UnorderedGroup_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8158:1: ( rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )? )
            // InternalAssign.g:8159:2: rule__PciDevice__UnorderedGroup_3__Impl ( rule__PciDevice__UnorderedGroup_3__3 )?
            {
            pushFollow(FOLLOW_64);
            rule__PciDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8160:2: ( rule__PciDevice__UnorderedGroup_3__3 )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( LA90_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt90=1;
            }
            else if ( LA90_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt90=1;
            }
            else if ( LA90_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                alt90=1;
            }
            else if ( LA90_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalAssign.g:8160:2: rule__PciDevice__UnorderedGroup_3__3
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
    // InternalAssign.g:8166:1: rule__PciDevice__UnorderedGroup_3__3 : rule__PciDevice__UnorderedGroup_3__Impl ;
    public final void rule__PciDevice__UnorderedGroup_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8170:1: ( rule__PciDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:8171:2: rule__PciDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:8178:1: rule__PlatformDevice__UnorderedGroup_3 : ( rule__PlatformDevice__UnorderedGroup_3__0 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
        	
        try {
            // InternalAssign.g:8183:1: ( ( rule__PlatformDevice__UnorderedGroup_3__0 )? )
            // InternalAssign.g:8184:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            {
            // InternalAssign.g:8184:2: ( rule__PlatformDevice__UnorderedGroup_3__0 )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( LA91_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt91=1;
            }
            else if ( LA91_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalAssign.g:8184:2: rule__PlatformDevice__UnorderedGroup_3__0
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
    // InternalAssign.g:8192:1: rule__PlatformDevice__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) ;
    public final void rule__PlatformDevice__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:8197:1: ( ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) ) )
            // InternalAssign.g:8198:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            {
            // InternalAssign.g:8198:3: ( ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) ) )
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( LA92_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt92=1;
            }
            else if ( LA92_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt92=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 92, 0, input);

                throw nvae;
            }
            switch (alt92) {
                case 1 :
                    // InternalAssign.g:8199:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    {
                    // InternalAssign.g:8199:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) ) )
                    // InternalAssign.g:8200:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalAssign.g:8200:110: ( ( ( rule__PlatformDevice__Group_3_0__0 ) ) )
                    // InternalAssign.g:8201:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8207:5: ( ( rule__PlatformDevice__Group_3_0__0 ) )
                    // InternalAssign.g:8208:6: ( rule__PlatformDevice__Group_3_0__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_0()); 
                    // InternalAssign.g:8209:6: ( rule__PlatformDevice__Group_3_0__0 )
                    // InternalAssign.g:8209:7: rule__PlatformDevice__Group_3_0__0
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
                    // InternalAssign.g:8214:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    {
                    // InternalAssign.g:8214:3: ({...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) ) )
                    // InternalAssign.g:8215:4: {...}? => ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PlatformDevice__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalAssign.g:8215:110: ( ( ( rule__PlatformDevice__Group_3_1__0 ) ) )
                    // InternalAssign.g:8216:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8222:5: ( ( rule__PlatformDevice__Group_3_1__0 ) )
                    // InternalAssign.g:8223:6: ( rule__PlatformDevice__Group_3_1__0 )
                    {
                     before(grammarAccess.getPlatformDeviceAccess().getGroup_3_1()); 
                    // InternalAssign.g:8224:6: ( rule__PlatformDevice__Group_3_1__0 )
                    // InternalAssign.g:8224:7: rule__PlatformDevice__Group_3_1__0
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
    // InternalAssign.g:8237:1: rule__PlatformDevice__UnorderedGroup_3__0 : rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? ;
    public final void rule__PlatformDevice__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8241:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )? )
            // InternalAssign.g:8242:2: rule__PlatformDevice__UnorderedGroup_3__Impl ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_65);
            rule__PlatformDevice__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalAssign.g:8243:2: ( rule__PlatformDevice__UnorderedGroup_3__1 )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( LA93_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                alt93=1;
            }
            else if ( LA93_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalAssign.g:8243:2: rule__PlatformDevice__UnorderedGroup_3__1
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
    // InternalAssign.g:8249:1: rule__PlatformDevice__UnorderedGroup_3__1 : rule__PlatformDevice__UnorderedGroup_3__Impl ;
    public final void rule__PlatformDevice__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8253:1: ( rule__PlatformDevice__UnorderedGroup_3__Impl )
            // InternalAssign.g:8254:2: rule__PlatformDevice__UnorderedGroup_3__Impl
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
    // InternalAssign.g:8261:1: rule__DeviceFacts__UnorderedGroup_0 : ( rule__DeviceFacts__UnorderedGroup_0__0 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
        	
        try {
            // InternalAssign.g:8266:1: ( ( rule__DeviceFacts__UnorderedGroup_0__0 )? )
            // InternalAssign.g:8267:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            {
            // InternalAssign.g:8267:2: ( rule__DeviceFacts__UnorderedGroup_0__0 )?
            int alt94=2;
            int LA94_0 = input.LA(1);

            if ( LA94_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt94=1;
            }
            else if ( LA94_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt94=1;
            }
            else if ( LA94_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt94=1;
            }
            else if ( LA94_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt94=1;
            }
            switch (alt94) {
                case 1 :
                    // InternalAssign.g:8267:2: rule__DeviceFacts__UnorderedGroup_0__0
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
    // InternalAssign.g:8275:1: rule__DeviceFacts__UnorderedGroup_0__Impl : ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) ;
    public final void rule__DeviceFacts__UnorderedGroup_0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalAssign.g:8280:1: ( ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) ) )
            // InternalAssign.g:8281:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            {
            // InternalAssign.g:8281:3: ( ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) ) | ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) ) )
            int alt95=4;
            int LA95_0 = input.LA(1);

            if ( LA95_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt95=1;
            }
            else if ( LA95_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt95=2;
            }
            else if ( LA95_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt95=3;
            }
            else if ( LA95_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt95=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 95, 0, input);

                throw nvae;
            }
            switch (alt95) {
                case 1 :
                    // InternalAssign.g:8282:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    {
                    // InternalAssign.g:8282:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) ) )
                    // InternalAssign.g:8283:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0)");
                    }
                    // InternalAssign.g:8283:107: ( ( ( rule__DeviceFacts__Group_0_0__0 ) ) )
                    // InternalAssign.g:8284:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8290:5: ( ( rule__DeviceFacts__Group_0_0__0 ) )
                    // InternalAssign.g:8291:6: ( rule__DeviceFacts__Group_0_0__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_0()); 
                    // InternalAssign.g:8292:6: ( rule__DeviceFacts__Group_0_0__0 )
                    // InternalAssign.g:8292:7: rule__DeviceFacts__Group_0_0__0
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
                    // InternalAssign.g:8297:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    {
                    // InternalAssign.g:8297:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) ) )
                    // InternalAssign.g:8298:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1)");
                    }
                    // InternalAssign.g:8298:107: ( ( ( rule__DeviceFacts__Group_0_1__0 ) ) )
                    // InternalAssign.g:8299:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8305:5: ( ( rule__DeviceFacts__Group_0_1__0 ) )
                    // InternalAssign.g:8306:6: ( rule__DeviceFacts__Group_0_1__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_1()); 
                    // InternalAssign.g:8307:6: ( rule__DeviceFacts__Group_0_1__0 )
                    // InternalAssign.g:8307:7: rule__DeviceFacts__Group_0_1__0
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
                    // InternalAssign.g:8312:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    {
                    // InternalAssign.g:8312:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) ) )
                    // InternalAssign.g:8313:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2)");
                    }
                    // InternalAssign.g:8313:107: ( ( ( rule__DeviceFacts__Group_0_2__0 ) ) )
                    // InternalAssign.g:8314:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8320:5: ( ( rule__DeviceFacts__Group_0_2__0 ) )
                    // InternalAssign.g:8321:6: ( rule__DeviceFacts__Group_0_2__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_2()); 
                    // InternalAssign.g:8322:6: ( rule__DeviceFacts__Group_0_2__0 )
                    // InternalAssign.g:8322:7: rule__DeviceFacts__Group_0_2__0
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
                    // InternalAssign.g:8327:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    {
                    // InternalAssign.g:8327:3: ({...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) ) )
                    // InternalAssign.g:8328:4: {...}? => ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                        throw new FailedPredicateException(input, "rule__DeviceFacts__UnorderedGroup_0__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3)");
                    }
                    // InternalAssign.g:8328:107: ( ( ( rule__DeviceFacts__Group_0_3__0 ) ) )
                    // InternalAssign.g:8329:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3);
                    				

                    					selected = true;
                    				
                    // InternalAssign.g:8335:5: ( ( rule__DeviceFacts__Group_0_3__0 ) )
                    // InternalAssign.g:8336:6: ( rule__DeviceFacts__Group_0_3__0 )
                    {
                     before(grammarAccess.getDeviceFactsAccess().getGroup_0_3()); 
                    // InternalAssign.g:8337:6: ( rule__DeviceFacts__Group_0_3__0 )
                    // InternalAssign.g:8337:7: rule__DeviceFacts__Group_0_3__0
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
    // InternalAssign.g:8350:1: rule__DeviceFacts__UnorderedGroup_0__0 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8354:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )? )
            // InternalAssign.g:8355:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            {
            pushFollow(FOLLOW_66);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8356:2: ( rule__DeviceFacts__UnorderedGroup_0__1 )?
            int alt96=2;
            int LA96_0 = input.LA(1);

            if ( LA96_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt96=1;
            }
            else if ( LA96_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt96=1;
            }
            else if ( LA96_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt96=1;
            }
            else if ( LA96_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt96=1;
            }
            switch (alt96) {
                case 1 :
                    // InternalAssign.g:8356:2: rule__DeviceFacts__UnorderedGroup_0__1
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
    // InternalAssign.g:8362:1: rule__DeviceFacts__UnorderedGroup_0__1 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8366:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )? )
            // InternalAssign.g:8367:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            {
            pushFollow(FOLLOW_66);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8368:2: ( rule__DeviceFacts__UnorderedGroup_0__2 )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( LA97_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt97=1;
            }
            else if ( LA97_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt97=1;
            }
            else if ( LA97_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt97=1;
            }
            else if ( LA97_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalAssign.g:8368:2: rule__DeviceFacts__UnorderedGroup_0__2
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
    // InternalAssign.g:8374:1: rule__DeviceFacts__UnorderedGroup_0__2 : rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? ;
    public final void rule__DeviceFacts__UnorderedGroup_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8378:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )? )
            // InternalAssign.g:8379:2: rule__DeviceFacts__UnorderedGroup_0__Impl ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            {
            pushFollow(FOLLOW_66);
            rule__DeviceFacts__UnorderedGroup_0__Impl();

            state._fsp--;

            // InternalAssign.g:8380:2: ( rule__DeviceFacts__UnorderedGroup_0__3 )?
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( LA98_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                alt98=1;
            }
            else if ( LA98_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                alt98=1;
            }
            else if ( LA98_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                alt98=1;
            }
            else if ( LA98_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                alt98=1;
            }
            switch (alt98) {
                case 1 :
                    // InternalAssign.g:8380:2: rule__DeviceFacts__UnorderedGroup_0__3
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
    // InternalAssign.g:8386:1: rule__DeviceFacts__UnorderedGroup_0__3 : rule__DeviceFacts__UnorderedGroup_0__Impl ;
    public final void rule__DeviceFacts__UnorderedGroup_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8390:1: ( rule__DeviceFacts__UnorderedGroup_0__Impl )
            // InternalAssign.g:8391:2: rule__DeviceFacts__UnorderedGroup_0__Impl
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
    // InternalAssign.g:8398:1: rule__AssignmentConfig__ImportsAssignment_0 : ( ruleImport ) ;
    public final void rule__AssignmentConfig__ImportsAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8402:1: ( ( ruleImport ) )
            // InternalAssign.g:8403:2: ( ruleImport )
            {
            // InternalAssign.g:8403:2: ( ruleImport )
            // InternalAssign.g:8404:3: ruleImport
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
    // InternalAssign.g:8413:1: rule__AssignmentConfig__NameAssignment_2 : ( ruleName ) ;
    public final void rule__AssignmentConfig__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8417:1: ( ( ruleName ) )
            // InternalAssign.g:8418:2: ( ruleName )
            {
            // InternalAssign.g:8418:2: ( ruleName )
            // InternalAssign.g:8419:3: ruleName
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
    // InternalAssign.g:8428:1: rule__AssignmentConfig__BoardAssignment_3_1_0 : ( ( ruleBoardRef ) ) ;
    public final void rule__AssignmentConfig__BoardAssignment_3_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8432:1: ( ( ( ruleBoardRef ) ) )
            // InternalAssign.g:8433:2: ( ( ruleBoardRef ) )
            {
            // InternalAssign.g:8433:2: ( ( ruleBoardRef ) )
            // InternalAssign.g:8434:3: ( ruleBoardRef )
            {
             before(grammarAccess.getAssignmentConfigAccess().getBoardBoardCrossReference_3_1_0_0()); 
            // InternalAssign.g:8435:3: ( ruleBoardRef )
            // InternalAssign.g:8436:4: ruleBoardRef
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
    // InternalAssign.g:8447:1: rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1 : ( ruleInlineBoard ) ;
    public final void rule__AssignmentConfig__InlineBoardAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8451:1: ( ( ruleInlineBoard ) )
            // InternalAssign.g:8452:2: ( ruleInlineBoard )
            {
            // InternalAssign.g:8452:2: ( ruleInlineBoard )
            // InternalAssign.g:8453:3: ruleInlineBoard
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
    // InternalAssign.g:8462:1: rule__AssignmentConfig__ConsumersAssignment_4_0 : ( ruleConsumer ) ;
    public final void rule__AssignmentConfig__ConsumersAssignment_4_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8466:1: ( ( ruleConsumer ) )
            // InternalAssign.g:8467:2: ( ruleConsumer )
            {
            // InternalAssign.g:8467:2: ( ruleConsumer )
            // InternalAssign.g:8468:3: ruleConsumer
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
    // InternalAssign.g:8477:1: rule__AssignmentConfig__AssignmentsAssignment_4_1 : ( ruleAssignment ) ;
    public final void rule__AssignmentConfig__AssignmentsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8481:1: ( ( ruleAssignment ) )
            // InternalAssign.g:8482:2: ( ruleAssignment )
            {
            // InternalAssign.g:8482:2: ( ruleAssignment )
            // InternalAssign.g:8483:3: ruleAssignment
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
    // InternalAssign.g:8492:1: rule__AssignmentConfig__VirtualFunctionsAssignment_4_2 : ( ruleVirtualFunctions ) ;
    public final void rule__AssignmentConfig__VirtualFunctionsAssignment_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8496:1: ( ( ruleVirtualFunctions ) )
            // InternalAssign.g:8497:2: ( ruleVirtualFunctions )
            {
            // InternalAssign.g:8497:2: ( ruleVirtualFunctions )
            // InternalAssign.g:8498:3: ruleVirtualFunctions
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
    // InternalAssign.g:8507:1: rule__Import__ImportURIAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Import__ImportURIAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8511:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8512:2: ( RULE_STRING )
            {
            // InternalAssign.g:8512:2: ( RULE_STRING )
            // InternalAssign.g:8513:3: RULE_STRING
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
    // InternalAssign.g:8522:1: rule__VmGuest__NameAssignment_1 : ( ruleName ) ;
    public final void rule__VmGuest__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8526:1: ( ( ruleName ) )
            // InternalAssign.g:8527:2: ( ruleName )
            {
            // InternalAssign.g:8527:2: ( ruleName )
            // InternalAssign.g:8528:3: ruleName
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
    // InternalAssign.g:8537:1: rule__VmGuest__MemorySizeAssignment_2_1_0_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemorySizeAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8541:1: ( ( ruleSize ) )
            // InternalAssign.g:8542:2: ( ruleSize )
            {
            // InternalAssign.g:8542:2: ( ruleSize )
            // InternalAssign.g:8543:3: ruleSize
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
    // InternalAssign.g:8552:1: rule__VmGuest__VcpusAssignment_2_1_1_1 : ( RULE_INT ) ;
    public final void rule__VmGuest__VcpusAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8556:1: ( ( RULE_INT ) )
            // InternalAssign.g:8557:2: ( RULE_INT )
            {
            // InternalAssign.g:8557:2: ( RULE_INT )
            // InternalAssign.g:8558:3: RULE_INT
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
    // InternalAssign.g:8567:1: rule__VmGuest__MachineAssignment_2_1_2_1 : ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) ;
    public final void rule__VmGuest__MachineAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8571:1: ( ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) ) )
            // InternalAssign.g:8572:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            {
            // InternalAssign.g:8572:2: ( ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 ) )
            // InternalAssign.g:8573:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            {
             before(grammarAccess.getVmGuestAccess().getMachineAlternatives_2_1_2_1_0()); 
            // InternalAssign.g:8574:3: ( rule__VmGuest__MachineAlternatives_2_1_2_1_0 )
            // InternalAssign.g:8574:4: rule__VmGuest__MachineAlternatives_2_1_2_1_0
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
    // InternalAssign.g:8582:1: rule__VmGuest__MemlockLimitAssignment_2_1_3_1 : ( ruleSize ) ;
    public final void rule__VmGuest__MemlockLimitAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8586:1: ( ( ruleSize ) )
            // InternalAssign.g:8587:2: ( ruleSize )
            {
            // InternalAssign.g:8587:2: ( ruleSize )
            // InternalAssign.g:8588:3: ruleSize
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
    // InternalAssign.g:8597:1: rule__VmGuest__QemuVersionAssignment_2_1_4_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__QemuVersionAssignment_2_1_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8601:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8602:2: ( RULE_STRING )
            {
            // InternalAssign.g:8602:2: ( RULE_STRING )
            // InternalAssign.g:8603:3: RULE_STRING
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
    // InternalAssign.g:8612:1: rule__VmGuest__LibvirtVersionAssignment_2_1_5_1 : ( RULE_STRING ) ;
    public final void rule__VmGuest__LibvirtVersionAssignment_2_1_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8616:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8617:2: ( RULE_STRING )
            {
            // InternalAssign.g:8617:2: ( RULE_STRING )
            // InternalAssign.g:8618:3: RULE_STRING
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
    // InternalAssign.g:8627:1: rule__UserspaceDriver__NameAssignment_1 : ( ruleName ) ;
    public final void rule__UserspaceDriver__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8631:1: ( ( ruleName ) )
            // InternalAssign.g:8632:2: ( ruleName )
            {
            // InternalAssign.g:8632:2: ( ruleName )
            // InternalAssign.g:8633:3: ruleName
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
    // InternalAssign.g:8642:1: rule__UserspaceDriver__UidAssignment_2_1_0_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__UidAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8646:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8647:2: ( ruleUnixId )
            {
            // InternalAssign.g:8647:2: ( ruleUnixId )
            // InternalAssign.g:8648:3: ruleUnixId
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
    // InternalAssign.g:8657:1: rule__UserspaceDriver__GidAssignment_2_1_1_1 : ( ruleUnixId ) ;
    public final void rule__UserspaceDriver__GidAssignment_2_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8661:1: ( ( ruleUnixId ) )
            // InternalAssign.g:8662:2: ( ruleUnixId )
            {
            // InternalAssign.g:8662:2: ( ruleUnixId )
            // InternalAssign.g:8663:3: ruleUnixId
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
    // InternalAssign.g:8672:1: rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1 : ( ruleSize ) ;
    public final void rule__UserspaceDriver__MemlockLimitAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8676:1: ( ( ruleSize ) )
            // InternalAssign.g:8677:2: ( ruleSize )
            {
            // InternalAssign.g:8677:2: ( ruleSize )
            // InternalAssign.g:8678:3: ruleSize
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
    // InternalAssign.g:8687:1: rule__UserspaceDriver__SocketPathAssignment_2_1_3_1 : ( RULE_STRING ) ;
    public final void rule__UserspaceDriver__SocketPathAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8691:1: ( ( RULE_STRING ) )
            // InternalAssign.g:8692:2: ( RULE_STRING )
            {
            // InternalAssign.g:8692:2: ( RULE_STRING )
            // InternalAssign.g:8693:3: RULE_STRING
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
    // InternalAssign.g:8702:1: rule__Probe__NameAssignment_1 : ( ruleName ) ;
    public final void rule__Probe__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8706:1: ( ( ruleName ) )
            // InternalAssign.g:8707:2: ( ruleName )
            {
            // InternalAssign.g:8707:2: ( ruleName )
            // InternalAssign.g:8708:3: ruleName
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
    // InternalAssign.g:8717:1: rule__Probe__MemlockLimitAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__Probe__MemlockLimitAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8721:1: ( ( ruleSize ) )
            // InternalAssign.g:8722:2: ( ruleSize )
            {
            // InternalAssign.g:8722:2: ( ruleSize )
            // InternalAssign.g:8723:3: ruleSize
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
    // InternalAssign.g:8732:1: rule__Assignment__PhysicalFunctionAssignment_1_0_0 : ( ( ruleDeviceRef ) ) ;
    public final void rule__Assignment__PhysicalFunctionAssignment_1_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8736:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8737:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8737:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8738:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getAssignmentAccess().getPhysicalFunctionDeviceCrossReference_1_0_0_0()); 
            // InternalAssign.g:8739:3: ( ruleDeviceRef )
            // InternalAssign.g:8740:4: ruleDeviceRef
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
    // InternalAssign.g:8751:1: rule__Assignment__FirstVfAssignment_1_0_4 : ( RULE_INT ) ;
    public final void rule__Assignment__FirstVfAssignment_1_0_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8755:1: ( ( RULE_INT ) )
            // InternalAssign.g:8756:2: ( RULE_INT )
            {
            // InternalAssign.g:8756:2: ( RULE_INT )
            // InternalAssign.g:8757:3: RULE_INT
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
    // InternalAssign.g:8766:1: rule__Assignment__LastVfAssignment_1_0_5_1 : ( RULE_INT ) ;
    public final void rule__Assignment__LastVfAssignment_1_0_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8770:1: ( ( RULE_INT ) )
            // InternalAssign.g:8771:2: ( RULE_INT )
            {
            // InternalAssign.g:8771:2: ( RULE_INT )
            // InternalAssign.g:8772:3: RULE_INT
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
    // InternalAssign.g:8781:1: rule__Assignment__DeviceAssignment_1_1 : ( ( ruleDeviceRef ) ) ;
    public final void rule__Assignment__DeviceAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8785:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8786:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8786:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8787:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_1_0()); 
            // InternalAssign.g:8788:3: ( ruleDeviceRef )
            // InternalAssign.g:8789:4: ruleDeviceRef
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
    // InternalAssign.g:8800:1: rule__Assignment__GroupAssignment_1_2_1 : ( ( ruleGroupId ) ) ;
    public final void rule__Assignment__GroupAssignment_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8804:1: ( ( ( ruleGroupId ) ) )
            // InternalAssign.g:8805:2: ( ( ruleGroupId ) )
            {
            // InternalAssign.g:8805:2: ( ( ruleGroupId ) )
            // InternalAssign.g:8806:3: ( ruleGroupId )
            {
             before(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_2_1_0()); 
            // InternalAssign.g:8807:3: ( ruleGroupId )
            // InternalAssign.g:8808:4: ruleGroupId
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
    // InternalAssign.g:8819:1: rule__Assignment__ConsumerAssignment_3 : ( ( ruleName ) ) ;
    public final void rule__Assignment__ConsumerAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8823:1: ( ( ( ruleName ) ) )
            // InternalAssign.g:8824:2: ( ( ruleName ) )
            {
            // InternalAssign.g:8824:2: ( ( ruleName ) )
            // InternalAssign.g:8825:3: ( ruleName )
            {
             before(grammarAccess.getAssignmentAccess().getConsumerConsumerCrossReference_3_0()); 
            // InternalAssign.g:8826:3: ( ruleName )
            // InternalAssign.g:8827:4: ruleName
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
    // InternalAssign.g:8838:1: rule__Assignment__DriverAssignment_4_1_0_1 : ( ruleVfioDriver ) ;
    public final void rule__Assignment__DriverAssignment_4_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8842:1: ( ( ruleVfioDriver ) )
            // InternalAssign.g:8843:2: ( ruleVfioDriver )
            {
            // InternalAssign.g:8843:2: ( ruleVfioDriver )
            // InternalAssign.g:8844:3: ruleVfioDriver
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
    // InternalAssign.g:8853:1: rule__Assignment__OpenPathAssignment_4_1_1_1 : ( ruleOpenPath ) ;
    public final void rule__Assignment__OpenPathAssignment_4_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8857:1: ( ( ruleOpenPath ) )
            // InternalAssign.g:8858:2: ( ruleOpenPath )
            {
            // InternalAssign.g:8858:2: ( ruleOpenPath )
            // InternalAssign.g:8859:3: ruleOpenPath
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
    // InternalAssign.g:8868:1: rule__Assignment__ResetPolicyAssignment_4_1_2_1 : ( ruleResetPolicy ) ;
    public final void rule__Assignment__ResetPolicyAssignment_4_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8872:1: ( ( ruleResetPolicy ) )
            // InternalAssign.g:8873:2: ( ruleResetPolicy )
            {
            // InternalAssign.g:8873:2: ( ruleResetPolicy )
            // InternalAssign.g:8874:3: ruleResetPolicy
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
    // InternalAssign.g:8883:1: rule__Assignment__PersistentAssignment_4_1_3 : ( ( 'persistent' ) ) ;
    public final void rule__Assignment__PersistentAssignment_4_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8887:1: ( ( ( 'persistent' ) ) )
            // InternalAssign.g:8888:2: ( ( 'persistent' ) )
            {
            // InternalAssign.g:8888:2: ( ( 'persistent' ) )
            // InternalAssign.g:8889:3: ( 'persistent' )
            {
             before(grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0()); 
            // InternalAssign.g:8890:3: ( 'persistent' )
            // InternalAssign.g:8891:4: 'persistent'
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


    // $ANTLR start "rule__Assignment__RegionsAssignment_4_2_0"
    // InternalAssign.g:8902:1: rule__Assignment__RegionsAssignment_4_2_0 : ( ruleRegionMapping ) ;
    public final void rule__Assignment__RegionsAssignment_4_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8906:1: ( ( ruleRegionMapping ) )
            // InternalAssign.g:8907:2: ( ruleRegionMapping )
            {
            // InternalAssign.g:8907:2: ( ruleRegionMapping )
            // InternalAssign.g:8908:3: ruleRegionMapping
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
    // InternalAssign.g:8917:1: rule__Assignment__IrqsAssignment_4_2_1 : ( ruleIrqBinding ) ;
    public final void rule__Assignment__IrqsAssignment_4_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8921:1: ( ( ruleIrqBinding ) )
            // InternalAssign.g:8922:2: ( ruleIrqBinding )
            {
            // InternalAssign.g:8922:2: ( ruleIrqBinding )
            // InternalAssign.g:8923:3: ruleIrqBinding
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
    // InternalAssign.g:8932:1: rule__Assignment__DmaWindowsAssignment_4_2_2 : ( ruleDmaWindow ) ;
    public final void rule__Assignment__DmaWindowsAssignment_4_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8936:1: ( ( ruleDmaWindow ) )
            // InternalAssign.g:8937:2: ( ruleDmaWindow )
            {
            // InternalAssign.g:8937:2: ( ruleDmaWindow )
            // InternalAssign.g:8938:3: ruleDmaWindow
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
    // InternalAssign.g:8947:1: rule__VirtualFunctions__PhysicalFunctionAssignment_1 : ( ( ruleDeviceRef ) ) ;
    public final void rule__VirtualFunctions__PhysicalFunctionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8951:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:8952:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:8952:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:8953:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionDeviceCrossReference_1_0()); 
            // InternalAssign.g:8954:3: ( ruleDeviceRef )
            // InternalAssign.g:8955:4: ruleDeviceRef
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
    // InternalAssign.g:8966:1: rule__VirtualFunctions__CountAssignment_3 : ( RULE_INT ) ;
    public final void rule__VirtualFunctions__CountAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8970:1: ( ( RULE_INT ) )
            // InternalAssign.g:8971:2: ( RULE_INT )
            {
            // InternalAssign.g:8971:2: ( RULE_INT )
            // InternalAssign.g:8972:3: RULE_INT
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
    // InternalAssign.g:8981:1: rule__RegionMapping__RegionAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__RegionMapping__RegionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:8985:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:8986:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:8986:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:8987:3: ( ruleMemberRef )
            {
             before(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0()); 
            // InternalAssign.g:8988:3: ( ruleMemberRef )
            // InternalAssign.g:8989:4: ruleMemberRef
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
    // InternalAssign.g:9000:1: rule__RegionMapping__ReadOnlyAssignment_2 : ( ( 'read-only' ) ) ;
    public final void rule__RegionMapping__ReadOnlyAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9004:1: ( ( ( 'read-only' ) ) )
            // InternalAssign.g:9005:2: ( ( 'read-only' ) )
            {
            // InternalAssign.g:9005:2: ( ( 'read-only' ) )
            // InternalAssign.g:9006:3: ( 'read-only' )
            {
             before(grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0()); 
            // InternalAssign.g:9007:3: ( 'read-only' )
            // InternalAssign.g:9008:4: 'read-only'
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
    // InternalAssign.g:9019:1: rule__IrqBinding__InterruptAssignment_1 : ( ( ruleMemberRef ) ) ;
    public final void rule__IrqBinding__InterruptAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9023:1: ( ( ( ruleMemberRef ) ) )
            // InternalAssign.g:9024:2: ( ( ruleMemberRef ) )
            {
            // InternalAssign.g:9024:2: ( ( ruleMemberRef ) )
            // InternalAssign.g:9025:3: ( ruleMemberRef )
            {
             before(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0()); 
            // InternalAssign.g:9026:3: ( ruleMemberRef )
            // InternalAssign.g:9027:4: ruleMemberRef
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
    // InternalAssign.g:9038:1: rule__IrqBinding__StartAssignment_2_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__StartAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9042:1: ( ( RULE_INT ) )
            // InternalAssign.g:9043:2: ( RULE_INT )
            {
            // InternalAssign.g:9043:2: ( RULE_INT )
            // InternalAssign.g:9044:3: RULE_INT
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
    // InternalAssign.g:9053:1: rule__IrqBinding__CountAssignment_3_1 : ( RULE_INT ) ;
    public final void rule__IrqBinding__CountAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9057:1: ( ( RULE_INT ) )
            // InternalAssign.g:9058:2: ( RULE_INT )
            {
            // InternalAssign.g:9058:2: ( RULE_INT )
            // InternalAssign.g:9059:3: RULE_INT
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
    // InternalAssign.g:9068:1: rule__IrqBinding__ModeAssignment_4 : ( ruleIrqMode ) ;
    public final void rule__IrqBinding__ModeAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9072:1: ( ( ruleIrqMode ) )
            // InternalAssign.g:9073:2: ( ruleIrqMode )
            {
            // InternalAssign.g:9073:2: ( ruleIrqMode )
            // InternalAssign.g:9074:3: ruleIrqMode
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
    // InternalAssign.g:9083:1: rule__DmaWindow__NameAssignment_1 : ( ruleName ) ;
    public final void rule__DmaWindow__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9087:1: ( ( ruleName ) )
            // InternalAssign.g:9088:2: ( ruleName )
            {
            // InternalAssign.g:9088:2: ( ruleName )
            // InternalAssign.g:9089:3: ruleName
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
    // InternalAssign.g:9098:1: rule__DmaWindow__IovaAssignment_3 : ( ruleNumber ) ;
    public final void rule__DmaWindow__IovaAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9102:1: ( ( ruleNumber ) )
            // InternalAssign.g:9103:2: ( ruleNumber )
            {
            // InternalAssign.g:9103:2: ( ruleNumber )
            // InternalAssign.g:9104:3: ruleNumber
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
    // InternalAssign.g:9113:1: rule__DmaWindow__SizeAssignment_5 : ( ruleSize ) ;
    public final void rule__DmaWindow__SizeAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9117:1: ( ( ruleSize ) )
            // InternalAssign.g:9118:2: ( ruleSize )
            {
            // InternalAssign.g:9118:2: ( ruleSize )
            // InternalAssign.g:9119:3: ruleSize
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
    // InternalAssign.g:9128:1: rule__DmaWindow__WritableAssignment_6_0 : ( ruleReadOnly ) ;
    public final void rule__DmaWindow__WritableAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9132:1: ( ( ruleReadOnly ) )
            // InternalAssign.g:9133:2: ( ruleReadOnly )
            {
            // InternalAssign.g:9133:2: ( ruleReadOnly )
            // InternalAssign.g:9134:3: ruleReadOnly
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
    // InternalAssign.g:9143:1: rule__DmaWindow__ReadableAssignment_6_1 : ( ruleWriteOnly ) ;
    public final void rule__DmaWindow__ReadableAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9147:1: ( ( ruleWriteOnly ) )
            // InternalAssign.g:9148:2: ( ruleWriteOnly )
            {
            // InternalAssign.g:9148:2: ( ruleWriteOnly )
            // InternalAssign.g:9149:3: ruleWriteOnly
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
    // InternalAssign.g:9158:1: rule__InlineBoard__NameAssignment_0 : ( ruleName ) ;
    public final void rule__InlineBoard__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9162:1: ( ( ruleName ) )
            // InternalAssign.g:9163:2: ( ruleName )
            {
            // InternalAssign.g:9163:2: ( ruleName )
            // InternalAssign.g:9164:3: ruleName
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
    // InternalAssign.g:9173:1: rule__InlineBoard__ArchitectureAssignment_2_0_1 : ( ruleName ) ;
    public final void rule__InlineBoard__ArchitectureAssignment_2_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9177:1: ( ( ruleName ) )
            // InternalAssign.g:9178:2: ( ruleName )
            {
            // InternalAssign.g:9178:2: ( ruleName )
            // InternalAssign.g:9179:3: ruleName
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
    // InternalAssign.g:9188:1: rule__InlineBoard__PageSizeAssignment_2_1_1 : ( ruleSize ) ;
    public final void rule__InlineBoard__PageSizeAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9192:1: ( ( ruleSize ) )
            // InternalAssign.g:9193:2: ( ruleSize )
            {
            // InternalAssign.g:9193:2: ( ruleSize )
            // InternalAssign.g:9194:3: ruleSize
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
    // InternalAssign.g:9203:1: rule__InlineBoard__KernelVersionAssignment_2_2_1 : ( RULE_STRING ) ;
    public final void rule__InlineBoard__KernelVersionAssignment_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9207:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9208:2: ( RULE_STRING )
            {
            // InternalAssign.g:9208:2: ( RULE_STRING )
            // InternalAssign.g:9209:3: RULE_STRING
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
    // InternalAssign.g:9218:1: rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1 : ( ruleKernelCapability ) ;
    public final void rule__InlineBoard__KernelCapabilitiesAssignment_2_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9222:1: ( ( ruleKernelCapability ) )
            // InternalAssign.g:9223:2: ( ruleKernelCapability )
            {
            // InternalAssign.g:9223:2: ( ruleKernelCapability )
            // InternalAssign.g:9224:3: ruleKernelCapability
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
    // InternalAssign.g:9233:1: rule__InlineBoard__DevicesAssignment_3_0 : ( ruleDevice ) ;
    public final void rule__InlineBoard__DevicesAssignment_3_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9237:1: ( ( ruleDevice ) )
            // InternalAssign.g:9238:2: ( ruleDevice )
            {
            // InternalAssign.g:9238:2: ( ruleDevice )
            // InternalAssign.g:9239:3: ruleDevice
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
    // InternalAssign.g:9248:1: rule__InlineBoard__IommuGroupsAssignment_3_1 : ( ruleIommuGroup ) ;
    public final void rule__InlineBoard__IommuGroupsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9252:1: ( ( ruleIommuGroup ) )
            // InternalAssign.g:9253:2: ( ruleIommuGroup )
            {
            // InternalAssign.g:9253:2: ( ruleIommuGroup )
            // InternalAssign.g:9254:3: ruleIommuGroup
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
    // InternalAssign.g:9263:1: rule__PciDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PciDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9267:1: ( ( ruleName ) )
            // InternalAssign.g:9268:2: ( ruleName )
            {
            // InternalAssign.g:9268:2: ( ruleName )
            // InternalAssign.g:9269:3: ruleName
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
    // InternalAssign.g:9278:1: rule__PciDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PciDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9282:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9283:2: ( RULE_STRING )
            {
            // InternalAssign.g:9283:2: ( RULE_STRING )
            // InternalAssign.g:9284:3: RULE_STRING
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
    // InternalAssign.g:9293:1: rule__PciDevice__VendorIdAssignment_3_0_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__VendorIdAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9297:1: ( ( ruleInt32 ) )
            // InternalAssign.g:9298:2: ( ruleInt32 )
            {
            // InternalAssign.g:9298:2: ( ruleInt32 )
            // InternalAssign.g:9299:3: ruleInt32
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
    // InternalAssign.g:9308:1: rule__PciDevice__DeviceIdAssignment_3_1_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__DeviceIdAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9312:1: ( ( ruleInt32 ) )
            // InternalAssign.g:9313:2: ( ruleInt32 )
            {
            // InternalAssign.g:9313:2: ( ruleInt32 )
            // InternalAssign.g:9314:3: ruleInt32
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
    // InternalAssign.g:9323:1: rule__PciDevice__ClassCodeAssignment_3_2_1 : ( ruleInt32 ) ;
    public final void rule__PciDevice__ClassCodeAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9327:1: ( ( ruleInt32 ) )
            // InternalAssign.g:9328:2: ( ruleInt32 )
            {
            // InternalAssign.g:9328:2: ( ruleInt32 )
            // InternalAssign.g:9329:3: ruleInt32
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
    // InternalAssign.g:9338:1: rule__PciDevice__BridgeAssignment_3_3 : ( ( 'bridge' ) ) ;
    public final void rule__PciDevice__BridgeAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9342:1: ( ( ( 'bridge' ) ) )
            // InternalAssign.g:9343:2: ( ( 'bridge' ) )
            {
            // InternalAssign.g:9343:2: ( ( 'bridge' ) )
            // InternalAssign.g:9344:3: ( 'bridge' )
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            // InternalAssign.g:9345:3: ( 'bridge' )
            // InternalAssign.g:9346:4: 'bridge'
            {
             before(grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0()); 
            match(input,59,FOLLOW_2); 
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
    // InternalAssign.g:9357:1: rule__PlatformDevice__NameAssignment_1 : ( ruleName ) ;
    public final void rule__PlatformDevice__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9361:1: ( ( ruleName ) )
            // InternalAssign.g:9362:2: ( ruleName )
            {
            // InternalAssign.g:9362:2: ( ruleName )
            // InternalAssign.g:9363:3: ruleName
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
    // InternalAssign.g:9372:1: rule__PlatformDevice__SysfsNameAssignment_2 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__SysfsNameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9376:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9377:2: ( RULE_STRING )
            {
            // InternalAssign.g:9377:2: ( RULE_STRING )
            // InternalAssign.g:9378:3: RULE_STRING
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
    // InternalAssign.g:9387:1: rule__PlatformDevice__DtPathAssignment_3_0_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__DtPathAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9391:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9392:2: ( RULE_STRING )
            {
            // InternalAssign.g:9392:2: ( RULE_STRING )
            // InternalAssign.g:9393:3: RULE_STRING
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
    // InternalAssign.g:9402:1: rule__PlatformDevice__CompatibleAssignment_3_1_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9406:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9407:2: ( RULE_STRING )
            {
            // InternalAssign.g:9407:2: ( RULE_STRING )
            // InternalAssign.g:9408:3: RULE_STRING
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
    // InternalAssign.g:9417:1: rule__PlatformDevice__CompatibleAssignment_3_1_2_1 : ( RULE_STRING ) ;
    public final void rule__PlatformDevice__CompatibleAssignment_3_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9421:1: ( ( RULE_STRING ) )
            // InternalAssign.g:9422:2: ( RULE_STRING )
            {
            // InternalAssign.g:9422:2: ( RULE_STRING )
            // InternalAssign.g:9423:3: RULE_STRING
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
    // InternalAssign.g:9432:1: rule__DeviceFacts__DriverAssignment_0_0_1 : ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) ;
    public final void rule__DeviceFacts__DriverAssignment_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9436:1: ( ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) ) )
            // InternalAssign.g:9437:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            {
            // InternalAssign.g:9437:2: ( ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 ) )
            // InternalAssign.g:9438:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            {
             before(grammarAccess.getDeviceFactsAccess().getDriverAlternatives_0_0_1_0()); 
            // InternalAssign.g:9439:3: ( rule__DeviceFacts__DriverAlternatives_0_0_1_0 )
            // InternalAssign.g:9439:4: rule__DeviceFacts__DriverAlternatives_0_0_1_0
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
    // InternalAssign.g:9447:1: rule__DeviceFacts__ProtectionAssignment_0_1_1 : ( ruleProtection ) ;
    public final void rule__DeviceFacts__ProtectionAssignment_0_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9451:1: ( ( ruleProtection ) )
            // InternalAssign.g:9452:2: ( ruleProtection )
            {
            // InternalAssign.g:9452:2: ( ruleProtection )
            // InternalAssign.g:9453:3: ruleProtection
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
    // InternalAssign.g:9462:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9466:1: ( ( ruleName ) )
            // InternalAssign.g:9467:2: ( ruleName )
            {
            // InternalAssign.g:9467:2: ( ruleName )
            // InternalAssign.g:9468:3: ruleName
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
    // InternalAssign.g:9477:1: rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1 : ( ruleName ) ;
    public final void rule__DeviceFacts__ResetMethodsAssignment_0_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9481:1: ( ( ruleName ) )
            // InternalAssign.g:9482:2: ( ruleName )
            {
            // InternalAssign.g:9482:2: ( ruleName )
            // InternalAssign.g:9483:3: ruleName
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
    // InternalAssign.g:9492:1: rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1 : ( RULE_INT ) ;
    public final void rule__DeviceFacts__DmaMaskBitsAssignment_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9496:1: ( ( RULE_INT ) )
            // InternalAssign.g:9497:2: ( RULE_INT )
            {
            // InternalAssign.g:9497:2: ( RULE_INT )
            // InternalAssign.g:9498:3: RULE_INT
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
    // InternalAssign.g:9507:1: rule__DeviceFacts__RegionsAssignment_1_1_0 : ( ruleRegion ) ;
    public final void rule__DeviceFacts__RegionsAssignment_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9511:1: ( ( ruleRegion ) )
            // InternalAssign.g:9512:2: ( ruleRegion )
            {
            // InternalAssign.g:9512:2: ( ruleRegion )
            // InternalAssign.g:9513:3: ruleRegion
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
    // InternalAssign.g:9522:1: rule__DeviceFacts__InterruptsAssignment_1_1_1 : ( ruleInterrupt ) ;
    public final void rule__DeviceFacts__InterruptsAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9526:1: ( ( ruleInterrupt ) )
            // InternalAssign.g:9527:2: ( ruleInterrupt )
            {
            // InternalAssign.g:9527:2: ( ruleInterrupt )
            // InternalAssign.g:9528:3: ruleInterrupt
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
    // InternalAssign.g:9537:1: rule__Region__NameAssignment_1 : ( ruleRegionName ) ;
    public final void rule__Region__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9541:1: ( ( ruleRegionName ) )
            // InternalAssign.g:9542:2: ( ruleRegionName )
            {
            // InternalAssign.g:9542:2: ( ruleRegionName )
            // InternalAssign.g:9543:3: ruleRegionName
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
    // InternalAssign.g:9552:1: rule__Region__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Region__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9556:1: ( ( RULE_INT ) )
            // InternalAssign.g:9557:2: ( RULE_INT )
            {
            // InternalAssign.g:9557:2: ( RULE_INT )
            // InternalAssign.g:9558:3: RULE_INT
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
    // InternalAssign.g:9567:1: rule__Region__KindAssignment_4 : ( ruleRegionKind ) ;
    public final void rule__Region__KindAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9571:1: ( ( ruleRegionKind ) )
            // InternalAssign.g:9572:2: ( ruleRegionKind )
            {
            // InternalAssign.g:9572:2: ( ruleRegionKind )
            // InternalAssign.g:9573:3: ruleRegionKind
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
    // InternalAssign.g:9582:1: rule__Region__BaseAssignment_5_1 : ( ruleNumber ) ;
    public final void rule__Region__BaseAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9586:1: ( ( ruleNumber ) )
            // InternalAssign.g:9587:2: ( ruleNumber )
            {
            // InternalAssign.g:9587:2: ( ruleNumber )
            // InternalAssign.g:9588:3: ruleNumber
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
    // InternalAssign.g:9597:1: rule__Region__SizeAssignment_7 : ( ruleSize ) ;
    public final void rule__Region__SizeAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9601:1: ( ( ruleSize ) )
            // InternalAssign.g:9602:2: ( ruleSize )
            {
            // InternalAssign.g:9602:2: ( ruleSize )
            // InternalAssign.g:9603:3: ruleSize
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
    // InternalAssign.g:9612:1: rule__Region__ReadableAssignment_8 : ( ( 'read' ) ) ;
    public final void rule__Region__ReadableAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9616:1: ( ( ( 'read' ) ) )
            // InternalAssign.g:9617:2: ( ( 'read' ) )
            {
            // InternalAssign.g:9617:2: ( ( 'read' ) )
            // InternalAssign.g:9618:3: ( 'read' )
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            // InternalAssign.g:9619:3: ( 'read' )
            // InternalAssign.g:9620:4: 'read'
            {
             before(grammarAccess.getRegionAccess().getReadableReadKeyword_8_0()); 
            match(input,75,FOLLOW_2); 
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
    // InternalAssign.g:9631:1: rule__Region__WritableAssignment_9 : ( ( 'write' ) ) ;
    public final void rule__Region__WritableAssignment_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9635:1: ( ( ( 'write' ) ) )
            // InternalAssign.g:9636:2: ( ( 'write' ) )
            {
            // InternalAssign.g:9636:2: ( ( 'write' ) )
            // InternalAssign.g:9637:3: ( 'write' )
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            // InternalAssign.g:9638:3: ( 'write' )
            // InternalAssign.g:9639:4: 'write'
            {
             before(grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0()); 
            match(input,76,FOLLOW_2); 
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
    // InternalAssign.g:9650:1: rule__Region__MmappableAssignment_10 : ( ( 'mmap' ) ) ;
    public final void rule__Region__MmappableAssignment_10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9654:1: ( ( ( 'mmap' ) ) )
            // InternalAssign.g:9655:2: ( ( 'mmap' ) )
            {
            // InternalAssign.g:9655:2: ( ( 'mmap' ) )
            // InternalAssign.g:9656:3: ( 'mmap' )
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            // InternalAssign.g:9657:3: ( 'mmap' )
            // InternalAssign.g:9658:4: 'mmap'
            {
             before(grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0()); 
            match(input,77,FOLLOW_2); 
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
    // InternalAssign.g:9669:1: rule__Interrupt__KindAssignment_1 : ( ruleInterruptKind ) ;
    public final void rule__Interrupt__KindAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9673:1: ( ( ruleInterruptKind ) )
            // InternalAssign.g:9674:2: ( ruleInterruptKind )
            {
            // InternalAssign.g:9674:2: ( ruleInterruptKind )
            // InternalAssign.g:9675:3: ruleInterruptKind
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
    // InternalAssign.g:9684:1: rule__Interrupt__IndexAssignment_3 : ( RULE_INT ) ;
    public final void rule__Interrupt__IndexAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9688:1: ( ( RULE_INT ) )
            // InternalAssign.g:9689:2: ( RULE_INT )
            {
            // InternalAssign.g:9689:2: ( RULE_INT )
            // InternalAssign.g:9690:3: RULE_INT
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
    // InternalAssign.g:9699:1: rule__Interrupt__CountAssignment_4_1 : ( RULE_INT ) ;
    public final void rule__Interrupt__CountAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9703:1: ( ( RULE_INT ) )
            // InternalAssign.g:9704:2: ( RULE_INT )
            {
            // InternalAssign.g:9704:2: ( RULE_INT )
            // InternalAssign.g:9705:3: RULE_INT
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
    // InternalAssign.g:9714:1: rule__Interrupt__EventfdAssignment_5 : ( ( 'eventfd' ) ) ;
    public final void rule__Interrupt__EventfdAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9718:1: ( ( ( 'eventfd' ) ) )
            // InternalAssign.g:9719:2: ( ( 'eventfd' ) )
            {
            // InternalAssign.g:9719:2: ( ( 'eventfd' ) )
            // InternalAssign.g:9720:3: ( 'eventfd' )
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            // InternalAssign.g:9721:3: ( 'eventfd' )
            // InternalAssign.g:9722:4: 'eventfd'
            {
             before(grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0()); 
            match(input,90,FOLLOW_2); 
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
    // InternalAssign.g:9733:1: rule__Interrupt__MaskableAssignment_6 : ( ( 'maskable' ) ) ;
    public final void rule__Interrupt__MaskableAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9737:1: ( ( ( 'maskable' ) ) )
            // InternalAssign.g:9738:2: ( ( 'maskable' ) )
            {
            // InternalAssign.g:9738:2: ( ( 'maskable' ) )
            // InternalAssign.g:9739:3: ( 'maskable' )
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            // InternalAssign.g:9740:3: ( 'maskable' )
            // InternalAssign.g:9741:4: 'maskable'
            {
             before(grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0()); 
            match(input,83,FOLLOW_2); 
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
    // InternalAssign.g:9752:1: rule__Interrupt__AutomaskedAssignment_7 : ( ( 'automasked' ) ) ;
    public final void rule__Interrupt__AutomaskedAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9756:1: ( ( ( 'automasked' ) ) )
            // InternalAssign.g:9757:2: ( ( 'automasked' ) )
            {
            // InternalAssign.g:9757:2: ( ( 'automasked' ) )
            // InternalAssign.g:9758:3: ( 'automasked' )
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            // InternalAssign.g:9759:3: ( 'automasked' )
            // InternalAssign.g:9760:4: 'automasked'
            {
             before(grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0()); 
            match(input,84,FOLLOW_2); 
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
    // InternalAssign.g:9771:1: rule__IommuGroup__IdAssignment_1 : ( RULE_INT ) ;
    public final void rule__IommuGroup__IdAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9775:1: ( ( RULE_INT ) )
            // InternalAssign.g:9776:2: ( RULE_INT )
            {
            // InternalAssign.g:9776:2: ( RULE_INT )
            // InternalAssign.g:9777:3: RULE_INT
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
    // InternalAssign.g:9786:1: rule__IommuGroup__NoIommuAssignment_2 : ( ( 'noiommu' ) ) ;
    public final void rule__IommuGroup__NoIommuAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9790:1: ( ( ( 'noiommu' ) ) )
            // InternalAssign.g:9791:2: ( ( 'noiommu' ) )
            {
            // InternalAssign.g:9791:2: ( ( 'noiommu' ) )
            // InternalAssign.g:9792:3: ( 'noiommu' )
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            // InternalAssign.g:9793:3: ( 'noiommu' )
            // InternalAssign.g:9794:4: 'noiommu'
            {
             before(grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0()); 
            match(input,52,FOLLOW_2); 
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
    // InternalAssign.g:9805:1: rule__IommuGroup__IovaRangesAssignment_3_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9809:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9810:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9810:2: ( ruleIovaRange )
            // InternalAssign.g:9811:3: ruleIovaRange
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
    // InternalAssign.g:9820:1: rule__IommuGroup__IovaRangesAssignment_3_2_1 : ( ruleIovaRange ) ;
    public final void rule__IommuGroup__IovaRangesAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9824:1: ( ( ruleIovaRange ) )
            // InternalAssign.g:9825:2: ( ruleIovaRange )
            {
            // InternalAssign.g:9825:2: ( ruleIovaRange )
            // InternalAssign.g:9826:3: ruleIovaRange
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
    // InternalAssign.g:9835:1: rule__IommuGroup__DevicesAssignment_5 : ( ( ruleDeviceRef ) ) ;
    public final void rule__IommuGroup__DevicesAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9839:1: ( ( ( ruleDeviceRef ) ) )
            // InternalAssign.g:9840:2: ( ( ruleDeviceRef ) )
            {
            // InternalAssign.g:9840:2: ( ( ruleDeviceRef ) )
            // InternalAssign.g:9841:3: ( ruleDeviceRef )
            {
             before(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_5_0()); 
            // InternalAssign.g:9842:3: ( ruleDeviceRef )
            // InternalAssign.g:9843:4: ruleDeviceRef
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
    // InternalAssign.g:9854:1: rule__IovaRange__StartAssignment_0 : ( ruleNumber ) ;
    public final void rule__IovaRange__StartAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9858:1: ( ( ruleNumber ) )
            // InternalAssign.g:9859:2: ( ruleNumber )
            {
            // InternalAssign.g:9859:2: ( ruleNumber )
            // InternalAssign.g:9860:3: ruleNumber
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
    // InternalAssign.g:9869:1: rule__IovaRange__LastAssignment_2 : ( ruleNumber ) ;
    public final void rule__IovaRange__LastAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalAssign.g:9873:1: ( ( ruleNumber ) )
            // InternalAssign.g:9874:2: ( ruleNumber )
            {
            // InternalAssign.g:9874:2: ( ruleNumber )
            // InternalAssign.g:9875:3: ruleNumber
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
    static final String dfa_1s = "\115\uffff";
    static final String dfa_2s = "\1\5\111\140\3\uffff";
    static final String dfa_3s = "\1\131\111\141\3\uffff";
    static final String dfa_4s = "\112\uffff\1\3\1\2\1\1";
    static final String dfa_5s = "\115\uffff}>";
    static final String[] dfa_6s = {
            "\1\111\1\1\7\uffff\1\2\1\3\1\4\1\5\1\6\1\7\1\10\1\11\1\12\1\13\1\14\1\15\1\16\1\17\1\20\1\21\1\22\1\23\1\24\1\25\1\26\1\27\1\30\1\31\1\32\1\33\1\34\1\35\1\36\1\37\1\40\1\41\1\42\1\43\1\44\1\45\1\46\1\47\1\50\1\51\1\52\1\53\1\54\1\55\1\56\1\57\1\60\1\61\1\62\1\63\1\64\1\65\1\66\1\67\1\70\1\71\1\72\1\73\1\74\1\75\1\76\1\77\1\100\1\101\1\102\1\103\1\104\1\105\1\106\1\107\1\110\4\uffff\1\112",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
            "\1\113\1\114",
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
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x00000000001FFFFFL});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x00000000001F0000L,0x0000000010000000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x00000000001F0002L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000201FFFFFL});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000000L,0x0000000040000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x000000000FC00000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000000L,0x0000000080000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000090L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000001FFFFFL});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000072000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000002000000L,0x0000000080000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000021FFFFFL});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000000000L,0x0000000100000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000000000L,0x0000000200000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000000000L,0x0000000400000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000000000000L,0x0000001800000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000780000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000003800000000L,0x0000000080000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000003800000002L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x000003C000000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000044000000000L,0x0000000002000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000380000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000000000L,0x0000002000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0xFFFFFFFFFFFFC070L,0x00000000001FFFFFL});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000000000000L,0x000000600C000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0xFFFFFFFFFFFFC040L,0x00000080001FFFFFL});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000000000000L,0x0000010000000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000000000003000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0003C00000000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x00C0000000000000L,0x0000000082000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x00C0000000000002L,0x0000000002000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x003C038000000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x003C038000000002L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0F00000000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0xC000000280000000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x3000000000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000000L,0x0000020000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000002L,0x0000020000000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000000L,0x000000000000003EL});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000001000000000L,0x0000000080000040L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000001000000002L,0x0000000000000040L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000000000000L,0x0000040000000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000000004000L,0x0000018000000780L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000000L,0x0000000000003800L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0080000000000000L,0x000000000007C000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x0000002004180000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0010000000000000L,0x0000000040000001L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0xFFFFFFFFFFFFC060L,0x00000000801FFFFFL});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0xFFFFFFFFFFFFC062L,0x00000000001FFFFFL});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000000L,0x0000001000000000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000000L,0x0000000001E00000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x000000000FC00002L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000072000002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000780000002L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0003C00000000002L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0F00000000000002L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x3000000000000002L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0xC000000280000002L});

}
