package org.devassign.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import org.devassign.dsl.services.AssignGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalAssignParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_INT", "RULE_ID", "RULE_HEX", "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_ANY_OTHER", "'config'", "'for'", "'board'", "'import'", "'vm'", "'{'", "'memory'", "'vcpus'", "'machine'", "'memlock'", "'qemu'", "'libvirt'", "'}'", "'userspace'", "'uid'", "'gid'", "'socket'", "'probe'", "'assign'", "'.'", "'vf'", "'['", "'..'", "']'", "'group'", "'to'", "'driver'", "'open'", "'reset'", "'persistent'", "'force'", "'vfs'", "'count'", "'map'", "'read-only'", "'irq'", "'start'", "'dma'", "'at'", "'size'", "'arch'", "'page'", "'kernel'", "'capabilities'", "'pci'", "'vendor'", "'device'", "'class'", "'bridge'", "'platform'", "'path'", "'compatible'", "','", "'protected'", "'dma-mask'", "'region'", "'index'", "'read'", "'write'", "'mmap'", "'eventfd'", "'maskable'", "'automasked'", "'noiommu'", "'iova'", "'auto'", "'vfio-pci'", "'vfio-platform'", "'vfio-fsl-mc'", "'cdev'", "'if-available'", "'required'", "'never'", "'vfio-cdev'", "'iommufd'", "'type1v2'", "'none'", "'root-filesystem'", "'agent-connection'", "'management'", "'policy'", "'mmio'", "'pio'", "'rom'", "'mc-portal'", "'intx'", "'msi'", "'msix'", "'err'", "'req'", "'KiB'", "'MiB'", "'GiB'", "'TiB'", "'write-only'", "'masked'"
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
    public static final int RULE_INT=5;
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
    public static final int RULE_STRING=4;
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

        public InternalAssignParser(TokenStream input, AssignGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "AssignmentConfig";
       	}

       	@Override
       	protected AssignGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRuleAssignmentConfig"
    // InternalAssign.g:65:1: entryRuleAssignmentConfig returns [EObject current=null] : iv_ruleAssignmentConfig= ruleAssignmentConfig EOF ;
    public final EObject entryRuleAssignmentConfig() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAssignmentConfig = null;


        try {
            // InternalAssign.g:65:57: (iv_ruleAssignmentConfig= ruleAssignmentConfig EOF )
            // InternalAssign.g:66:2: iv_ruleAssignmentConfig= ruleAssignmentConfig EOF
            {
             newCompositeNode(grammarAccess.getAssignmentConfigRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAssignmentConfig=ruleAssignmentConfig();

            state._fsp--;

             current =iv_ruleAssignmentConfig; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAssignmentConfig"


    // $ANTLR start "ruleAssignmentConfig"
    // InternalAssign.g:72:1: ruleAssignmentConfig returns [EObject current=null] : ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) | ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) ) )* ) ;
    public final EObject ruleAssignmentConfig() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        EObject lv_imports_0_0 = null;

        AntlrDatatypeRuleToken lv_name_2_0 = null;

        EObject lv_inlineBoard_6_0 = null;

        EObject lv_consumers_7_0 = null;

        EObject lv_assignments_8_0 = null;

        EObject lv_virtualFunctions_9_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:78:2: ( ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) | ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) ) )* ) )
            // InternalAssign.g:79:2: ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) | ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) ) )* )
            {
            // InternalAssign.g:79:2: ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) | ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) ) )* )
            // InternalAssign.g:80:3: ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) | ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) ) )*
            {
            // InternalAssign.g:80:3: ( (lv_imports_0_0= ruleImport ) )*
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( (LA1_0==15) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalAssign.g:81:4: (lv_imports_0_0= ruleImport )
            	    {
            	    // InternalAssign.g:81:4: (lv_imports_0_0= ruleImport )
            	    // InternalAssign.g:82:5: lv_imports_0_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getAssignmentConfigAccess().getImportsImportParserRuleCall_0_0());
            	    				
            	    pushFollow(FOLLOW_3);
            	    lv_imports_0_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getAssignmentConfigRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_0_0,
            	    						"org.devassign.dsl.Assign.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop1;
                }
            } while (true);

            otherlv_1=(Token)match(input,12,FOLLOW_4); 

            			newLeafNode(otherlv_1, grammarAccess.getAssignmentConfigAccess().getConfigKeyword_1());
            		
            // InternalAssign.g:103:3: ( (lv_name_2_0= ruleName ) )
            // InternalAssign.g:104:4: (lv_name_2_0= ruleName )
            {
            // InternalAssign.g:104:4: (lv_name_2_0= ruleName )
            // InternalAssign.g:105:5: lv_name_2_0= ruleName
            {

            					newCompositeNode(grammarAccess.getAssignmentConfigAccess().getNameNameParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_5);
            lv_name_2_0=ruleName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAssignmentConfigRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_2_0,
            						"org.devassign.dsl.Assign.Name");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:122:3: (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )?
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==13) ) {
                alt3=1;
            }
            switch (alt3) {
                case 1 :
                    // InternalAssign.g:123:4: otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) )
                    {
                    otherlv_3=(Token)match(input,13,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getAssignmentConfigAccess().getForKeyword_3_0());
                    			
                    // InternalAssign.g:127:4: ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) )
                    int alt2=2;
                    int LA2_0 = input.LA(1);

                    if ( (LA2_0==RULE_STRING||LA2_0==RULE_ID||LA2_0==12||(LA2_0>=15 && LA2_0<=16)||(LA2_0>=18 && LA2_0<=23)||(LA2_0>=25 && LA2_0<=30)||LA2_0==32||(LA2_0>=38 && LA2_0<=43)||LA2_0==45||LA2_0==47||LA2_0==49||(LA2_0>=52 && LA2_0<=63)||(LA2_0>=65 && LA2_0<=67)||(LA2_0>=69 && LA2_0<=71)||(LA2_0>=73 && LA2_0<=101)) ) {
                        alt2=1;
                    }
                    else if ( (LA2_0==14) ) {
                        alt2=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 2, 0, input);

                        throw nvae;
                    }
                    switch (alt2) {
                        case 1 :
                            // InternalAssign.g:128:5: ( ( ruleBoardRef ) )
                            {
                            // InternalAssign.g:128:5: ( ( ruleBoardRef ) )
                            // InternalAssign.g:129:6: ( ruleBoardRef )
                            {
                            // InternalAssign.g:129:6: ( ruleBoardRef )
                            // InternalAssign.g:130:7: ruleBoardRef
                            {

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getAssignmentConfigRule());
                            							}
                            						

                            							newCompositeNode(grammarAccess.getAssignmentConfigAccess().getBoardBoardCrossReference_3_1_0_0());
                            						
                            pushFollow(FOLLOW_7);
                            ruleBoardRef();

                            state._fsp--;


                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalAssign.g:145:5: (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) )
                            {
                            // InternalAssign.g:145:5: (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) )
                            // InternalAssign.g:146:6: otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) )
                            {
                            otherlv_5=(Token)match(input,14,FOLLOW_4); 

                            						newLeafNode(otherlv_5, grammarAccess.getAssignmentConfigAccess().getBoardKeyword_3_1_1_0());
                            					
                            // InternalAssign.g:150:6: ( (lv_inlineBoard_6_0= ruleInlineBoard ) )
                            // InternalAssign.g:151:7: (lv_inlineBoard_6_0= ruleInlineBoard )
                            {
                            // InternalAssign.g:151:7: (lv_inlineBoard_6_0= ruleInlineBoard )
                            // InternalAssign.g:152:8: lv_inlineBoard_6_0= ruleInlineBoard
                            {

                            								newCompositeNode(grammarAccess.getAssignmentConfigAccess().getInlineBoardInlineBoardParserRuleCall_3_1_1_1_0());
                            							
                            pushFollow(FOLLOW_7);
                            lv_inlineBoard_6_0=ruleInlineBoard();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getAssignmentConfigRule());
                            								}
                            								set(
                            									current,
                            									"inlineBoard",
                            									lv_inlineBoard_6_0,
                            									"org.devassign.dsl.Assign.InlineBoard");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalAssign.g:172:3: ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) | ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) ) )*
            loop4:
            do {
                int alt4=4;
                switch ( input.LA(1) ) {
                case 16:
                case 25:
                case 29:
                    {
                    alt4=1;
                    }
                    break;
                case 30:
                    {
                    alt4=2;
                    }
                    break;
                case 43:
                    {
                    alt4=3;
                    }
                    break;

                }

                switch (alt4) {
            	case 1 :
            	    // InternalAssign.g:173:4: ( (lv_consumers_7_0= ruleConsumer ) )
            	    {
            	    // InternalAssign.g:173:4: ( (lv_consumers_7_0= ruleConsumer ) )
            	    // InternalAssign.g:174:5: (lv_consumers_7_0= ruleConsumer )
            	    {
            	    // InternalAssign.g:174:5: (lv_consumers_7_0= ruleConsumer )
            	    // InternalAssign.g:175:6: lv_consumers_7_0= ruleConsumer
            	    {

            	    						newCompositeNode(grammarAccess.getAssignmentConfigAccess().getConsumersConsumerParserRuleCall_4_0_0());
            	    					
            	    pushFollow(FOLLOW_7);
            	    lv_consumers_7_0=ruleConsumer();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAssignmentConfigRule());
            	    						}
            	    						add(
            	    							current,
            	    							"consumers",
            	    							lv_consumers_7_0,
            	    							"org.devassign.dsl.Assign.Consumer");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalAssign.g:193:4: ( (lv_assignments_8_0= ruleAssignment ) )
            	    {
            	    // InternalAssign.g:193:4: ( (lv_assignments_8_0= ruleAssignment ) )
            	    // InternalAssign.g:194:5: (lv_assignments_8_0= ruleAssignment )
            	    {
            	    // InternalAssign.g:194:5: (lv_assignments_8_0= ruleAssignment )
            	    // InternalAssign.g:195:6: lv_assignments_8_0= ruleAssignment
            	    {

            	    						newCompositeNode(grammarAccess.getAssignmentConfigAccess().getAssignmentsAssignmentParserRuleCall_4_1_0());
            	    					
            	    pushFollow(FOLLOW_7);
            	    lv_assignments_8_0=ruleAssignment();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAssignmentConfigRule());
            	    						}
            	    						add(
            	    							current,
            	    							"assignments",
            	    							lv_assignments_8_0,
            	    							"org.devassign.dsl.Assign.Assignment");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalAssign.g:213:4: ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) )
            	    {
            	    // InternalAssign.g:213:4: ( (lv_virtualFunctions_9_0= ruleVirtualFunctions ) )
            	    // InternalAssign.g:214:5: (lv_virtualFunctions_9_0= ruleVirtualFunctions )
            	    {
            	    // InternalAssign.g:214:5: (lv_virtualFunctions_9_0= ruleVirtualFunctions )
            	    // InternalAssign.g:215:6: lv_virtualFunctions_9_0= ruleVirtualFunctions
            	    {

            	    						newCompositeNode(grammarAccess.getAssignmentConfigAccess().getVirtualFunctionsVirtualFunctionsParserRuleCall_4_2_0());
            	    					
            	    pushFollow(FOLLOW_7);
            	    lv_virtualFunctions_9_0=ruleVirtualFunctions();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAssignmentConfigRule());
            	    						}
            	    						add(
            	    							current,
            	    							"virtualFunctions",
            	    							lv_virtualFunctions_9_0,
            	    							"org.devassign.dsl.Assign.VirtualFunctions");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop4;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAssignmentConfig"


    // $ANTLR start "entryRuleImport"
    // InternalAssign.g:237:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalAssign.g:237:47: (iv_ruleImport= ruleImport EOF )
            // InternalAssign.g:238:2: iv_ruleImport= ruleImport EOF
            {
             newCompositeNode(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImport=ruleImport();

            state._fsp--;

             current =iv_ruleImport; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalAssign.g:244:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_importURI_1_0=null;


        	enterRule();

        try {
            // InternalAssign.g:250:2: ( (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) )
            // InternalAssign.g:251:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            {
            // InternalAssign.g:251:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            // InternalAssign.g:252:3: otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,15,FOLLOW_8); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalAssign.g:256:3: ( (lv_importURI_1_0= RULE_STRING ) )
            // InternalAssign.g:257:4: (lv_importURI_1_0= RULE_STRING )
            {
            // InternalAssign.g:257:4: (lv_importURI_1_0= RULE_STRING )
            // InternalAssign.g:258:5: lv_importURI_1_0= RULE_STRING
            {
            lv_importURI_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_importURI_1_0, grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImportRule());
            					}
            					setWithLastConsumed(
            						current,
            						"importURI",
            						lv_importURI_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleConsumer"
    // InternalAssign.g:278:1: entryRuleConsumer returns [EObject current=null] : iv_ruleConsumer= ruleConsumer EOF ;
    public final EObject entryRuleConsumer() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleConsumer = null;


        try {
            // InternalAssign.g:278:49: (iv_ruleConsumer= ruleConsumer EOF )
            // InternalAssign.g:279:2: iv_ruleConsumer= ruleConsumer EOF
            {
             newCompositeNode(grammarAccess.getConsumerRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleConsumer=ruleConsumer();

            state._fsp--;

             current =iv_ruleConsumer; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleConsumer"


    // $ANTLR start "ruleConsumer"
    // InternalAssign.g:285:1: ruleConsumer returns [EObject current=null] : (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe ) ;
    public final EObject ruleConsumer() throws RecognitionException {
        EObject current = null;

        EObject this_VmGuest_0 = null;

        EObject this_UserspaceDriver_1 = null;

        EObject this_Probe_2 = null;



        	enterRule();

        try {
            // InternalAssign.g:291:2: ( (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe ) )
            // InternalAssign.g:292:2: (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe )
            {
            // InternalAssign.g:292:2: (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe )
            int alt5=3;
            switch ( input.LA(1) ) {
            case 16:
                {
                alt5=1;
                }
                break;
            case 25:
                {
                alt5=2;
                }
                break;
            case 29:
                {
                alt5=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }

            switch (alt5) {
                case 1 :
                    // InternalAssign.g:293:3: this_VmGuest_0= ruleVmGuest
                    {

                    			newCompositeNode(grammarAccess.getConsumerAccess().getVmGuestParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_VmGuest_0=ruleVmGuest();

                    state._fsp--;


                    			current = this_VmGuest_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:302:3: this_UserspaceDriver_1= ruleUserspaceDriver
                    {

                    			newCompositeNode(grammarAccess.getConsumerAccess().getUserspaceDriverParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_UserspaceDriver_1=ruleUserspaceDriver();

                    state._fsp--;


                    			current = this_UserspaceDriver_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalAssign.g:311:3: this_Probe_2= ruleProbe
                    {

                    			newCompositeNode(grammarAccess.getConsumerAccess().getProbeParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_Probe_2=ruleProbe();

                    state._fsp--;


                    			current = this_Probe_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleConsumer"


    // $ANTLR start "entryRuleVmGuest"
    // InternalAssign.g:323:1: entryRuleVmGuest returns [EObject current=null] : iv_ruleVmGuest= ruleVmGuest EOF ;
    public final EObject entryRuleVmGuest() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVmGuest = null;


        try {
            // InternalAssign.g:323:48: (iv_ruleVmGuest= ruleVmGuest EOF )
            // InternalAssign.g:324:2: iv_ruleVmGuest= ruleVmGuest EOF
            {
             newCompositeNode(grammarAccess.getVmGuestRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleVmGuest=ruleVmGuest();

            state._fsp--;

             current =iv_ruleVmGuest; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleVmGuest"


    // $ANTLR start "ruleVmGuest"
    // InternalAssign.g:330:1: ruleVmGuest returns [EObject current=null] : (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? ) ;
    public final EObject ruleVmGuest() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_vcpus_7_0=null;
        Token otherlv_8=null;
        Token lv_machine_9_2=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token lv_qemuVersion_13_0=null;
        Token otherlv_14=null;
        Token lv_libvirtVersion_15_0=null;
        Token otherlv_16=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_memorySize_5_0 = null;

        AntlrDatatypeRuleToken lv_machine_9_1 = null;

        AntlrDatatypeRuleToken lv_memlockLimit_11_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:336:2: ( (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? ) )
            // InternalAssign.g:337:2: (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? )
            {
            // InternalAssign.g:337:2: (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? )
            // InternalAssign.g:338:3: otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )?
            {
            otherlv_0=(Token)match(input,16,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getVmGuestAccess().getVmKeyword_0());
            		
            // InternalAssign.g:342:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:343:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:343:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:344:5: lv_name_1_0= ruleName
            {

            					newCompositeNode(grammarAccess.getVmGuestAccess().getNameNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_9);
            lv_name_1_0=ruleName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getVmGuestRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.devassign.dsl.Assign.Name");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:361:3: (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==17) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalAssign.g:362:4: otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}'
                    {
                    otherlv_2=(Token)match(input,17,FOLLOW_10); 

                    				newLeafNode(otherlv_2, grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalAssign.g:366:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalAssign.g:367:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalAssign.g:367:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalAssign.g:368:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    					
                    // InternalAssign.g:371:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalAssign.g:372:7: ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalAssign.g:372:7: ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )*
                    loop7:
                    do {
                        int alt7=7;
                        int LA7_0 = input.LA(1);

                        if ( LA7_0 == 18 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                            alt7=1;
                        }
                        else if ( LA7_0 == 19 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                            alt7=2;
                        }
                        else if ( LA7_0 == 20 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                            alt7=3;
                        }
                        else if ( LA7_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                            alt7=4;
                        }
                        else if ( LA7_0 == 22 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                            alt7=5;
                        }
                        else if ( LA7_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                            alt7=6;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalAssign.g:373:5: ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:373:5: ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) )
                    	    // InternalAssign.g:374:6: {...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0)");
                    	    }
                    	    // InternalAssign.g:374:107: ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) )
                    	    // InternalAssign.g:375:7: ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0);
                    	    						
                    	    // InternalAssign.g:378:10: ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) )
                    	    // InternalAssign.g:378:11: {...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:378:20: (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) )
                    	    // InternalAssign.g:378:21: otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) )
                    	    {
                    	    otherlv_4=(Token)match(input,18,FOLLOW_11); 

                    	    										newLeafNode(otherlv_4, grammarAccess.getVmGuestAccess().getMemoryKeyword_2_1_0_0());
                    	    									
                    	    // InternalAssign.g:382:10: ( (lv_memorySize_5_0= ruleSize ) )
                    	    // InternalAssign.g:383:11: (lv_memorySize_5_0= ruleSize )
                    	    {
                    	    // InternalAssign.g:383:11: (lv_memorySize_5_0= ruleSize )
                    	    // InternalAssign.g:384:12: lv_memorySize_5_0= ruleSize
                    	    {

                    	    												newCompositeNode(grammarAccess.getVmGuestAccess().getMemorySizeSizeParserRuleCall_2_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_10);
                    	    lv_memorySize_5_0=ruleSize();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getVmGuestRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"memorySize",
                    	    													lv_memorySize_5_0,
                    	    													"org.devassign.dsl.Assign.Size");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:407:5: ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:407:5: ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) )
                    	    // InternalAssign.g:408:6: {...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1)");
                    	    }
                    	    // InternalAssign.g:408:107: ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) )
                    	    // InternalAssign.g:409:7: ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1);
                    	    						
                    	    // InternalAssign.g:412:10: ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) )
                    	    // InternalAssign.g:412:11: {...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:412:20: (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) )
                    	    // InternalAssign.g:412:21: otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) )
                    	    {
                    	    otherlv_6=(Token)match(input,19,FOLLOW_12); 

                    	    										newLeafNode(otherlv_6, grammarAccess.getVmGuestAccess().getVcpusKeyword_2_1_1_0());
                    	    									
                    	    // InternalAssign.g:416:10: ( (lv_vcpus_7_0= RULE_INT ) )
                    	    // InternalAssign.g:417:11: (lv_vcpus_7_0= RULE_INT )
                    	    {
                    	    // InternalAssign.g:417:11: (lv_vcpus_7_0= RULE_INT )
                    	    // InternalAssign.g:418:12: lv_vcpus_7_0= RULE_INT
                    	    {
                    	    lv_vcpus_7_0=(Token)match(input,RULE_INT,FOLLOW_10); 

                    	    												newLeafNode(lv_vcpus_7_0, grammarAccess.getVmGuestAccess().getVcpusINTTerminalRuleCall_2_1_1_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getVmGuestRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"vcpus",
                    	    													lv_vcpus_7_0,
                    	    													"org.eclipse.xtext.common.Terminals.INT");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalAssign.g:440:5: ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:440:5: ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) )
                    	    // InternalAssign.g:441:6: {...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2)");
                    	    }
                    	    // InternalAssign.g:441:107: ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:442:7: ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2);
                    	    						
                    	    // InternalAssign.g:445:10: ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:445:11: {...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:445:20: (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:445:21: otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) )
                    	    {
                    	    otherlv_8=(Token)match(input,20,FOLLOW_13); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getVmGuestAccess().getMachineKeyword_2_1_2_0());
                    	    									
                    	    // InternalAssign.g:449:10: ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) )
                    	    // InternalAssign.g:450:11: ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) )
                    	    {
                    	    // InternalAssign.g:450:11: ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) )
                    	    // InternalAssign.g:451:12: (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:451:12: (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING )
                    	    int alt6=2;
                    	    int LA6_0 = input.LA(1);

                    	    if ( (LA6_0==RULE_ID||LA6_0==12||(LA6_0>=15 && LA6_0<=16)||(LA6_0>=18 && LA6_0<=23)||(LA6_0>=25 && LA6_0<=30)||LA6_0==32||(LA6_0>=38 && LA6_0<=43)||LA6_0==45||LA6_0==47||LA6_0==49||(LA6_0>=52 && LA6_0<=63)||(LA6_0>=65 && LA6_0<=67)||(LA6_0>=69 && LA6_0<=71)||(LA6_0>=73 && LA6_0<=101)) ) {
                    	        alt6=1;
                    	    }
                    	    else if ( (LA6_0==RULE_STRING) ) {
                    	        alt6=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 6, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt6) {
                    	        case 1 :
                    	            // InternalAssign.g:452:13: lv_machine_9_1= ruleName
                    	            {

                    	            													newCompositeNode(grammarAccess.getVmGuestAccess().getMachineNameParserRuleCall_2_1_2_1_0_0());
                    	            												
                    	            pushFollow(FOLLOW_10);
                    	            lv_machine_9_1=ruleName();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getVmGuestRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"machine",
                    	            														lv_machine_9_1,
                    	            														"org.devassign.dsl.Assign.Name");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }
                    	            break;
                    	        case 2 :
                    	            // InternalAssign.g:468:13: lv_machine_9_2= RULE_STRING
                    	            {
                    	            lv_machine_9_2=(Token)match(input,RULE_STRING,FOLLOW_10); 

                    	            													newLeafNode(lv_machine_9_2, grammarAccess.getVmGuestAccess().getMachineSTRINGTerminalRuleCall_2_1_2_1_0_1());
                    	            												

                    	            													if (current==null) {
                    	            														current = createModelElement(grammarAccess.getVmGuestRule());
                    	            													}
                    	            													setWithLastConsumed(
                    	            														current,
                    	            														"machine",
                    	            														lv_machine_9_2,
                    	            														"org.eclipse.xtext.common.Terminals.STRING");
                    	            												

                    	            }
                    	            break;

                    	    }


                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalAssign.g:491:5: ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:491:5: ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) )
                    	    // InternalAssign.g:492:6: {...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3)");
                    	    }
                    	    // InternalAssign.g:492:107: ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) )
                    	    // InternalAssign.g:493:7: ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3);
                    	    						
                    	    // InternalAssign.g:496:10: ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) )
                    	    // InternalAssign.g:496:11: {...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:496:20: (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) )
                    	    // InternalAssign.g:496:21: otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) )
                    	    {
                    	    otherlv_10=(Token)match(input,21,FOLLOW_11); 

                    	    										newLeafNode(otherlv_10, grammarAccess.getVmGuestAccess().getMemlockKeyword_2_1_3_0());
                    	    									
                    	    // InternalAssign.g:500:10: ( (lv_memlockLimit_11_0= ruleSize ) )
                    	    // InternalAssign.g:501:11: (lv_memlockLimit_11_0= ruleSize )
                    	    {
                    	    // InternalAssign.g:501:11: (lv_memlockLimit_11_0= ruleSize )
                    	    // InternalAssign.g:502:12: lv_memlockLimit_11_0= ruleSize
                    	    {

                    	    												newCompositeNode(grammarAccess.getVmGuestAccess().getMemlockLimitSizeParserRuleCall_2_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_10);
                    	    lv_memlockLimit_11_0=ruleSize();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getVmGuestRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"memlockLimit",
                    	    													lv_memlockLimit_11_0,
                    	    													"org.devassign.dsl.Assign.Size");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalAssign.g:525:5: ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:525:5: ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:526:6: {...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4)");
                    	    }
                    	    // InternalAssign.g:526:107: ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:527:7: ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4);
                    	    						
                    	    // InternalAssign.g:530:10: ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:530:11: {...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:530:20: (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) )
                    	    // InternalAssign.g:530:21: otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) )
                    	    {
                    	    otherlv_12=(Token)match(input,22,FOLLOW_8); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getVmGuestAccess().getQemuKeyword_2_1_4_0());
                    	    									
                    	    // InternalAssign.g:534:10: ( (lv_qemuVersion_13_0= RULE_STRING ) )
                    	    // InternalAssign.g:535:11: (lv_qemuVersion_13_0= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:535:11: (lv_qemuVersion_13_0= RULE_STRING )
                    	    // InternalAssign.g:536:12: lv_qemuVersion_13_0= RULE_STRING
                    	    {
                    	    lv_qemuVersion_13_0=(Token)match(input,RULE_STRING,FOLLOW_10); 

                    	    												newLeafNode(lv_qemuVersion_13_0, grammarAccess.getVmGuestAccess().getQemuVersionSTRINGTerminalRuleCall_2_1_4_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getVmGuestRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"qemuVersion",
                    	    													lv_qemuVersion_13_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 6 :
                    	    // InternalAssign.g:558:5: ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:558:5: ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:559:6: {...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5)");
                    	    }
                    	    // InternalAssign.g:559:107: ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:560:7: ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5);
                    	    						
                    	    // InternalAssign.g:563:10: ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:563:11: {...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:563:20: (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) )
                    	    // InternalAssign.g:563:21: otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) )
                    	    {
                    	    otherlv_14=(Token)match(input,23,FOLLOW_8); 

                    	    										newLeafNode(otherlv_14, grammarAccess.getVmGuestAccess().getLibvirtKeyword_2_1_5_0());
                    	    									
                    	    // InternalAssign.g:567:10: ( (lv_libvirtVersion_15_0= RULE_STRING ) )
                    	    // InternalAssign.g:568:11: (lv_libvirtVersion_15_0= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:568:11: (lv_libvirtVersion_15_0= RULE_STRING )
                    	    // InternalAssign.g:569:12: lv_libvirtVersion_15_0= RULE_STRING
                    	    {
                    	    lv_libvirtVersion_15_0=(Token)match(input,RULE_STRING,FOLLOW_10); 

                    	    												newLeafNode(lv_libvirtVersion_15_0, grammarAccess.getVmGuestAccess().getLibvirtVersionSTRINGTerminalRuleCall_2_1_5_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getVmGuestRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"libvirtVersion",
                    	    													lv_libvirtVersion_15_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop7;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    					

                    }

                    otherlv_16=(Token)match(input,24,FOLLOW_2); 

                    				newLeafNode(otherlv_16, grammarAccess.getVmGuestAccess().getRightCurlyBracketKeyword_2_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleVmGuest"


    // $ANTLR start "entryRuleUserspaceDriver"
    // InternalAssign.g:607:1: entryRuleUserspaceDriver returns [EObject current=null] : iv_ruleUserspaceDriver= ruleUserspaceDriver EOF ;
    public final EObject entryRuleUserspaceDriver() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleUserspaceDriver = null;


        try {
            // InternalAssign.g:607:56: (iv_ruleUserspaceDriver= ruleUserspaceDriver EOF )
            // InternalAssign.g:608:2: iv_ruleUserspaceDriver= ruleUserspaceDriver EOF
            {
             newCompositeNode(grammarAccess.getUserspaceDriverRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleUserspaceDriver=ruleUserspaceDriver();

            state._fsp--;

             current =iv_ruleUserspaceDriver; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleUserspaceDriver"


    // $ANTLR start "ruleUserspaceDriver"
    // InternalAssign.g:614:1: ruleUserspaceDriver returns [EObject current=null] : (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? ) ;
    public final EObject ruleUserspaceDriver() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token lv_socketPath_11_0=null;
        Token otherlv_12=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_uid_5_0 = null;

        AntlrDatatypeRuleToken lv_gid_7_0 = null;

        AntlrDatatypeRuleToken lv_memlockLimit_9_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:620:2: ( (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? ) )
            // InternalAssign.g:621:2: (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? )
            {
            // InternalAssign.g:621:2: (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? )
            // InternalAssign.g:622:3: otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )?
            {
            otherlv_0=(Token)match(input,25,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getUserspaceDriverAccess().getUserspaceKeyword_0());
            		
            // InternalAssign.g:626:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:627:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:627:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:628:5: lv_name_1_0= ruleName
            {

            					newCompositeNode(grammarAccess.getUserspaceDriverAccess().getNameNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_9);
            lv_name_1_0=ruleName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getUserspaceDriverRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.devassign.dsl.Assign.Name");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:645:3: (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==17) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalAssign.g:646:4: otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}'
                    {
                    otherlv_2=(Token)match(input,17,FOLLOW_14); 

                    				newLeafNode(otherlv_2, grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalAssign.g:650:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalAssign.g:651:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalAssign.g:651:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalAssign.g:652:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
                    					
                    // InternalAssign.g:655:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalAssign.g:656:7: ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalAssign.g:656:7: ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )*
                    loop9:
                    do {
                        int alt9=5;
                        int LA9_0 = input.LA(1);

                        if ( LA9_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                            alt9=1;
                        }
                        else if ( LA9_0 == 27 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                            alt9=2;
                        }
                        else if ( LA9_0 == 21 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                            alt9=3;
                        }
                        else if ( LA9_0 == 28 && getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                            alt9=4;
                        }


                        switch (alt9) {
                    	case 1 :
                    	    // InternalAssign.g:657:5: ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:657:5: ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) )
                    	    // InternalAssign.g:658:6: {...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0)");
                    	    }
                    	    // InternalAssign.g:658:115: ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) )
                    	    // InternalAssign.g:659:7: ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0);
                    	    						
                    	    // InternalAssign.g:662:10: ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) )
                    	    // InternalAssign.g:662:11: {...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:662:20: (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) )
                    	    // InternalAssign.g:662:21: otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) )
                    	    {
                    	    otherlv_4=(Token)match(input,26,FOLLOW_12); 

                    	    										newLeafNode(otherlv_4, grammarAccess.getUserspaceDriverAccess().getUidKeyword_2_1_0_0());
                    	    									
                    	    // InternalAssign.g:666:10: ( (lv_uid_5_0= ruleUnixId ) )
                    	    // InternalAssign.g:667:11: (lv_uid_5_0= ruleUnixId )
                    	    {
                    	    // InternalAssign.g:667:11: (lv_uid_5_0= ruleUnixId )
                    	    // InternalAssign.g:668:12: lv_uid_5_0= ruleUnixId
                    	    {

                    	    												newCompositeNode(grammarAccess.getUserspaceDriverAccess().getUidUnixIdParserRuleCall_2_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_14);
                    	    lv_uid_5_0=ruleUnixId();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getUserspaceDriverRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"uid",
                    	    													lv_uid_5_0,
                    	    													"org.devassign.dsl.Assign.UnixId");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:691:5: ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:691:5: ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) )
                    	    // InternalAssign.g:692:6: {...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1)");
                    	    }
                    	    // InternalAssign.g:692:115: ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) )
                    	    // InternalAssign.g:693:7: ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1);
                    	    						
                    	    // InternalAssign.g:696:10: ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) )
                    	    // InternalAssign.g:696:11: {...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:696:20: (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) )
                    	    // InternalAssign.g:696:21: otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) )
                    	    {
                    	    otherlv_6=(Token)match(input,27,FOLLOW_12); 

                    	    										newLeafNode(otherlv_6, grammarAccess.getUserspaceDriverAccess().getGidKeyword_2_1_1_0());
                    	    									
                    	    // InternalAssign.g:700:10: ( (lv_gid_7_0= ruleUnixId ) )
                    	    // InternalAssign.g:701:11: (lv_gid_7_0= ruleUnixId )
                    	    {
                    	    // InternalAssign.g:701:11: (lv_gid_7_0= ruleUnixId )
                    	    // InternalAssign.g:702:12: lv_gid_7_0= ruleUnixId
                    	    {

                    	    												newCompositeNode(grammarAccess.getUserspaceDriverAccess().getGidUnixIdParserRuleCall_2_1_1_1_0());
                    	    											
                    	    pushFollow(FOLLOW_14);
                    	    lv_gid_7_0=ruleUnixId();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getUserspaceDriverRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"gid",
                    	    													lv_gid_7_0,
                    	    													"org.devassign.dsl.Assign.UnixId");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalAssign.g:725:5: ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:725:5: ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) )
                    	    // InternalAssign.g:726:6: {...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2)");
                    	    }
                    	    // InternalAssign.g:726:115: ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) )
                    	    // InternalAssign.g:727:7: ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2);
                    	    						
                    	    // InternalAssign.g:730:10: ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) )
                    	    // InternalAssign.g:730:11: {...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:730:20: (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) )
                    	    // InternalAssign.g:730:21: otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) )
                    	    {
                    	    otherlv_8=(Token)match(input,21,FOLLOW_11); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getUserspaceDriverAccess().getMemlockKeyword_2_1_2_0());
                    	    									
                    	    // InternalAssign.g:734:10: ( (lv_memlockLimit_9_0= ruleSize ) )
                    	    // InternalAssign.g:735:11: (lv_memlockLimit_9_0= ruleSize )
                    	    {
                    	    // InternalAssign.g:735:11: (lv_memlockLimit_9_0= ruleSize )
                    	    // InternalAssign.g:736:12: lv_memlockLimit_9_0= ruleSize
                    	    {

                    	    												newCompositeNode(grammarAccess.getUserspaceDriverAccess().getMemlockLimitSizeParserRuleCall_2_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_14);
                    	    lv_memlockLimit_9_0=ruleSize();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getUserspaceDriverRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"memlockLimit",
                    	    													lv_memlockLimit_9_0,
                    	    													"org.devassign.dsl.Assign.Size");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalAssign.g:759:5: ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:759:5: ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:760:6: {...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3)");
                    	    }
                    	    // InternalAssign.g:760:115: ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:761:7: ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3);
                    	    						
                    	    // InternalAssign.g:764:10: ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:764:11: {...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:764:20: (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) )
                    	    // InternalAssign.g:764:21: otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) )
                    	    {
                    	    otherlv_10=(Token)match(input,28,FOLLOW_8); 

                    	    										newLeafNode(otherlv_10, grammarAccess.getUserspaceDriverAccess().getSocketKeyword_2_1_3_0());
                    	    									
                    	    // InternalAssign.g:768:10: ( (lv_socketPath_11_0= RULE_STRING ) )
                    	    // InternalAssign.g:769:11: (lv_socketPath_11_0= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:769:11: (lv_socketPath_11_0= RULE_STRING )
                    	    // InternalAssign.g:770:12: lv_socketPath_11_0= RULE_STRING
                    	    {
                    	    lv_socketPath_11_0=(Token)match(input,RULE_STRING,FOLLOW_14); 

                    	    												newLeafNode(lv_socketPath_11_0, grammarAccess.getUserspaceDriverAccess().getSocketPathSTRINGTerminalRuleCall_2_1_3_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getUserspaceDriverRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"socketPath",
                    	    													lv_socketPath_11_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop9;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
                    					

                    }

                    otherlv_12=(Token)match(input,24,FOLLOW_2); 

                    				newLeafNode(otherlv_12, grammarAccess.getUserspaceDriverAccess().getRightCurlyBracketKeyword_2_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleUserspaceDriver"


    // $ANTLR start "entryRuleProbe"
    // InternalAssign.g:808:1: entryRuleProbe returns [EObject current=null] : iv_ruleProbe= ruleProbe EOF ;
    public final EObject entryRuleProbe() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProbe = null;


        try {
            // InternalAssign.g:808:46: (iv_ruleProbe= ruleProbe EOF )
            // InternalAssign.g:809:2: iv_ruleProbe= ruleProbe EOF
            {
             newCompositeNode(grammarAccess.getProbeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleProbe=ruleProbe();

            state._fsp--;

             current =iv_ruleProbe; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleProbe"


    // $ANTLR start "ruleProbe"
    // InternalAssign.g:815:1: ruleProbe returns [EObject current=null] : (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? ) ;
    public final EObject ruleProbe() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_memlockLimit_4_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:821:2: ( (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? ) )
            // InternalAssign.g:822:2: (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? )
            {
            // InternalAssign.g:822:2: (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? )
            // InternalAssign.g:823:3: otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,29,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getProbeAccess().getProbeKeyword_0());
            		
            // InternalAssign.g:827:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:828:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:828:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:829:5: lv_name_1_0= ruleName
            {

            					newCompositeNode(grammarAccess.getProbeAccess().getNameNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_9);
            lv_name_1_0=ruleName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getProbeRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.devassign.dsl.Assign.Name");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:846:3: (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==17) ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalAssign.g:847:4: otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}'
                    {
                    otherlv_2=(Token)match(input,17,FOLLOW_15); 

                    				newLeafNode(otherlv_2, grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalAssign.g:851:4: (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )?
                    int alt11=2;
                    int LA11_0 = input.LA(1);

                    if ( (LA11_0==21) ) {
                        alt11=1;
                    }
                    switch (alt11) {
                        case 1 :
                            // InternalAssign.g:852:5: otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) )
                            {
                            otherlv_3=(Token)match(input,21,FOLLOW_11); 

                            					newLeafNode(otherlv_3, grammarAccess.getProbeAccess().getMemlockKeyword_2_1_0());
                            				
                            // InternalAssign.g:856:5: ( (lv_memlockLimit_4_0= ruleSize ) )
                            // InternalAssign.g:857:6: (lv_memlockLimit_4_0= ruleSize )
                            {
                            // InternalAssign.g:857:6: (lv_memlockLimit_4_0= ruleSize )
                            // InternalAssign.g:858:7: lv_memlockLimit_4_0= ruleSize
                            {

                            							newCompositeNode(grammarAccess.getProbeAccess().getMemlockLimitSizeParserRuleCall_2_1_1_0());
                            						
                            pushFollow(FOLLOW_16);
                            lv_memlockLimit_4_0=ruleSize();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getProbeRule());
                            							}
                            							set(
                            								current,
                            								"memlockLimit",
                            								lv_memlockLimit_4_0,
                            								"org.devassign.dsl.Assign.Size");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }


                            }
                            break;

                    }

                    otherlv_5=(Token)match(input,24,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getProbeAccess().getRightCurlyBracketKeyword_2_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleProbe"


    // $ANTLR start "entryRuleAssignment"
    // InternalAssign.g:885:1: entryRuleAssignment returns [EObject current=null] : iv_ruleAssignment= ruleAssignment EOF ;
    public final EObject entryRuleAssignment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAssignment = null;


        try {
            // InternalAssign.g:885:51: (iv_ruleAssignment= ruleAssignment EOF )
            // InternalAssign.g:886:2: iv_ruleAssignment= ruleAssignment EOF
            {
             newCompositeNode(grammarAccess.getAssignmentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAssignment=ruleAssignment();

            state._fsp--;

             current =iv_ruleAssignment; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAssignment"


    // $ANTLR start "ruleAssignment"
    // InternalAssign.g:892:1: ruleAssignment returns [EObject current=null] : (otherlv_0= 'assign' ( ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' ) | ( ( ruleDeviceRef ) ) | (otherlv_10= 'group' ( ( ruleGroupId ) ) ) ) otherlv_12= 'to' ( ( ruleName ) ) (otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )* otherlv_27= '}' )? ) ;
    public final EObject ruleAssignment() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_firstVf_5_0=null;
        Token otherlv_6=null;
        Token lv_lastVf_7_0=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        Token otherlv_20=null;
        Token lv_persistent_22_0=null;
        Token lv_force_23_0=null;
        Token otherlv_27=null;
        Enumerator lv_driver_17_0 = null;

        Enumerator lv_openPath_19_0 = null;

        Enumerator lv_resetPolicy_21_0 = null;

        EObject lv_regions_24_0 = null;

        EObject lv_irqs_25_0 = null;

        EObject lv_dmaWindows_26_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:898:2: ( (otherlv_0= 'assign' ( ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' ) | ( ( ruleDeviceRef ) ) | (otherlv_10= 'group' ( ( ruleGroupId ) ) ) ) otherlv_12= 'to' ( ( ruleName ) ) (otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )* otherlv_27= '}' )? ) )
            // InternalAssign.g:899:2: (otherlv_0= 'assign' ( ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' ) | ( ( ruleDeviceRef ) ) | (otherlv_10= 'group' ( ( ruleGroupId ) ) ) ) otherlv_12= 'to' ( ( ruleName ) ) (otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )* otherlv_27= '}' )? )
            {
            // InternalAssign.g:899:2: (otherlv_0= 'assign' ( ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' ) | ( ( ruleDeviceRef ) ) | (otherlv_10= 'group' ( ( ruleGroupId ) ) ) ) otherlv_12= 'to' ( ( ruleName ) ) (otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )* otherlv_27= '}' )? )
            // InternalAssign.g:900:3: otherlv_0= 'assign' ( ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' ) | ( ( ruleDeviceRef ) ) | (otherlv_10= 'group' ( ( ruleGroupId ) ) ) ) otherlv_12= 'to' ( ( ruleName ) ) (otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )* otherlv_27= '}' )?
            {
            otherlv_0=(Token)match(input,30,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getAssignmentAccess().getAssignKeyword_0());
            		
            // InternalAssign.g:904:3: ( ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' ) | ( ( ruleDeviceRef ) ) | (otherlv_10= 'group' ( ( ruleGroupId ) ) ) )
            int alt14=3;
            alt14 = dfa14.predict(input);
            switch (alt14) {
                case 1 :
                    // InternalAssign.g:905:4: ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' )
                    {
                    // InternalAssign.g:905:4: ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' )
                    // InternalAssign.g:906:5: ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']'
                    {
                    // InternalAssign.g:906:5: ( ( ruleDeviceRef ) )
                    // InternalAssign.g:907:6: ( ruleDeviceRef )
                    {
                    // InternalAssign.g:907:6: ( ruleDeviceRef )
                    // InternalAssign.g:908:7: ruleDeviceRef
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getAssignmentRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getAssignmentAccess().getPhysicalFunctionDeviceCrossReference_1_0_0_0());
                    						
                    pushFollow(FOLLOW_18);
                    ruleDeviceRef();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    otherlv_2=(Token)match(input,31,FOLLOW_19); 

                    					newLeafNode(otherlv_2, grammarAccess.getAssignmentAccess().getFullStopKeyword_1_0_1());
                    				
                    otherlv_3=(Token)match(input,32,FOLLOW_20); 

                    					newLeafNode(otherlv_3, grammarAccess.getAssignmentAccess().getVfKeyword_1_0_2());
                    				
                    otherlv_4=(Token)match(input,33,FOLLOW_12); 

                    					newLeafNode(otherlv_4, grammarAccess.getAssignmentAccess().getLeftSquareBracketKeyword_1_0_3());
                    				
                    // InternalAssign.g:934:5: ( (lv_firstVf_5_0= RULE_INT ) )
                    // InternalAssign.g:935:6: (lv_firstVf_5_0= RULE_INT )
                    {
                    // InternalAssign.g:935:6: (lv_firstVf_5_0= RULE_INT )
                    // InternalAssign.g:936:7: lv_firstVf_5_0= RULE_INT
                    {
                    lv_firstVf_5_0=(Token)match(input,RULE_INT,FOLLOW_21); 

                    							newLeafNode(lv_firstVf_5_0, grammarAccess.getAssignmentAccess().getFirstVfINTTerminalRuleCall_1_0_4_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getAssignmentRule());
                    							}
                    							setWithLastConsumed(
                    								current,
                    								"firstVf",
                    								lv_firstVf_5_0,
                    								"org.eclipse.xtext.common.Terminals.INT");
                    						

                    }


                    }

                    // InternalAssign.g:952:5: (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )?
                    int alt13=2;
                    int LA13_0 = input.LA(1);

                    if ( (LA13_0==34) ) {
                        alt13=1;
                    }
                    switch (alt13) {
                        case 1 :
                            // InternalAssign.g:953:6: otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) )
                            {
                            otherlv_6=(Token)match(input,34,FOLLOW_12); 

                            						newLeafNode(otherlv_6, grammarAccess.getAssignmentAccess().getFullStopFullStopKeyword_1_0_5_0());
                            					
                            // InternalAssign.g:957:6: ( (lv_lastVf_7_0= RULE_INT ) )
                            // InternalAssign.g:958:7: (lv_lastVf_7_0= RULE_INT )
                            {
                            // InternalAssign.g:958:7: (lv_lastVf_7_0= RULE_INT )
                            // InternalAssign.g:959:8: lv_lastVf_7_0= RULE_INT
                            {
                            lv_lastVf_7_0=(Token)match(input,RULE_INT,FOLLOW_22); 

                            								newLeafNode(lv_lastVf_7_0, grammarAccess.getAssignmentAccess().getLastVfINTTerminalRuleCall_1_0_5_1_0());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getAssignmentRule());
                            								}
                            								setWithLastConsumed(
                            									current,
                            									"lastVf",
                            									lv_lastVf_7_0,
                            									"org.eclipse.xtext.common.Terminals.INT");
                            							

                            }


                            }


                            }
                            break;

                    }

                    otherlv_8=(Token)match(input,35,FOLLOW_23); 

                    					newLeafNode(otherlv_8, grammarAccess.getAssignmentAccess().getRightSquareBracketKeyword_1_0_6());
                    				

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:982:4: ( ( ruleDeviceRef ) )
                    {
                    // InternalAssign.g:982:4: ( ( ruleDeviceRef ) )
                    // InternalAssign.g:983:5: ( ruleDeviceRef )
                    {
                    // InternalAssign.g:983:5: ( ruleDeviceRef )
                    // InternalAssign.g:984:6: ruleDeviceRef
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getAssignmentRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_1_0());
                    					
                    pushFollow(FOLLOW_23);
                    ruleDeviceRef();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:999:4: (otherlv_10= 'group' ( ( ruleGroupId ) ) )
                    {
                    // InternalAssign.g:999:4: (otherlv_10= 'group' ( ( ruleGroupId ) ) )
                    // InternalAssign.g:1000:5: otherlv_10= 'group' ( ( ruleGroupId ) )
                    {
                    otherlv_10=(Token)match(input,36,FOLLOW_12); 

                    					newLeafNode(otherlv_10, grammarAccess.getAssignmentAccess().getGroupKeyword_1_2_0());
                    				
                    // InternalAssign.g:1004:5: ( ( ruleGroupId ) )
                    // InternalAssign.g:1005:6: ( ruleGroupId )
                    {
                    // InternalAssign.g:1005:6: ( ruleGroupId )
                    // InternalAssign.g:1006:7: ruleGroupId
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getAssignmentRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_2_1_0());
                    						
                    pushFollow(FOLLOW_23);
                    ruleGroupId();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;

            }

            otherlv_12=(Token)match(input,37,FOLLOW_4); 

            			newLeafNode(otherlv_12, grammarAccess.getAssignmentAccess().getToKeyword_2());
            		
            // InternalAssign.g:1026:3: ( ( ruleName ) )
            // InternalAssign.g:1027:4: ( ruleName )
            {
            // InternalAssign.g:1027:4: ( ruleName )
            // InternalAssign.g:1028:5: ruleName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAssignmentRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAssignmentAccess().getConsumerConsumerCrossReference_3_0());
            				
            pushFollow(FOLLOW_9);
            ruleName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:1042:3: (otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )* otherlv_27= '}' )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==17) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalAssign.g:1043:4: otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )* otherlv_27= '}'
                    {
                    otherlv_14=(Token)match(input,17,FOLLOW_24); 

                    				newLeafNode(otherlv_14, grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalAssign.g:1047:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) ) )
                    // InternalAssign.g:1048:5: ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) )
                    {
                    // InternalAssign.g:1048:5: ( ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* ) )
                    // InternalAssign.g:1049:6: ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    					
                    // InternalAssign.g:1052:6: ( ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )* )
                    // InternalAssign.g:1053:7: ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )*
                    {
                    // InternalAssign.g:1053:7: ( ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) ) )*
                    loop15:
                    do {
                        int alt15=6;
                        int LA15_0 = input.LA(1);

                        if ( LA15_0 == 38 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                            alt15=1;
                        }
                        else if ( LA15_0 == 39 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                            alt15=2;
                        }
                        else if ( LA15_0 == 40 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                            alt15=3;
                        }
                        else if ( LA15_0 == 41 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                            alt15=4;
                        }
                        else if ( LA15_0 == 42 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                            alt15=5;
                        }


                        switch (alt15) {
                    	case 1 :
                    	    // InternalAssign.g:1054:5: ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:1054:5: ({...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) ) )
                    	    // InternalAssign.g:1055:6: {...}? => ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0)");
                    	    }
                    	    // InternalAssign.g:1055:110: ( ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) ) )
                    	    // InternalAssign.g:1056:7: ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0);
                    	    						
                    	    // InternalAssign.g:1059:10: ({...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) ) )
                    	    // InternalAssign.g:1059:11: {...}? => (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:1059:20: (otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) ) )
                    	    // InternalAssign.g:1059:21: otherlv_16= 'driver' ( (lv_driver_17_0= ruleVfioDriver ) )
                    	    {
                    	    otherlv_16=(Token)match(input,38,FOLLOW_25); 

                    	    										newLeafNode(otherlv_16, grammarAccess.getAssignmentAccess().getDriverKeyword_4_1_0_0());
                    	    									
                    	    // InternalAssign.g:1063:10: ( (lv_driver_17_0= ruleVfioDriver ) )
                    	    // InternalAssign.g:1064:11: (lv_driver_17_0= ruleVfioDriver )
                    	    {
                    	    // InternalAssign.g:1064:11: (lv_driver_17_0= ruleVfioDriver )
                    	    // InternalAssign.g:1065:12: lv_driver_17_0= ruleVfioDriver
                    	    {

                    	    												newCompositeNode(grammarAccess.getAssignmentAccess().getDriverVfioDriverEnumRuleCall_4_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_24);
                    	    lv_driver_17_0=ruleVfioDriver();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"driver",
                    	    													lv_driver_17_0,
                    	    													"org.devassign.dsl.Assign.VfioDriver");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:1088:5: ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:1088:5: ({...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) ) )
                    	    // InternalAssign.g:1089:6: {...}? => ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1)");
                    	    }
                    	    // InternalAssign.g:1089:110: ( ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) ) )
                    	    // InternalAssign.g:1090:7: ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1);
                    	    						
                    	    // InternalAssign.g:1093:10: ({...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) ) )
                    	    // InternalAssign.g:1093:11: {...}? => (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:1093:20: (otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) ) )
                    	    // InternalAssign.g:1093:21: otherlv_18= 'open' ( (lv_openPath_19_0= ruleOpenPath ) )
                    	    {
                    	    otherlv_18=(Token)match(input,39,FOLLOW_26); 

                    	    										newLeafNode(otherlv_18, grammarAccess.getAssignmentAccess().getOpenKeyword_4_1_1_0());
                    	    									
                    	    // InternalAssign.g:1097:10: ( (lv_openPath_19_0= ruleOpenPath ) )
                    	    // InternalAssign.g:1098:11: (lv_openPath_19_0= ruleOpenPath )
                    	    {
                    	    // InternalAssign.g:1098:11: (lv_openPath_19_0= ruleOpenPath )
                    	    // InternalAssign.g:1099:12: lv_openPath_19_0= ruleOpenPath
                    	    {

                    	    												newCompositeNode(grammarAccess.getAssignmentAccess().getOpenPathOpenPathEnumRuleCall_4_1_1_1_0());
                    	    											
                    	    pushFollow(FOLLOW_24);
                    	    lv_openPath_19_0=ruleOpenPath();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"openPath",
                    	    													lv_openPath_19_0,
                    	    													"org.devassign.dsl.Assign.OpenPath");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalAssign.g:1122:5: ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:1122:5: ({...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) ) )
                    	    // InternalAssign.g:1123:6: {...}? => ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2)");
                    	    }
                    	    // InternalAssign.g:1123:110: ( ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) ) )
                    	    // InternalAssign.g:1124:7: ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2);
                    	    						
                    	    // InternalAssign.g:1127:10: ({...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) ) )
                    	    // InternalAssign.g:1127:11: {...}? => (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:1127:20: (otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) ) )
                    	    // InternalAssign.g:1127:21: otherlv_20= 'reset' ( (lv_resetPolicy_21_0= ruleResetPolicy ) )
                    	    {
                    	    otherlv_20=(Token)match(input,40,FOLLOW_27); 

                    	    										newLeafNode(otherlv_20, grammarAccess.getAssignmentAccess().getResetKeyword_4_1_2_0());
                    	    									
                    	    // InternalAssign.g:1131:10: ( (lv_resetPolicy_21_0= ruleResetPolicy ) )
                    	    // InternalAssign.g:1132:11: (lv_resetPolicy_21_0= ruleResetPolicy )
                    	    {
                    	    // InternalAssign.g:1132:11: (lv_resetPolicy_21_0= ruleResetPolicy )
                    	    // InternalAssign.g:1133:12: lv_resetPolicy_21_0= ruleResetPolicy
                    	    {

                    	    												newCompositeNode(grammarAccess.getAssignmentAccess().getResetPolicyResetPolicyEnumRuleCall_4_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_24);
                    	    lv_resetPolicy_21_0=ruleResetPolicy();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"resetPolicy",
                    	    													lv_resetPolicy_21_0,
                    	    													"org.devassign.dsl.Assign.ResetPolicy");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalAssign.g:1156:5: ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:1156:5: ({...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) ) )
                    	    // InternalAssign.g:1157:6: {...}? => ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3)");
                    	    }
                    	    // InternalAssign.g:1157:110: ( ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) ) )
                    	    // InternalAssign.g:1158:7: ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3);
                    	    						
                    	    // InternalAssign.g:1161:10: ({...}? => ( (lv_persistent_22_0= 'persistent' ) ) )
                    	    // InternalAssign.g:1161:11: {...}? => ( (lv_persistent_22_0= 'persistent' ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:1161:20: ( (lv_persistent_22_0= 'persistent' ) )
                    	    // InternalAssign.g:1161:21: (lv_persistent_22_0= 'persistent' )
                    	    {
                    	    // InternalAssign.g:1161:21: (lv_persistent_22_0= 'persistent' )
                    	    // InternalAssign.g:1162:11: lv_persistent_22_0= 'persistent'
                    	    {
                    	    lv_persistent_22_0=(Token)match(input,41,FOLLOW_24); 

                    	    											newLeafNode(lv_persistent_22_0, grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0());
                    	    										

                    	    											if (current==null) {
                    	    												current = createModelElement(grammarAccess.getAssignmentRule());
                    	    											}
                    	    											setWithLastConsumed(current, "persistent", lv_persistent_22_0 != null, "persistent");
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalAssign.g:1179:5: ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:1179:5: ({...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) ) )
                    	    // InternalAssign.g:1180:6: {...}? => ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4)");
                    	    }
                    	    // InternalAssign.g:1180:110: ( ({...}? => ( (lv_force_23_0= 'force' ) ) ) )
                    	    // InternalAssign.g:1181:7: ({...}? => ( (lv_force_23_0= 'force' ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 4);
                    	    						
                    	    // InternalAssign.g:1184:10: ({...}? => ( (lv_force_23_0= 'force' ) ) )
                    	    // InternalAssign.g:1184:11: {...}? => ( (lv_force_23_0= 'force' ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:1184:20: ( (lv_force_23_0= 'force' ) )
                    	    // InternalAssign.g:1184:21: (lv_force_23_0= 'force' )
                    	    {
                    	    // InternalAssign.g:1184:21: (lv_force_23_0= 'force' )
                    	    // InternalAssign.g:1185:11: lv_force_23_0= 'force'
                    	    {
                    	    lv_force_23_0=(Token)match(input,42,FOLLOW_24); 

                    	    											newLeafNode(lv_force_23_0, grammarAccess.getAssignmentAccess().getForceForceKeyword_4_1_4_0());
                    	    										

                    	    											if (current==null) {
                    	    												current = createModelElement(grammarAccess.getAssignmentRule());
                    	    											}
                    	    											setWithLastConsumed(current, "force", lv_force_23_0 != null, "force");
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop15;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    					

                    }

                    // InternalAssign.g:1209:4: ( ( (lv_regions_24_0= ruleRegionMapping ) ) | ( (lv_irqs_25_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_26_0= ruleDmaWindow ) ) )*
                    loop16:
                    do {
                        int alt16=4;
                        switch ( input.LA(1) ) {
                        case 45:
                            {
                            alt16=1;
                            }
                            break;
                        case 47:
                            {
                            alt16=2;
                            }
                            break;
                        case 49:
                            {
                            alt16=3;
                            }
                            break;

                        }

                        switch (alt16) {
                    	case 1 :
                    	    // InternalAssign.g:1210:5: ( (lv_regions_24_0= ruleRegionMapping ) )
                    	    {
                    	    // InternalAssign.g:1210:5: ( (lv_regions_24_0= ruleRegionMapping ) )
                    	    // InternalAssign.g:1211:6: (lv_regions_24_0= ruleRegionMapping )
                    	    {
                    	    // InternalAssign.g:1211:6: (lv_regions_24_0= ruleRegionMapping )
                    	    // InternalAssign.g:1212:7: lv_regions_24_0= ruleRegionMapping
                    	    {

                    	    							newCompositeNode(grammarAccess.getAssignmentAccess().getRegionsRegionMappingParserRuleCall_4_2_0_0());
                    	    						
                    	    pushFollow(FOLLOW_28);
                    	    lv_regions_24_0=ruleRegionMapping();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"regions",
                    	    								lv_regions_24_0,
                    	    								"org.devassign.dsl.Assign.RegionMapping");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:1230:5: ( (lv_irqs_25_0= ruleIrqBinding ) )
                    	    {
                    	    // InternalAssign.g:1230:5: ( (lv_irqs_25_0= ruleIrqBinding ) )
                    	    // InternalAssign.g:1231:6: (lv_irqs_25_0= ruleIrqBinding )
                    	    {
                    	    // InternalAssign.g:1231:6: (lv_irqs_25_0= ruleIrqBinding )
                    	    // InternalAssign.g:1232:7: lv_irqs_25_0= ruleIrqBinding
                    	    {

                    	    							newCompositeNode(grammarAccess.getAssignmentAccess().getIrqsIrqBindingParserRuleCall_4_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_28);
                    	    lv_irqs_25_0=ruleIrqBinding();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"irqs",
                    	    								lv_irqs_25_0,
                    	    								"org.devassign.dsl.Assign.IrqBinding");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalAssign.g:1250:5: ( (lv_dmaWindows_26_0= ruleDmaWindow ) )
                    	    {
                    	    // InternalAssign.g:1250:5: ( (lv_dmaWindows_26_0= ruleDmaWindow ) )
                    	    // InternalAssign.g:1251:6: (lv_dmaWindows_26_0= ruleDmaWindow )
                    	    {
                    	    // InternalAssign.g:1251:6: (lv_dmaWindows_26_0= ruleDmaWindow )
                    	    // InternalAssign.g:1252:7: lv_dmaWindows_26_0= ruleDmaWindow
                    	    {

                    	    							newCompositeNode(grammarAccess.getAssignmentAccess().getDmaWindowsDmaWindowParserRuleCall_4_2_2_0());
                    	    						
                    	    pushFollow(FOLLOW_28);
                    	    lv_dmaWindows_26_0=ruleDmaWindow();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"dmaWindows",
                    	    								lv_dmaWindows_26_0,
                    	    								"org.devassign.dsl.Assign.DmaWindow");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop16;
                        }
                    } while (true);

                    otherlv_27=(Token)match(input,24,FOLLOW_2); 

                    				newLeafNode(otherlv_27, grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAssignment"


    // $ANTLR start "entryRuleVirtualFunctions"
    // InternalAssign.g:1279:1: entryRuleVirtualFunctions returns [EObject current=null] : iv_ruleVirtualFunctions= ruleVirtualFunctions EOF ;
    public final EObject entryRuleVirtualFunctions() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVirtualFunctions = null;


        try {
            // InternalAssign.g:1279:57: (iv_ruleVirtualFunctions= ruleVirtualFunctions EOF )
            // InternalAssign.g:1280:2: iv_ruleVirtualFunctions= ruleVirtualFunctions EOF
            {
             newCompositeNode(grammarAccess.getVirtualFunctionsRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleVirtualFunctions=ruleVirtualFunctions();

            state._fsp--;

             current =iv_ruleVirtualFunctions; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleVirtualFunctions"


    // $ANTLR start "ruleVirtualFunctions"
    // InternalAssign.g:1286:1: ruleVirtualFunctions returns [EObject current=null] : (otherlv_0= 'vfs' ( ( ruleDeviceRef ) ) otherlv_2= 'count' ( (lv_count_3_0= RULE_INT ) ) ) ;
    public final EObject ruleVirtualFunctions() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_count_3_0=null;


        	enterRule();

        try {
            // InternalAssign.g:1292:2: ( (otherlv_0= 'vfs' ( ( ruleDeviceRef ) ) otherlv_2= 'count' ( (lv_count_3_0= RULE_INT ) ) ) )
            // InternalAssign.g:1293:2: (otherlv_0= 'vfs' ( ( ruleDeviceRef ) ) otherlv_2= 'count' ( (lv_count_3_0= RULE_INT ) ) )
            {
            // InternalAssign.g:1293:2: (otherlv_0= 'vfs' ( ( ruleDeviceRef ) ) otherlv_2= 'count' ( (lv_count_3_0= RULE_INT ) ) )
            // InternalAssign.g:1294:3: otherlv_0= 'vfs' ( ( ruleDeviceRef ) ) otherlv_2= 'count' ( (lv_count_3_0= RULE_INT ) )
            {
            otherlv_0=(Token)match(input,43,FOLLOW_13); 

            			newLeafNode(otherlv_0, grammarAccess.getVirtualFunctionsAccess().getVfsKeyword_0());
            		
            // InternalAssign.g:1298:3: ( ( ruleDeviceRef ) )
            // InternalAssign.g:1299:4: ( ruleDeviceRef )
            {
            // InternalAssign.g:1299:4: ( ruleDeviceRef )
            // InternalAssign.g:1300:5: ruleDeviceRef
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getVirtualFunctionsRule());
            					}
            				

            					newCompositeNode(grammarAccess.getVirtualFunctionsAccess().getPhysicalFunctionDeviceCrossReference_1_0());
            				
            pushFollow(FOLLOW_29);
            ruleDeviceRef();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,44,FOLLOW_12); 

            			newLeafNode(otherlv_2, grammarAccess.getVirtualFunctionsAccess().getCountKeyword_2());
            		
            // InternalAssign.g:1318:3: ( (lv_count_3_0= RULE_INT ) )
            // InternalAssign.g:1319:4: (lv_count_3_0= RULE_INT )
            {
            // InternalAssign.g:1319:4: (lv_count_3_0= RULE_INT )
            // InternalAssign.g:1320:5: lv_count_3_0= RULE_INT
            {
            lv_count_3_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_count_3_0, grammarAccess.getVirtualFunctionsAccess().getCountINTTerminalRuleCall_3_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getVirtualFunctionsRule());
            					}
            					setWithLastConsumed(
            						current,
            						"count",
            						lv_count_3_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleVirtualFunctions"


    // $ANTLR start "entryRuleRegionMapping"
    // InternalAssign.g:1340:1: entryRuleRegionMapping returns [EObject current=null] : iv_ruleRegionMapping= ruleRegionMapping EOF ;
    public final EObject entryRuleRegionMapping() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRegionMapping = null;


        try {
            // InternalAssign.g:1340:54: (iv_ruleRegionMapping= ruleRegionMapping EOF )
            // InternalAssign.g:1341:2: iv_ruleRegionMapping= ruleRegionMapping EOF
            {
             newCompositeNode(grammarAccess.getRegionMappingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRegionMapping=ruleRegionMapping();

            state._fsp--;

             current =iv_ruleRegionMapping; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRegionMapping"


    // $ANTLR start "ruleRegionMapping"
    // InternalAssign.g:1347:1: ruleRegionMapping returns [EObject current=null] : (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? ) ;
    public final EObject ruleRegionMapping() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_readOnly_2_0=null;


        	enterRule();

        try {
            // InternalAssign.g:1353:2: ( (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? ) )
            // InternalAssign.g:1354:2: (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? )
            {
            // InternalAssign.g:1354:2: (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? )
            // InternalAssign.g:1355:3: otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )?
            {
            otherlv_0=(Token)match(input,45,FOLLOW_30); 

            			newLeafNode(otherlv_0, grammarAccess.getRegionMappingAccess().getMapKeyword_0());
            		
            // InternalAssign.g:1359:3: ( ( ruleMemberRef ) )
            // InternalAssign.g:1360:4: ( ruleMemberRef )
            {
            // InternalAssign.g:1360:4: ( ruleMemberRef )
            // InternalAssign.g:1361:5: ruleMemberRef
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRegionMappingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0());
            				
            pushFollow(FOLLOW_31);
            ruleMemberRef();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:1375:3: ( (lv_readOnly_2_0= 'read-only' ) )?
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( (LA18_0==46) ) {
                alt18=1;
            }
            switch (alt18) {
                case 1 :
                    // InternalAssign.g:1376:4: (lv_readOnly_2_0= 'read-only' )
                    {
                    // InternalAssign.g:1376:4: (lv_readOnly_2_0= 'read-only' )
                    // InternalAssign.g:1377:5: lv_readOnly_2_0= 'read-only'
                    {
                    lv_readOnly_2_0=(Token)match(input,46,FOLLOW_2); 

                    					newLeafNode(lv_readOnly_2_0, grammarAccess.getRegionMappingAccess().getReadOnlyReadOnlyKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getRegionMappingRule());
                    					}
                    					setWithLastConsumed(current, "readOnly", lv_readOnly_2_0 != null, "read-only");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRegionMapping"


    // $ANTLR start "entryRuleIrqBinding"
    // InternalAssign.g:1393:1: entryRuleIrqBinding returns [EObject current=null] : iv_ruleIrqBinding= ruleIrqBinding EOF ;
    public final EObject entryRuleIrqBinding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIrqBinding = null;


        try {
            // InternalAssign.g:1393:51: (iv_ruleIrqBinding= ruleIrqBinding EOF )
            // InternalAssign.g:1394:2: iv_ruleIrqBinding= ruleIrqBinding EOF
            {
             newCompositeNode(grammarAccess.getIrqBindingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIrqBinding=ruleIrqBinding();

            state._fsp--;

             current =iv_ruleIrqBinding; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIrqBinding"


    // $ANTLR start "ruleIrqBinding"
    // InternalAssign.g:1400:1: ruleIrqBinding returns [EObject current=null] : (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) ) ;
    public final EObject ruleIrqBinding() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_start_3_0=null;
        Token otherlv_4=null;
        Token lv_count_5_0=null;
        Enumerator lv_mode_6_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:1406:2: ( (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) ) )
            // InternalAssign.g:1407:2: (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) )
            {
            // InternalAssign.g:1407:2: (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) )
            // InternalAssign.g:1408:3: otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) )
            {
            otherlv_0=(Token)match(input,47,FOLLOW_30); 

            			newLeafNode(otherlv_0, grammarAccess.getIrqBindingAccess().getIrqKeyword_0());
            		
            // InternalAssign.g:1412:3: ( ( ruleMemberRef ) )
            // InternalAssign.g:1413:4: ( ruleMemberRef )
            {
            // InternalAssign.g:1413:4: ( ruleMemberRef )
            // InternalAssign.g:1414:5: ruleMemberRef
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getIrqBindingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0());
            				
            pushFollow(FOLLOW_32);
            ruleMemberRef();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:1428:3: (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==48) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalAssign.g:1429:4: otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) )
                    {
                    otherlv_2=(Token)match(input,48,FOLLOW_12); 

                    				newLeafNode(otherlv_2, grammarAccess.getIrqBindingAccess().getStartKeyword_2_0());
                    			
                    // InternalAssign.g:1433:4: ( (lv_start_3_0= RULE_INT ) )
                    // InternalAssign.g:1434:5: (lv_start_3_0= RULE_INT )
                    {
                    // InternalAssign.g:1434:5: (lv_start_3_0= RULE_INT )
                    // InternalAssign.g:1435:6: lv_start_3_0= RULE_INT
                    {
                    lv_start_3_0=(Token)match(input,RULE_INT,FOLLOW_32); 

                    						newLeafNode(lv_start_3_0, grammarAccess.getIrqBindingAccess().getStartINTTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getIrqBindingRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"start",
                    							lv_start_3_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalAssign.g:1452:3: (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==44) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalAssign.g:1453:4: otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) )
                    {
                    otherlv_4=(Token)match(input,44,FOLLOW_12); 

                    				newLeafNode(otherlv_4, grammarAccess.getIrqBindingAccess().getCountKeyword_3_0());
                    			
                    // InternalAssign.g:1457:4: ( (lv_count_5_0= RULE_INT ) )
                    // InternalAssign.g:1458:5: (lv_count_5_0= RULE_INT )
                    {
                    // InternalAssign.g:1458:5: (lv_count_5_0= RULE_INT )
                    // InternalAssign.g:1459:6: lv_count_5_0= RULE_INT
                    {
                    lv_count_5_0=(Token)match(input,RULE_INT,FOLLOW_32); 

                    						newLeafNode(lv_count_5_0, grammarAccess.getIrqBindingAccess().getCountINTTerminalRuleCall_3_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getIrqBindingRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"count",
                    							lv_count_5_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalAssign.g:1476:3: ( (lv_mode_6_0= ruleIrqMode ) )
            // InternalAssign.g:1477:4: (lv_mode_6_0= ruleIrqMode )
            {
            // InternalAssign.g:1477:4: (lv_mode_6_0= ruleIrqMode )
            // InternalAssign.g:1478:5: lv_mode_6_0= ruleIrqMode
            {

            					newCompositeNode(grammarAccess.getIrqBindingAccess().getModeIrqModeEnumRuleCall_4_0());
            				
            pushFollow(FOLLOW_2);
            lv_mode_6_0=ruleIrqMode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getIrqBindingRule());
            					}
            					set(
            						current,
            						"mode",
            						lv_mode_6_0,
            						"org.devassign.dsl.Assign.IrqMode");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIrqBinding"


    // $ANTLR start "entryRuleDmaWindow"
    // InternalAssign.g:1499:1: entryRuleDmaWindow returns [EObject current=null] : iv_ruleDmaWindow= ruleDmaWindow EOF ;
    public final EObject entryRuleDmaWindow() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDmaWindow = null;


        try {
            // InternalAssign.g:1499:50: (iv_ruleDmaWindow= ruleDmaWindow EOF )
            // InternalAssign.g:1500:2: iv_ruleDmaWindow= ruleDmaWindow EOF
            {
             newCompositeNode(grammarAccess.getDmaWindowRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDmaWindow=ruleDmaWindow();

            state._fsp--;

             current =iv_ruleDmaWindow; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDmaWindow"


    // $ANTLR start "ruleDmaWindow"
    // InternalAssign.g:1506:1: ruleDmaWindow returns [EObject current=null] : (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? ) ;
    public final EObject ruleDmaWindow() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_iova_3_0 = null;

        AntlrDatatypeRuleToken lv_size_5_0 = null;

        AntlrDatatypeRuleToken lv_writable_6_0 = null;

        AntlrDatatypeRuleToken lv_readable_7_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:1512:2: ( (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? ) )
            // InternalAssign.g:1513:2: (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? )
            {
            // InternalAssign.g:1513:2: (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? )
            // InternalAssign.g:1514:3: otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )?
            {
            otherlv_0=(Token)match(input,49,FOLLOW_33); 

            			newLeafNode(otherlv_0, grammarAccess.getDmaWindowAccess().getDmaKeyword_0());
            		
            // InternalAssign.g:1518:3: ( (lv_name_1_0= ruleName ) )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==RULE_ID||LA21_0==12||(LA21_0>=15 && LA21_0<=16)||(LA21_0>=18 && LA21_0<=23)||(LA21_0>=25 && LA21_0<=30)||LA21_0==32||(LA21_0>=38 && LA21_0<=43)||LA21_0==45||LA21_0==47||LA21_0==49||(LA21_0>=52 && LA21_0<=63)||(LA21_0>=65 && LA21_0<=67)||(LA21_0>=69 && LA21_0<=71)||(LA21_0>=73 && LA21_0<=101)) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalAssign.g:1519:4: (lv_name_1_0= ruleName )
                    {
                    // InternalAssign.g:1519:4: (lv_name_1_0= ruleName )
                    // InternalAssign.g:1520:5: lv_name_1_0= ruleName
                    {

                    					newCompositeNode(grammarAccess.getDmaWindowAccess().getNameNameParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_34);
                    lv_name_1_0=ruleName();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getDmaWindowRule());
                    					}
                    					set(
                    						current,
                    						"name",
                    						lv_name_1_0,
                    						"org.devassign.dsl.Assign.Name");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            otherlv_2=(Token)match(input,50,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getDmaWindowAccess().getAtKeyword_2());
            		
            // InternalAssign.g:1541:3: ( (lv_iova_3_0= ruleNumber ) )
            // InternalAssign.g:1542:4: (lv_iova_3_0= ruleNumber )
            {
            // InternalAssign.g:1542:4: (lv_iova_3_0= ruleNumber )
            // InternalAssign.g:1543:5: lv_iova_3_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getDmaWindowAccess().getIovaNumberParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_35);
            lv_iova_3_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDmaWindowRule());
            					}
            					set(
            						current,
            						"iova",
            						lv_iova_3_0,
            						"org.devassign.dsl.Assign.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,51,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getDmaWindowAccess().getSizeKeyword_4());
            		
            // InternalAssign.g:1564:3: ( (lv_size_5_0= ruleSize ) )
            // InternalAssign.g:1565:4: (lv_size_5_0= ruleSize )
            {
            // InternalAssign.g:1565:4: (lv_size_5_0= ruleSize )
            // InternalAssign.g:1566:5: lv_size_5_0= ruleSize
            {

            					newCompositeNode(grammarAccess.getDmaWindowAccess().getSizeSizeParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_36);
            lv_size_5_0=ruleSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDmaWindowRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_5_0,
            						"org.devassign.dsl.Assign.Size");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:1583:3: ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )?
            int alt22=3;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==46) ) {
                alt22=1;
            }
            else if ( (LA22_0==106) ) {
                alt22=2;
            }
            switch (alt22) {
                case 1 :
                    // InternalAssign.g:1584:4: ( (lv_writable_6_0= ruleReadOnly ) )
                    {
                    // InternalAssign.g:1584:4: ( (lv_writable_6_0= ruleReadOnly ) )
                    // InternalAssign.g:1585:5: (lv_writable_6_0= ruleReadOnly )
                    {
                    // InternalAssign.g:1585:5: (lv_writable_6_0= ruleReadOnly )
                    // InternalAssign.g:1586:6: lv_writable_6_0= ruleReadOnly
                    {

                    						newCompositeNode(grammarAccess.getDmaWindowAccess().getWritableReadOnlyParserRuleCall_6_0_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_writable_6_0=ruleReadOnly();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getDmaWindowRule());
                    						}
                    						set(
                    							current,
                    							"writable",
                    							lv_writable_6_0,
                    							"org.devassign.dsl.Assign.ReadOnly");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:1604:4: ( (lv_readable_7_0= ruleWriteOnly ) )
                    {
                    // InternalAssign.g:1604:4: ( (lv_readable_7_0= ruleWriteOnly ) )
                    // InternalAssign.g:1605:5: (lv_readable_7_0= ruleWriteOnly )
                    {
                    // InternalAssign.g:1605:5: (lv_readable_7_0= ruleWriteOnly )
                    // InternalAssign.g:1606:6: lv_readable_7_0= ruleWriteOnly
                    {

                    						newCompositeNode(grammarAccess.getDmaWindowAccess().getReadableWriteOnlyParserRuleCall_6_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_readable_7_0=ruleWriteOnly();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getDmaWindowRule());
                    						}
                    						set(
                    							current,
                    							"readable",
                    							lv_readable_7_0,
                    							"org.devassign.dsl.Assign.WriteOnly");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDmaWindow"


    // $ANTLR start "entryRuleInlineBoard"
    // InternalAssign.g:1628:1: entryRuleInlineBoard returns [EObject current=null] : iv_ruleInlineBoard= ruleInlineBoard EOF ;
    public final EObject entryRuleInlineBoard() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleInlineBoard = null;


        try {
            // InternalAssign.g:1628:52: (iv_ruleInlineBoard= ruleInlineBoard EOF )
            // InternalAssign.g:1629:2: iv_ruleInlineBoard= ruleInlineBoard EOF
            {
             newCompositeNode(grammarAccess.getInlineBoardRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleInlineBoard=ruleInlineBoard();

            state._fsp--;

             current =iv_ruleInlineBoard; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleInlineBoard"


    // $ANTLR start "ruleInlineBoard"
    // InternalAssign.g:1635:1: ruleInlineBoard returns [EObject current=null] : ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' ) ;
    public final EObject ruleInlineBoard() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_kernelVersion_8_0=null;
        Token otherlv_9=null;
        Token otherlv_13=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;

        AntlrDatatypeRuleToken lv_architecture_4_0 = null;

        AntlrDatatypeRuleToken lv_pageSize_6_0 = null;

        Enumerator lv_kernelCapabilities_10_0 = null;

        EObject lv_devices_11_0 = null;

        EObject lv_iommuGroups_12_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:1641:2: ( ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' ) )
            // InternalAssign.g:1642:2: ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' )
            {
            // InternalAssign.g:1642:2: ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' )
            // InternalAssign.g:1643:3: ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}'
            {
            // InternalAssign.g:1643:3: ( (lv_name_0_0= ruleName ) )
            // InternalAssign.g:1644:4: (lv_name_0_0= ruleName )
            {
            // InternalAssign.g:1644:4: (lv_name_0_0= ruleName )
            // InternalAssign.g:1645:5: lv_name_0_0= ruleName
            {

            					newCompositeNode(grammarAccess.getInlineBoardAccess().getNameNameParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_37);
            lv_name_0_0=ruleName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getInlineBoardRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_0_0,
            						"org.devassign.dsl.Assign.Name");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_1=(Token)match(input,17,FOLLOW_38); 

            			newLeafNode(otherlv_1, grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1());
            		
            // InternalAssign.g:1666:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) )
            // InternalAssign.g:1667:4: ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) )
            {
            // InternalAssign.g:1667:4: ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) )
            // InternalAssign.g:1668:5: ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            				
            // InternalAssign.g:1671:5: ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* )
            // InternalAssign.g:1672:6: ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )*
            {
            // InternalAssign.g:1672:6: ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )*
            loop24:
            do {
                int alt24=5;
                int LA24_0 = input.LA(1);

                if ( LA24_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                    alt24=1;
                }
                else if ( LA24_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                    alt24=2;
                }
                else if ( LA24_0 == 54 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                    alt24=3;
                }
                else if ( LA24_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                    alt24=4;
                }


                switch (alt24) {
            	case 1 :
            	    // InternalAssign.g:1673:4: ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1673:4: ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) )
            	    // InternalAssign.g:1674:5: {...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0)");
            	    }
            	    // InternalAssign.g:1674:108: ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) )
            	    // InternalAssign.g:1675:6: ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0);
            	    					
            	    // InternalAssign.g:1678:9: ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) )
            	    // InternalAssign.g:1678:10: {...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1678:19: (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) )
            	    // InternalAssign.g:1678:20: otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) )
            	    {
            	    otherlv_3=(Token)match(input,52,FOLLOW_4); 

            	    									newLeafNode(otherlv_3, grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0());
            	    								
            	    // InternalAssign.g:1682:9: ( (lv_architecture_4_0= ruleName ) )
            	    // InternalAssign.g:1683:10: (lv_architecture_4_0= ruleName )
            	    {
            	    // InternalAssign.g:1683:10: (lv_architecture_4_0= ruleName )
            	    // InternalAssign.g:1684:11: lv_architecture_4_0= ruleName
            	    {

            	    											newCompositeNode(grammarAccess.getInlineBoardAccess().getArchitectureNameParserRuleCall_2_0_1_0());
            	    										
            	    pushFollow(FOLLOW_38);
            	    lv_architecture_4_0=ruleName();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getInlineBoardRule());
            	    											}
            	    											set(
            	    												current,
            	    												"architecture",
            	    												lv_architecture_4_0,
            	    												"org.devassign.dsl.Assign.Name");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalAssign.g:1707:4: ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1707:4: ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) )
            	    // InternalAssign.g:1708:5: {...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1)");
            	    }
            	    // InternalAssign.g:1708:108: ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) )
            	    // InternalAssign.g:1709:6: ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1);
            	    					
            	    // InternalAssign.g:1712:9: ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) )
            	    // InternalAssign.g:1712:10: {...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1712:19: (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) )
            	    // InternalAssign.g:1712:20: otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) )
            	    {
            	    otherlv_5=(Token)match(input,53,FOLLOW_11); 

            	    									newLeafNode(otherlv_5, grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0());
            	    								
            	    // InternalAssign.g:1716:9: ( (lv_pageSize_6_0= ruleSize ) )
            	    // InternalAssign.g:1717:10: (lv_pageSize_6_0= ruleSize )
            	    {
            	    // InternalAssign.g:1717:10: (lv_pageSize_6_0= ruleSize )
            	    // InternalAssign.g:1718:11: lv_pageSize_6_0= ruleSize
            	    {

            	    											newCompositeNode(grammarAccess.getInlineBoardAccess().getPageSizeSizeParserRuleCall_2_1_1_0());
            	    										
            	    pushFollow(FOLLOW_38);
            	    lv_pageSize_6_0=ruleSize();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getInlineBoardRule());
            	    											}
            	    											set(
            	    												current,
            	    												"pageSize",
            	    												lv_pageSize_6_0,
            	    												"org.devassign.dsl.Assign.Size");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalAssign.g:1741:4: ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1741:4: ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) )
            	    // InternalAssign.g:1742:5: {...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2)");
            	    }
            	    // InternalAssign.g:1742:108: ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) )
            	    // InternalAssign.g:1743:6: ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2);
            	    					
            	    // InternalAssign.g:1746:9: ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) )
            	    // InternalAssign.g:1746:10: {...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1746:19: (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) )
            	    // InternalAssign.g:1746:20: otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) )
            	    {
            	    otherlv_7=(Token)match(input,54,FOLLOW_8); 

            	    									newLeafNode(otherlv_7, grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0());
            	    								
            	    // InternalAssign.g:1750:9: ( (lv_kernelVersion_8_0= RULE_STRING ) )
            	    // InternalAssign.g:1751:10: (lv_kernelVersion_8_0= RULE_STRING )
            	    {
            	    // InternalAssign.g:1751:10: (lv_kernelVersion_8_0= RULE_STRING )
            	    // InternalAssign.g:1752:11: lv_kernelVersion_8_0= RULE_STRING
            	    {
            	    lv_kernelVersion_8_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

            	    											newLeafNode(lv_kernelVersion_8_0, grammarAccess.getInlineBoardAccess().getKernelVersionSTRINGTerminalRuleCall_2_2_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getInlineBoardRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"kernelVersion",
            	    												lv_kernelVersion_8_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalAssign.g:1774:4: ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) )
            	    {
            	    // InternalAssign.g:1774:4: ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) )
            	    // InternalAssign.g:1775:5: {...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3)");
            	    }
            	    // InternalAssign.g:1775:108: ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) )
            	    // InternalAssign.g:1776:6: ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3);
            	    					
            	    // InternalAssign.g:1779:9: ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) )
            	    // InternalAssign.g:1779:10: {...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1779:19: (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ )
            	    // InternalAssign.g:1779:20: otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+
            	    {
            	    otherlv_9=(Token)match(input,55,FOLLOW_39); 

            	    									newLeafNode(otherlv_9, grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0());
            	    								
            	    // InternalAssign.g:1783:9: ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+
            	    int cnt23=0;
            	    loop23:
            	    do {
            	        int alt23=2;
            	        int LA23_0 = input.LA(1);

            	        if ( (LA23_0==75||(LA23_0>=78 && LA23_0<=80)||(LA23_0>=85 && LA23_0<=87)) ) {
            	            alt23=1;
            	        }


            	        switch (alt23) {
            	    	case 1 :
            	    	    // InternalAssign.g:1784:10: (lv_kernelCapabilities_10_0= ruleKernelCapability )
            	    	    {
            	    	    // InternalAssign.g:1784:10: (lv_kernelCapabilities_10_0= ruleKernelCapability )
            	    	    // InternalAssign.g:1785:11: lv_kernelCapabilities_10_0= ruleKernelCapability
            	    	    {

            	    	    											newCompositeNode(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesKernelCapabilityEnumRuleCall_2_3_1_0());
            	    	    										
            	    	    pushFollow(FOLLOW_40);
            	    	    lv_kernelCapabilities_10_0=ruleKernelCapability();

            	    	    state._fsp--;


            	    	    											if (current==null) {
            	    	    												current = createModelElementForParent(grammarAccess.getInlineBoardRule());
            	    	    											}
            	    	    											add(
            	    	    												current,
            	    	    												"kernelCapabilities",
            	    	    												lv_kernelCapabilities_10_0,
            	    	    												"org.devassign.dsl.Assign.KernelCapability");
            	    	    											afterParserOrEnumRuleCall();
            	    	    										

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    if ( cnt23 >= 1 ) break loop23;
            	                EarlyExitException eee =
            	                    new EarlyExitException(23, input);
            	                throw eee;
            	        }
            	        cnt23++;
            	    } while (true);


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop24;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            				

            }

            // InternalAssign.g:1815:3: ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )*
            loop25:
            do {
                int alt25=3;
                int LA25_0 = input.LA(1);

                if ( (LA25_0==56||LA25_0==61) ) {
                    alt25=1;
                }
                else if ( (LA25_0==36) ) {
                    alt25=2;
                }


                switch (alt25) {
            	case 1 :
            	    // InternalAssign.g:1816:4: ( (lv_devices_11_0= ruleDevice ) )
            	    {
            	    // InternalAssign.g:1816:4: ( (lv_devices_11_0= ruleDevice ) )
            	    // InternalAssign.g:1817:5: (lv_devices_11_0= ruleDevice )
            	    {
            	    // InternalAssign.g:1817:5: (lv_devices_11_0= ruleDevice )
            	    // InternalAssign.g:1818:6: lv_devices_11_0= ruleDevice
            	    {

            	    						newCompositeNode(grammarAccess.getInlineBoardAccess().getDevicesDeviceParserRuleCall_3_0_0());
            	    					
            	    pushFollow(FOLLOW_41);
            	    lv_devices_11_0=ruleDevice();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getInlineBoardRule());
            	    						}
            	    						add(
            	    							current,
            	    							"devices",
            	    							lv_devices_11_0,
            	    							"org.devassign.dsl.Assign.Device");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalAssign.g:1836:4: ( (lv_iommuGroups_12_0= ruleIommuGroup ) )
            	    {
            	    // InternalAssign.g:1836:4: ( (lv_iommuGroups_12_0= ruleIommuGroup ) )
            	    // InternalAssign.g:1837:5: (lv_iommuGroups_12_0= ruleIommuGroup )
            	    {
            	    // InternalAssign.g:1837:5: (lv_iommuGroups_12_0= ruleIommuGroup )
            	    // InternalAssign.g:1838:6: lv_iommuGroups_12_0= ruleIommuGroup
            	    {

            	    						newCompositeNode(grammarAccess.getInlineBoardAccess().getIommuGroupsIommuGroupParserRuleCall_3_1_0());
            	    					
            	    pushFollow(FOLLOW_41);
            	    lv_iommuGroups_12_0=ruleIommuGroup();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getInlineBoardRule());
            	    						}
            	    						add(
            	    							current,
            	    							"iommuGroups",
            	    							lv_iommuGroups_12_0,
            	    							"org.devassign.dsl.Assign.IommuGroup");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop25;
                }
            } while (true);

            otherlv_13=(Token)match(input,24,FOLLOW_2); 

            			newLeafNode(otherlv_13, grammarAccess.getInlineBoardAccess().getRightCurlyBracketKeyword_4());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleInlineBoard"


    // $ANTLR start "entryRuleDevice"
    // InternalAssign.g:1864:1: entryRuleDevice returns [EObject current=null] : iv_ruleDevice= ruleDevice EOF ;
    public final EObject entryRuleDevice() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDevice = null;


        try {
            // InternalAssign.g:1864:47: (iv_ruleDevice= ruleDevice EOF )
            // InternalAssign.g:1865:2: iv_ruleDevice= ruleDevice EOF
            {
             newCompositeNode(grammarAccess.getDeviceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDevice=ruleDevice();

            state._fsp--;

             current =iv_ruleDevice; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDevice"


    // $ANTLR start "ruleDevice"
    // InternalAssign.g:1871:1: ruleDevice returns [EObject current=null] : (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice ) ;
    public final EObject ruleDevice() throws RecognitionException {
        EObject current = null;

        EObject this_PciDevice_0 = null;

        EObject this_PlatformDevice_1 = null;



        	enterRule();

        try {
            // InternalAssign.g:1877:2: ( (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice ) )
            // InternalAssign.g:1878:2: (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice )
            {
            // InternalAssign.g:1878:2: (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice )
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==56) ) {
                alt26=1;
            }
            else if ( (LA26_0==61) ) {
                alt26=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 26, 0, input);

                throw nvae;
            }
            switch (alt26) {
                case 1 :
                    // InternalAssign.g:1879:3: this_PciDevice_0= rulePciDevice
                    {

                    			newCompositeNode(grammarAccess.getDeviceAccess().getPciDeviceParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_PciDevice_0=rulePciDevice();

                    state._fsp--;


                    			current = this_PciDevice_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:1888:3: this_PlatformDevice_1= rulePlatformDevice
                    {

                    			newCompositeNode(grammarAccess.getDeviceAccess().getPlatformDeviceParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_PlatformDevice_1=rulePlatformDevice();

                    state._fsp--;


                    			current = this_PlatformDevice_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDevice"


    // $ANTLR start "entryRulePciDevice"
    // InternalAssign.g:1900:1: entryRulePciDevice returns [EObject current=null] : iv_rulePciDevice= rulePciDevice EOF ;
    public final EObject entryRulePciDevice() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePciDevice = null;


        try {
            // InternalAssign.g:1900:50: (iv_rulePciDevice= rulePciDevice EOF )
            // InternalAssign.g:1901:2: iv_rulePciDevice= rulePciDevice EOF
            {
             newCompositeNode(grammarAccess.getPciDeviceRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePciDevice=rulePciDevice();

            state._fsp--;

             current =iv_rulePciDevice; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePciDevice"


    // $ANTLR start "rulePciDevice"
    // InternalAssign.g:1907:1: rulePciDevice returns [EObject current=null] : (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] ) ;
    public final EObject rulePciDevice() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_sysfsName_2_0=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token lv_bridge_10_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_vendorId_5_0 = null;

        AntlrDatatypeRuleToken lv_deviceId_7_0 = null;

        AntlrDatatypeRuleToken lv_classCode_9_0 = null;

        EObject this_DeviceFacts_11 = null;



        	enterRule();

        try {
            // InternalAssign.g:1913:2: ( (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] ) )
            // InternalAssign.g:1914:2: (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] )
            {
            // InternalAssign.g:1914:2: (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] )
            // InternalAssign.g:1915:3: otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current]
            {
            otherlv_0=(Token)match(input,56,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getPciDeviceAccess().getPciKeyword_0());
            		
            // InternalAssign.g:1919:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:1920:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:1920:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:1921:5: lv_name_1_0= ruleName
            {

            					newCompositeNode(grammarAccess.getPciDeviceAccess().getNameNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_8);
            lv_name_1_0=ruleName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPciDeviceRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.devassign.dsl.Assign.Name");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:1938:3: ( (lv_sysfsName_2_0= RULE_STRING ) )
            // InternalAssign.g:1939:4: (lv_sysfsName_2_0= RULE_STRING )
            {
            // InternalAssign.g:1939:4: (lv_sysfsName_2_0= RULE_STRING )
            // InternalAssign.g:1940:5: lv_sysfsName_2_0= RULE_STRING
            {
            lv_sysfsName_2_0=(Token)match(input,RULE_STRING,FOLLOW_42); 

            					newLeafNode(lv_sysfsName_2_0, grammarAccess.getPciDeviceAccess().getSysfsNameSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPciDeviceRule());
            					}
            					setWithLastConsumed(
            						current,
            						"sysfsName",
            						lv_sysfsName_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalAssign.g:1956:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) )
            // InternalAssign.g:1957:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) )
            {
            // InternalAssign.g:1957:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) )
            // InternalAssign.g:1958:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            				
            // InternalAssign.g:1961:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* )
            // InternalAssign.g:1962:6: ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )*
            {
            // InternalAssign.g:1962:6: ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )*
            loop27:
            do {
                int alt27=5;
                int LA27_0 = input.LA(1);

                if ( LA27_0 == 57 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                    alt27=1;
                }
                else if ( LA27_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                    alt27=2;
                }
                else if ( LA27_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                    alt27=3;
                }
                else if ( LA27_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                    alt27=4;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalAssign.g:1963:4: ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1963:4: ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) )
            	    // InternalAssign.g:1964:5: {...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0)");
            	    }
            	    // InternalAssign.g:1964:106: ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) )
            	    // InternalAssign.g:1965:6: ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0);
            	    					
            	    // InternalAssign.g:1968:9: ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) )
            	    // InternalAssign.g:1968:10: {...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:1968:19: (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) )
            	    // InternalAssign.g:1968:20: otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) )
            	    {
            	    otherlv_4=(Token)match(input,57,FOLLOW_11); 

            	    									newLeafNode(otherlv_4, grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0());
            	    								
            	    // InternalAssign.g:1972:9: ( (lv_vendorId_5_0= ruleInt32 ) )
            	    // InternalAssign.g:1973:10: (lv_vendorId_5_0= ruleInt32 )
            	    {
            	    // InternalAssign.g:1973:10: (lv_vendorId_5_0= ruleInt32 )
            	    // InternalAssign.g:1974:11: lv_vendorId_5_0= ruleInt32
            	    {

            	    											newCompositeNode(grammarAccess.getPciDeviceAccess().getVendorIdInt32ParserRuleCall_3_0_1_0());
            	    										
            	    pushFollow(FOLLOW_42);
            	    lv_vendorId_5_0=ruleInt32();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getPciDeviceRule());
            	    											}
            	    											set(
            	    												current,
            	    												"vendorId",
            	    												lv_vendorId_5_0,
            	    												"org.devassign.dsl.Assign.Int32");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalAssign.g:1997:4: ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1997:4: ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) )
            	    // InternalAssign.g:1998:5: {...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1)");
            	    }
            	    // InternalAssign.g:1998:106: ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) )
            	    // InternalAssign.g:1999:6: ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1);
            	    					
            	    // InternalAssign.g:2002:9: ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) )
            	    // InternalAssign.g:2002:10: {...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:2002:19: (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) )
            	    // InternalAssign.g:2002:20: otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) )
            	    {
            	    otherlv_6=(Token)match(input,58,FOLLOW_11); 

            	    									newLeafNode(otherlv_6, grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0());
            	    								
            	    // InternalAssign.g:2006:9: ( (lv_deviceId_7_0= ruleInt32 ) )
            	    // InternalAssign.g:2007:10: (lv_deviceId_7_0= ruleInt32 )
            	    {
            	    // InternalAssign.g:2007:10: (lv_deviceId_7_0= ruleInt32 )
            	    // InternalAssign.g:2008:11: lv_deviceId_7_0= ruleInt32
            	    {

            	    											newCompositeNode(grammarAccess.getPciDeviceAccess().getDeviceIdInt32ParserRuleCall_3_1_1_0());
            	    										
            	    pushFollow(FOLLOW_42);
            	    lv_deviceId_7_0=ruleInt32();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getPciDeviceRule());
            	    											}
            	    											set(
            	    												current,
            	    												"deviceId",
            	    												lv_deviceId_7_0,
            	    												"org.devassign.dsl.Assign.Int32");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalAssign.g:2031:4: ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2031:4: ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) )
            	    // InternalAssign.g:2032:5: {...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2)");
            	    }
            	    // InternalAssign.g:2032:106: ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) )
            	    // InternalAssign.g:2033:6: ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2);
            	    					
            	    // InternalAssign.g:2036:9: ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) )
            	    // InternalAssign.g:2036:10: {...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:2036:19: (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) )
            	    // InternalAssign.g:2036:20: otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) )
            	    {
            	    otherlv_8=(Token)match(input,59,FOLLOW_11); 

            	    									newLeafNode(otherlv_8, grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0());
            	    								
            	    // InternalAssign.g:2040:9: ( (lv_classCode_9_0= ruleInt32 ) )
            	    // InternalAssign.g:2041:10: (lv_classCode_9_0= ruleInt32 )
            	    {
            	    // InternalAssign.g:2041:10: (lv_classCode_9_0= ruleInt32 )
            	    // InternalAssign.g:2042:11: lv_classCode_9_0= ruleInt32
            	    {

            	    											newCompositeNode(grammarAccess.getPciDeviceAccess().getClassCodeInt32ParserRuleCall_3_2_1_0());
            	    										
            	    pushFollow(FOLLOW_42);
            	    lv_classCode_9_0=ruleInt32();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getPciDeviceRule());
            	    											}
            	    											set(
            	    												current,
            	    												"classCode",
            	    												lv_classCode_9_0,
            	    												"org.devassign.dsl.Assign.Int32");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalAssign.g:2065:4: ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) )
            	    {
            	    // InternalAssign.g:2065:4: ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) )
            	    // InternalAssign.g:2066:5: {...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3)");
            	    }
            	    // InternalAssign.g:2066:106: ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) )
            	    // InternalAssign.g:2067:6: ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3);
            	    					
            	    // InternalAssign.g:2070:9: ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) )
            	    // InternalAssign.g:2070:10: {...}? => ( (lv_bridge_10_0= 'bridge' ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:2070:19: ( (lv_bridge_10_0= 'bridge' ) )
            	    // InternalAssign.g:2070:20: (lv_bridge_10_0= 'bridge' )
            	    {
            	    // InternalAssign.g:2070:20: (lv_bridge_10_0= 'bridge' )
            	    // InternalAssign.g:2071:10: lv_bridge_10_0= 'bridge'
            	    {
            	    lv_bridge_10_0=(Token)match(input,60,FOLLOW_42); 

            	    										newLeafNode(lv_bridge_10_0, grammarAccess.getPciDeviceAccess().getBridgeBridgeKeyword_3_3_0());
            	    									

            	    										if (current==null) {
            	    											current = createModelElement(grammarAccess.getPciDeviceRule());
            	    										}
            	    										setWithLastConsumed(current, "bridge", lv_bridge_10_0 != null, "bridge");
            	    									

            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            				

            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getPciDeviceRule());
            			}
            			newCompositeNode(grammarAccess.getPciDeviceAccess().getDeviceFactsParserRuleCall_4());
            		
            pushFollow(FOLLOW_2);
            this_DeviceFacts_11=ruleDeviceFacts(current);

            state._fsp--;


            			current = this_DeviceFacts_11;
            			afterParserOrEnumRuleCall();
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePciDevice"


    // $ANTLR start "entryRulePlatformDevice"
    // InternalAssign.g:2110:1: entryRulePlatformDevice returns [EObject current=null] : iv_rulePlatformDevice= rulePlatformDevice EOF ;
    public final EObject entryRulePlatformDevice() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlatformDevice = null;


        try {
            // InternalAssign.g:2110:55: (iv_rulePlatformDevice= rulePlatformDevice EOF )
            // InternalAssign.g:2111:2: iv_rulePlatformDevice= rulePlatformDevice EOF
            {
             newCompositeNode(grammarAccess.getPlatformDeviceRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlatformDevice=rulePlatformDevice();

            state._fsp--;

             current =iv_rulePlatformDevice; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlatformDevice"


    // $ANTLR start "rulePlatformDevice"
    // InternalAssign.g:2117:1: rulePlatformDevice returns [EObject current=null] : (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] ) ;
    public final EObject rulePlatformDevice() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_sysfsName_2_0=null;
        Token otherlv_4=null;
        Token lv_dtPath_5_0=null;
        Token otherlv_6=null;
        Token lv_compatible_7_0=null;
        Token otherlv_8=null;
        Token lv_compatible_9_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject this_DeviceFacts_10 = null;



        	enterRule();

        try {
            // InternalAssign.g:2123:2: ( (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] ) )
            // InternalAssign.g:2124:2: (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] )
            {
            // InternalAssign.g:2124:2: (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] )
            // InternalAssign.g:2125:3: otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current]
            {
            otherlv_0=(Token)match(input,61,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0());
            		
            // InternalAssign.g:2129:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:2130:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:2130:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:2131:5: lv_name_1_0= ruleName
            {

            					newCompositeNode(grammarAccess.getPlatformDeviceAccess().getNameNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_8);
            lv_name_1_0=ruleName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPlatformDeviceRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.devassign.dsl.Assign.Name");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:2148:3: ( (lv_sysfsName_2_0= RULE_STRING ) )
            // InternalAssign.g:2149:4: (lv_sysfsName_2_0= RULE_STRING )
            {
            // InternalAssign.g:2149:4: (lv_sysfsName_2_0= RULE_STRING )
            // InternalAssign.g:2150:5: lv_sysfsName_2_0= RULE_STRING
            {
            lv_sysfsName_2_0=(Token)match(input,RULE_STRING,FOLLOW_43); 

            					newLeafNode(lv_sysfsName_2_0, grammarAccess.getPlatformDeviceAccess().getSysfsNameSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPlatformDeviceRule());
            					}
            					setWithLastConsumed(
            						current,
            						"sysfsName",
            						lv_sysfsName_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalAssign.g:2166:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) )
            // InternalAssign.g:2167:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) )
            {
            // InternalAssign.g:2167:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) )
            // InternalAssign.g:2168:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
            				
            // InternalAssign.g:2171:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* )
            // InternalAssign.g:2172:6: ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )*
            {
            // InternalAssign.g:2172:6: ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )*
            loop29:
            do {
                int alt29=3;
                int LA29_0 = input.LA(1);

                if ( LA29_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                    alt29=1;
                }
                else if ( LA29_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                    alt29=2;
                }


                switch (alt29) {
            	case 1 :
            	    // InternalAssign.g:2173:4: ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2173:4: ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) )
            	    // InternalAssign.g:2174:5: {...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0)");
            	    }
            	    // InternalAssign.g:2174:111: ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) )
            	    // InternalAssign.g:2175:6: ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0);
            	    					
            	    // InternalAssign.g:2178:9: ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) )
            	    // InternalAssign.g:2178:10: {...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "true");
            	    }
            	    // InternalAssign.g:2178:19: (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) )
            	    // InternalAssign.g:2178:20: otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) )
            	    {
            	    otherlv_4=(Token)match(input,62,FOLLOW_8); 

            	    									newLeafNode(otherlv_4, grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0());
            	    								
            	    // InternalAssign.g:2182:9: ( (lv_dtPath_5_0= RULE_STRING ) )
            	    // InternalAssign.g:2183:10: (lv_dtPath_5_0= RULE_STRING )
            	    {
            	    // InternalAssign.g:2183:10: (lv_dtPath_5_0= RULE_STRING )
            	    // InternalAssign.g:2184:11: lv_dtPath_5_0= RULE_STRING
            	    {
            	    lv_dtPath_5_0=(Token)match(input,RULE_STRING,FOLLOW_43); 

            	    											newLeafNode(lv_dtPath_5_0, grammarAccess.getPlatformDeviceAccess().getDtPathSTRINGTerminalRuleCall_3_0_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getPlatformDeviceRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"dtPath",
            	    												lv_dtPath_5_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalAssign.g:2206:4: ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) )
            	    {
            	    // InternalAssign.g:2206:4: ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) )
            	    // InternalAssign.g:2207:5: {...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1)");
            	    }
            	    // InternalAssign.g:2207:111: ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) )
            	    // InternalAssign.g:2208:6: ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1);
            	    					
            	    // InternalAssign.g:2211:9: ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) )
            	    // InternalAssign.g:2211:10: {...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "true");
            	    }
            	    // InternalAssign.g:2211:19: (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* )
            	    // InternalAssign.g:2211:20: otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,63,FOLLOW_8); 

            	    									newLeafNode(otherlv_6, grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0());
            	    								
            	    // InternalAssign.g:2215:9: ( (lv_compatible_7_0= RULE_STRING ) )
            	    // InternalAssign.g:2216:10: (lv_compatible_7_0= RULE_STRING )
            	    {
            	    // InternalAssign.g:2216:10: (lv_compatible_7_0= RULE_STRING )
            	    // InternalAssign.g:2217:11: lv_compatible_7_0= RULE_STRING
            	    {
            	    lv_compatible_7_0=(Token)match(input,RULE_STRING,FOLLOW_44); 

            	    											newLeafNode(lv_compatible_7_0, grammarAccess.getPlatformDeviceAccess().getCompatibleSTRINGTerminalRuleCall_3_1_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getPlatformDeviceRule());
            	    											}
            	    											addWithLastConsumed(
            	    												current,
            	    												"compatible",
            	    												lv_compatible_7_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }

            	    // InternalAssign.g:2233:9: (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )*
            	    loop28:
            	    do {
            	        int alt28=2;
            	        int LA28_0 = input.LA(1);

            	        if ( (LA28_0==64) ) {
            	            alt28=1;
            	        }


            	        switch (alt28) {
            	    	case 1 :
            	    	    // InternalAssign.g:2234:10: otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) )
            	    	    {
            	    	    otherlv_8=(Token)match(input,64,FOLLOW_8); 

            	    	    										newLeafNode(otherlv_8, grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0());
            	    	    									
            	    	    // InternalAssign.g:2238:10: ( (lv_compatible_9_0= RULE_STRING ) )
            	    	    // InternalAssign.g:2239:11: (lv_compatible_9_0= RULE_STRING )
            	    	    {
            	    	    // InternalAssign.g:2239:11: (lv_compatible_9_0= RULE_STRING )
            	    	    // InternalAssign.g:2240:12: lv_compatible_9_0= RULE_STRING
            	    	    {
            	    	    lv_compatible_9_0=(Token)match(input,RULE_STRING,FOLLOW_44); 

            	    	    												newLeafNode(lv_compatible_9_0, grammarAccess.getPlatformDeviceAccess().getCompatibleSTRINGTerminalRuleCall_3_1_2_1_0());
            	    	    											

            	    	    												if (current==null) {
            	    	    													current = createModelElement(grammarAccess.getPlatformDeviceRule());
            	    	    												}
            	    	    												addWithLastConsumed(
            	    	    													current,
            	    	    													"compatible",
            	    	    													lv_compatible_9_0,
            	    	    													"org.eclipse.xtext.common.Terminals.STRING");
            	    	    											

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop28;
            	        }
            	    } while (true);


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop29;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
            				

            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getPlatformDeviceRule());
            			}
            			newCompositeNode(grammarAccess.getPlatformDeviceAccess().getDeviceFactsParserRuleCall_4());
            		
            pushFollow(FOLLOW_2);
            this_DeviceFacts_10=ruleDeviceFacts(current);

            state._fsp--;


            			current = this_DeviceFacts_10;
            			afterParserOrEnumRuleCall();
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlatformDevice"


    // $ANTLR start "ruleDeviceFacts"
    // InternalAssign.g:2286:1: ruleDeviceFacts[EObject in_current] returns [EObject current=in_current] : ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? ) ;
    public final EObject ruleDeviceFacts(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_1=null;
        Token lv_driver_2_2=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_dmaMaskBits_10_0=null;
        Token otherlv_11=null;
        Token otherlv_14=null;
        AntlrDatatypeRuleToken lv_driver_2_1 = null;

        Enumerator lv_protection_4_0 = null;

        AntlrDatatypeRuleToken lv_resetMethods_6_0 = null;

        AntlrDatatypeRuleToken lv_resetMethods_8_0 = null;

        EObject lv_regions_12_0 = null;

        EObject lv_interrupts_13_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:2292:2: ( ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? ) )
            // InternalAssign.g:2293:2: ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? )
            {
            // InternalAssign.g:2293:2: ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? )
            // InternalAssign.g:2294:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )?
            {
            // InternalAssign.g:2294:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) )
            // InternalAssign.g:2295:4: ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) )
            {
            // InternalAssign.g:2295:4: ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) )
            // InternalAssign.g:2296:5: ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            				
            // InternalAssign.g:2299:5: ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* )
            // InternalAssign.g:2300:6: ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )*
            {
            // InternalAssign.g:2300:6: ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )*
            loop32:
            do {
                int alt32=5;
                int LA32_0 = input.LA(1);

                if ( LA32_0 == 38 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                    alt32=1;
                }
                else if ( LA32_0 == 65 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                    alt32=2;
                }
                else if ( LA32_0 == 40 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                    alt32=3;
                }
                else if ( LA32_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                    alt32=4;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalAssign.g:2301:4: ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2301:4: ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) )
            	    // InternalAssign.g:2302:5: {...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0)");
            	    }
            	    // InternalAssign.g:2302:108: ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) )
            	    // InternalAssign.g:2303:6: ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0);
            	    					
            	    // InternalAssign.g:2306:9: ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) )
            	    // InternalAssign.g:2306:10: {...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2306:19: (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) )
            	    // InternalAssign.g:2306:20: otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) )
            	    {
            	    otherlv_1=(Token)match(input,38,FOLLOW_13); 

            	    									newLeafNode(otherlv_1, grammarAccess.getDeviceFactsAccess().getDriverKeyword_0_0_0());
            	    								
            	    // InternalAssign.g:2310:9: ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) )
            	    // InternalAssign.g:2311:10: ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) )
            	    {
            	    // InternalAssign.g:2311:10: ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) )
            	    // InternalAssign.g:2312:11: (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING )
            	    {
            	    // InternalAssign.g:2312:11: (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING )
            	    int alt30=2;
            	    int LA30_0 = input.LA(1);

            	    if ( (LA30_0==RULE_ID||LA30_0==12||(LA30_0>=15 && LA30_0<=16)||(LA30_0>=18 && LA30_0<=23)||(LA30_0>=25 && LA30_0<=30)||LA30_0==32||(LA30_0>=38 && LA30_0<=43)||LA30_0==45||LA30_0==47||LA30_0==49||(LA30_0>=52 && LA30_0<=63)||(LA30_0>=65 && LA30_0<=67)||(LA30_0>=69 && LA30_0<=71)||(LA30_0>=73 && LA30_0<=101)) ) {
            	        alt30=1;
            	    }
            	    else if ( (LA30_0==RULE_STRING) ) {
            	        alt30=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 30, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt30) {
            	        case 1 :
            	            // InternalAssign.g:2313:12: lv_driver_2_1= ruleName
            	            {

            	            												newCompositeNode(grammarAccess.getDeviceFactsAccess().getDriverNameParserRuleCall_0_0_1_0_0());
            	            											
            	            pushFollow(FOLLOW_45);
            	            lv_driver_2_1=ruleName();

            	            state._fsp--;


            	            												if (current==null) {
            	            													current = createModelElementForParent(grammarAccess.getDeviceFactsRule());
            	            												}
            	            												set(
            	            													current,
            	            													"driver",
            	            													lv_driver_2_1,
            	            													"org.devassign.dsl.Assign.Name");
            	            												afterParserOrEnumRuleCall();
            	            											

            	            }
            	            break;
            	        case 2 :
            	            // InternalAssign.g:2329:12: lv_driver_2_2= RULE_STRING
            	            {
            	            lv_driver_2_2=(Token)match(input,RULE_STRING,FOLLOW_45); 

            	            												newLeafNode(lv_driver_2_2, grammarAccess.getDeviceFactsAccess().getDriverSTRINGTerminalRuleCall_0_0_1_0_1());
            	            											

            	            												if (current==null) {
            	            													current = createModelElement(grammarAccess.getDeviceFactsRule());
            	            												}
            	            												setWithLastConsumed(
            	            													current,
            	            													"driver",
            	            													lv_driver_2_2,
            	            													"org.eclipse.xtext.common.Terminals.STRING");
            	            											

            	            }
            	            break;

            	    }


            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalAssign.g:2352:4: ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2352:4: ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) )
            	    // InternalAssign.g:2353:5: {...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1)");
            	    }
            	    // InternalAssign.g:2353:108: ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) )
            	    // InternalAssign.g:2354:6: ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1);
            	    					
            	    // InternalAssign.g:2357:9: ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) )
            	    // InternalAssign.g:2357:10: {...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2357:19: (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) )
            	    // InternalAssign.g:2357:20: otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) )
            	    {
            	    otherlv_3=(Token)match(input,65,FOLLOW_46); 

            	    									newLeafNode(otherlv_3, grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0());
            	    								
            	    // InternalAssign.g:2361:9: ( (lv_protection_4_0= ruleProtection ) )
            	    // InternalAssign.g:2362:10: (lv_protection_4_0= ruleProtection )
            	    {
            	    // InternalAssign.g:2362:10: (lv_protection_4_0= ruleProtection )
            	    // InternalAssign.g:2363:11: lv_protection_4_0= ruleProtection
            	    {

            	    											newCompositeNode(grammarAccess.getDeviceFactsAccess().getProtectionProtectionEnumRuleCall_0_1_1_0());
            	    										
            	    pushFollow(FOLLOW_45);
            	    lv_protection_4_0=ruleProtection();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getDeviceFactsRule());
            	    											}
            	    											set(
            	    												current,
            	    												"protection",
            	    												lv_protection_4_0,
            	    												"org.devassign.dsl.Assign.Protection");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalAssign.g:2386:4: ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) )
            	    {
            	    // InternalAssign.g:2386:4: ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) )
            	    // InternalAssign.g:2387:5: {...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2)");
            	    }
            	    // InternalAssign.g:2387:108: ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) )
            	    // InternalAssign.g:2388:6: ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2);
            	    					
            	    // InternalAssign.g:2391:9: ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) )
            	    // InternalAssign.g:2391:10: {...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2391:19: (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* )
            	    // InternalAssign.g:2391:20: otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )*
            	    {
            	    otherlv_5=(Token)match(input,40,FOLLOW_4); 

            	    									newLeafNode(otherlv_5, grammarAccess.getDeviceFactsAccess().getResetKeyword_0_2_0());
            	    								
            	    // InternalAssign.g:2395:9: ( (lv_resetMethods_6_0= ruleName ) )
            	    // InternalAssign.g:2396:10: (lv_resetMethods_6_0= ruleName )
            	    {
            	    // InternalAssign.g:2396:10: (lv_resetMethods_6_0= ruleName )
            	    // InternalAssign.g:2397:11: lv_resetMethods_6_0= ruleName
            	    {

            	    											newCompositeNode(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_1_0());
            	    										
            	    pushFollow(FOLLOW_47);
            	    lv_resetMethods_6_0=ruleName();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getDeviceFactsRule());
            	    											}
            	    											add(
            	    												current,
            	    												"resetMethods",
            	    												lv_resetMethods_6_0,
            	    												"org.devassign.dsl.Assign.Name");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }

            	    // InternalAssign.g:2414:9: (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )*
            	    loop31:
            	    do {
            	        int alt31=2;
            	        int LA31_0 = input.LA(1);

            	        if ( (LA31_0==64) ) {
            	            alt31=1;
            	        }


            	        switch (alt31) {
            	    	case 1 :
            	    	    // InternalAssign.g:2415:10: otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) )
            	    	    {
            	    	    otherlv_7=(Token)match(input,64,FOLLOW_4); 

            	    	    										newLeafNode(otherlv_7, grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0());
            	    	    									
            	    	    // InternalAssign.g:2419:10: ( (lv_resetMethods_8_0= ruleName ) )
            	    	    // InternalAssign.g:2420:11: (lv_resetMethods_8_0= ruleName )
            	    	    {
            	    	    // InternalAssign.g:2420:11: (lv_resetMethods_8_0= ruleName )
            	    	    // InternalAssign.g:2421:12: lv_resetMethods_8_0= ruleName
            	    	    {

            	    	    												newCompositeNode(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_2_1_0());
            	    	    											
            	    	    pushFollow(FOLLOW_47);
            	    	    lv_resetMethods_8_0=ruleName();

            	    	    state._fsp--;


            	    	    												if (current==null) {
            	    	    													current = createModelElementForParent(grammarAccess.getDeviceFactsRule());
            	    	    												}
            	    	    												add(
            	    	    													current,
            	    	    													"resetMethods",
            	    	    													lv_resetMethods_8_0,
            	    	    													"org.devassign.dsl.Assign.Name");
            	    	    												afterParserOrEnumRuleCall();
            	    	    											

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop31;
            	        }
            	    } while (true);


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalAssign.g:2445:4: ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2445:4: ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) )
            	    // InternalAssign.g:2446:5: {...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3)");
            	    }
            	    // InternalAssign.g:2446:108: ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) )
            	    // InternalAssign.g:2447:6: ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3);
            	    					
            	    // InternalAssign.g:2450:9: ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) )
            	    // InternalAssign.g:2450:10: {...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2450:19: (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) )
            	    // InternalAssign.g:2450:20: otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) )
            	    {
            	    otherlv_9=(Token)match(input,66,FOLLOW_12); 

            	    									newLeafNode(otherlv_9, grammarAccess.getDeviceFactsAccess().getDmaMaskKeyword_0_3_0());
            	    								
            	    // InternalAssign.g:2454:9: ( (lv_dmaMaskBits_10_0= RULE_INT ) )
            	    // InternalAssign.g:2455:10: (lv_dmaMaskBits_10_0= RULE_INT )
            	    {
            	    // InternalAssign.g:2455:10: (lv_dmaMaskBits_10_0= RULE_INT )
            	    // InternalAssign.g:2456:11: lv_dmaMaskBits_10_0= RULE_INT
            	    {
            	    lv_dmaMaskBits_10_0=(Token)match(input,RULE_INT,FOLLOW_45); 

            	    											newLeafNode(lv_dmaMaskBits_10_0, grammarAccess.getDeviceFactsAccess().getDmaMaskBitsINTTerminalRuleCall_0_3_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getDeviceFactsRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"dmaMaskBits",
            	    												lv_dmaMaskBits_10_0,
            	    												"org.eclipse.xtext.common.Terminals.INT");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop32;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            				

            }

            // InternalAssign.g:2485:3: (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==17) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalAssign.g:2486:4: otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}'
                    {
                    otherlv_11=(Token)match(input,17,FOLLOW_48); 

                    				newLeafNode(otherlv_11, grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0());
                    			
                    // InternalAssign.g:2490:4: ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )*
                    loop33:
                    do {
                        int alt33=3;
                        int LA33_0 = input.LA(1);

                        if ( (LA33_0==67) ) {
                            alt33=1;
                        }
                        else if ( (LA33_0==47) ) {
                            alt33=2;
                        }


                        switch (alt33) {
                    	case 1 :
                    	    // InternalAssign.g:2491:5: ( (lv_regions_12_0= ruleRegion ) )
                    	    {
                    	    // InternalAssign.g:2491:5: ( (lv_regions_12_0= ruleRegion ) )
                    	    // InternalAssign.g:2492:6: (lv_regions_12_0= ruleRegion )
                    	    {
                    	    // InternalAssign.g:2492:6: (lv_regions_12_0= ruleRegion )
                    	    // InternalAssign.g:2493:7: lv_regions_12_0= ruleRegion
                    	    {

                    	    							newCompositeNode(grammarAccess.getDeviceFactsAccess().getRegionsRegionParserRuleCall_1_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_48);
                    	    lv_regions_12_0=ruleRegion();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getDeviceFactsRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"regions",
                    	    								lv_regions_12_0,
                    	    								"org.devassign.dsl.Assign.Region");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:2511:5: ( (lv_interrupts_13_0= ruleInterrupt ) )
                    	    {
                    	    // InternalAssign.g:2511:5: ( (lv_interrupts_13_0= ruleInterrupt ) )
                    	    // InternalAssign.g:2512:6: (lv_interrupts_13_0= ruleInterrupt )
                    	    {
                    	    // InternalAssign.g:2512:6: (lv_interrupts_13_0= ruleInterrupt )
                    	    // InternalAssign.g:2513:7: lv_interrupts_13_0= ruleInterrupt
                    	    {

                    	    							newCompositeNode(grammarAccess.getDeviceFactsAccess().getInterruptsInterruptParserRuleCall_1_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_48);
                    	    lv_interrupts_13_0=ruleInterrupt();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getDeviceFactsRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"interrupts",
                    	    								lv_interrupts_13_0,
                    	    								"org.devassign.dsl.Assign.Interrupt");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop33;
                        }
                    } while (true);

                    otherlv_14=(Token)match(input,24,FOLLOW_2); 

                    				newLeafNode(otherlv_14, grammarAccess.getDeviceFactsAccess().getRightCurlyBracketKeyword_1_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDeviceFacts"


    // $ANTLR start "entryRuleRegion"
    // InternalAssign.g:2540:1: entryRuleRegion returns [EObject current=null] : iv_ruleRegion= ruleRegion EOF ;
    public final EObject entryRuleRegion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRegion = null;


        try {
            // InternalAssign.g:2540:47: (iv_ruleRegion= ruleRegion EOF )
            // InternalAssign.g:2541:2: iv_ruleRegion= ruleRegion EOF
            {
             newCompositeNode(grammarAccess.getRegionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRegion=ruleRegion();

            state._fsp--;

             current =iv_ruleRegion; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRegion"


    // $ANTLR start "ruleRegion"
    // InternalAssign.g:2547:1: ruleRegion returns [EObject current=null] : (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? ) ;
    public final EObject ruleRegion() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_index_3_0=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_readable_9_0=null;
        Token lv_writable_10_0=null;
        Token lv_mmappable_11_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        Enumerator lv_kind_4_0 = null;

        AntlrDatatypeRuleToken lv_base_6_0 = null;

        AntlrDatatypeRuleToken lv_size_8_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:2553:2: ( (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? ) )
            // InternalAssign.g:2554:2: (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? )
            {
            // InternalAssign.g:2554:2: (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? )
            // InternalAssign.g:2555:3: otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )?
            {
            otherlv_0=(Token)match(input,67,FOLLOW_13); 

            			newLeafNode(otherlv_0, grammarAccess.getRegionAccess().getRegionKeyword_0());
            		
            // InternalAssign.g:2559:3: ( (lv_name_1_0= ruleRegionName ) )
            // InternalAssign.g:2560:4: (lv_name_1_0= ruleRegionName )
            {
            // InternalAssign.g:2560:4: (lv_name_1_0= ruleRegionName )
            // InternalAssign.g:2561:5: lv_name_1_0= ruleRegionName
            {

            					newCompositeNode(grammarAccess.getRegionAccess().getNameRegionNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_49);
            lv_name_1_0=ruleRegionName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRegionRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.devassign.dsl.Assign.RegionName");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,68,FOLLOW_12); 

            			newLeafNode(otherlv_2, grammarAccess.getRegionAccess().getIndexKeyword_2());
            		
            // InternalAssign.g:2582:3: ( (lv_index_3_0= RULE_INT ) )
            // InternalAssign.g:2583:4: (lv_index_3_0= RULE_INT )
            {
            // InternalAssign.g:2583:4: (lv_index_3_0= RULE_INT )
            // InternalAssign.g:2584:5: lv_index_3_0= RULE_INT
            {
            lv_index_3_0=(Token)match(input,RULE_INT,FOLLOW_50); 

            					newLeafNode(lv_index_3_0, grammarAccess.getRegionAccess().getIndexINTTerminalRuleCall_3_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRegionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"index",
            						lv_index_3_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalAssign.g:2600:3: ( (lv_kind_4_0= ruleRegionKind ) )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==12||(LA35_0>=93 && LA35_0<=96)) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalAssign.g:2601:4: (lv_kind_4_0= ruleRegionKind )
                    {
                    // InternalAssign.g:2601:4: (lv_kind_4_0= ruleRegionKind )
                    // InternalAssign.g:2602:5: lv_kind_4_0= ruleRegionKind
                    {

                    					newCompositeNode(grammarAccess.getRegionAccess().getKindRegionKindEnumRuleCall_4_0());
                    				
                    pushFollow(FOLLOW_51);
                    lv_kind_4_0=ruleRegionKind();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getRegionRule());
                    					}
                    					set(
                    						current,
                    						"kind",
                    						lv_kind_4_0,
                    						"org.devassign.dsl.Assign.RegionKind");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2619:3: (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==50) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalAssign.g:2620:4: otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) )
                    {
                    otherlv_5=(Token)match(input,50,FOLLOW_11); 

                    				newLeafNode(otherlv_5, grammarAccess.getRegionAccess().getAtKeyword_5_0());
                    			
                    // InternalAssign.g:2624:4: ( (lv_base_6_0= ruleNumber ) )
                    // InternalAssign.g:2625:5: (lv_base_6_0= ruleNumber )
                    {
                    // InternalAssign.g:2625:5: (lv_base_6_0= ruleNumber )
                    // InternalAssign.g:2626:6: lv_base_6_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getRegionAccess().getBaseNumberParserRuleCall_5_1_0());
                    					
                    pushFollow(FOLLOW_35);
                    lv_base_6_0=ruleNumber();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getRegionRule());
                    						}
                    						set(
                    							current,
                    							"base",
                    							lv_base_6_0,
                    							"org.devassign.dsl.Assign.Number");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_7=(Token)match(input,51,FOLLOW_11); 

            			newLeafNode(otherlv_7, grammarAccess.getRegionAccess().getSizeKeyword_6());
            		
            // InternalAssign.g:2648:3: ( (lv_size_8_0= ruleSize ) )
            // InternalAssign.g:2649:4: (lv_size_8_0= ruleSize )
            {
            // InternalAssign.g:2649:4: (lv_size_8_0= ruleSize )
            // InternalAssign.g:2650:5: lv_size_8_0= ruleSize
            {

            					newCompositeNode(grammarAccess.getRegionAccess().getSizeSizeParserRuleCall_7_0());
            				
            pushFollow(FOLLOW_52);
            lv_size_8_0=ruleSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRegionRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_8_0,
            						"org.devassign.dsl.Assign.Size");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:2667:3: ( (lv_readable_9_0= 'read' ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==69) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalAssign.g:2668:4: (lv_readable_9_0= 'read' )
                    {
                    // InternalAssign.g:2668:4: (lv_readable_9_0= 'read' )
                    // InternalAssign.g:2669:5: lv_readable_9_0= 'read'
                    {
                    lv_readable_9_0=(Token)match(input,69,FOLLOW_53); 

                    					newLeafNode(lv_readable_9_0, grammarAccess.getRegionAccess().getReadableReadKeyword_8_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getRegionRule());
                    					}
                    					setWithLastConsumed(current, "readable", lv_readable_9_0 != null, "read");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2681:3: ( (lv_writable_10_0= 'write' ) )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==70) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalAssign.g:2682:4: (lv_writable_10_0= 'write' )
                    {
                    // InternalAssign.g:2682:4: (lv_writable_10_0= 'write' )
                    // InternalAssign.g:2683:5: lv_writable_10_0= 'write'
                    {
                    lv_writable_10_0=(Token)match(input,70,FOLLOW_54); 

                    					newLeafNode(lv_writable_10_0, grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getRegionRule());
                    					}
                    					setWithLastConsumed(current, "writable", lv_writable_10_0 != null, "write");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2695:3: ( (lv_mmappable_11_0= 'mmap' ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==71) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalAssign.g:2696:4: (lv_mmappable_11_0= 'mmap' )
                    {
                    // InternalAssign.g:2696:4: (lv_mmappable_11_0= 'mmap' )
                    // InternalAssign.g:2697:5: lv_mmappable_11_0= 'mmap'
                    {
                    lv_mmappable_11_0=(Token)match(input,71,FOLLOW_2); 

                    					newLeafNode(lv_mmappable_11_0, grammarAccess.getRegionAccess().getMmappableMmapKeyword_10_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getRegionRule());
                    					}
                    					setWithLastConsumed(current, "mmappable", lv_mmappable_11_0 != null, "mmap");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRegion"


    // $ANTLR start "entryRuleInterrupt"
    // InternalAssign.g:2713:1: entryRuleInterrupt returns [EObject current=null] : iv_ruleInterrupt= ruleInterrupt EOF ;
    public final EObject entryRuleInterrupt() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleInterrupt = null;


        try {
            // InternalAssign.g:2713:50: (iv_ruleInterrupt= ruleInterrupt EOF )
            // InternalAssign.g:2714:2: iv_ruleInterrupt= ruleInterrupt EOF
            {
             newCompositeNode(grammarAccess.getInterruptRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleInterrupt=ruleInterrupt();

            state._fsp--;

             current =iv_ruleInterrupt; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleInterrupt"


    // $ANTLR start "ruleInterrupt"
    // InternalAssign.g:2720:1: ruleInterrupt returns [EObject current=null] : (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? ) ;
    public final EObject ruleInterrupt() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_index_3_0=null;
        Token otherlv_4=null;
        Token lv_count_5_0=null;
        Token lv_eventfd_6_0=null;
        Token lv_maskable_7_0=null;
        Token lv_automasked_8_0=null;
        Enumerator lv_kind_1_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:2726:2: ( (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? ) )
            // InternalAssign.g:2727:2: (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? )
            {
            // InternalAssign.g:2727:2: (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? )
            // InternalAssign.g:2728:3: otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )?
            {
            otherlv_0=(Token)match(input,47,FOLLOW_55); 

            			newLeafNode(otherlv_0, grammarAccess.getInterruptAccess().getIrqKeyword_0());
            		
            // InternalAssign.g:2732:3: ( (lv_kind_1_0= ruleInterruptKind ) )
            // InternalAssign.g:2733:4: (lv_kind_1_0= ruleInterruptKind )
            {
            // InternalAssign.g:2733:4: (lv_kind_1_0= ruleInterruptKind )
            // InternalAssign.g:2734:5: lv_kind_1_0= ruleInterruptKind
            {

            					newCompositeNode(grammarAccess.getInterruptAccess().getKindInterruptKindEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_49);
            lv_kind_1_0=ruleInterruptKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getInterruptRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_1_0,
            						"org.devassign.dsl.Assign.InterruptKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,68,FOLLOW_12); 

            			newLeafNode(otherlv_2, grammarAccess.getInterruptAccess().getIndexKeyword_2());
            		
            // InternalAssign.g:2755:3: ( (lv_index_3_0= RULE_INT ) )
            // InternalAssign.g:2756:4: (lv_index_3_0= RULE_INT )
            {
            // InternalAssign.g:2756:4: (lv_index_3_0= RULE_INT )
            // InternalAssign.g:2757:5: lv_index_3_0= RULE_INT
            {
            lv_index_3_0=(Token)match(input,RULE_INT,FOLLOW_56); 

            					newLeafNode(lv_index_3_0, grammarAccess.getInterruptAccess().getIndexINTTerminalRuleCall_3_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getInterruptRule());
            					}
            					setWithLastConsumed(
            						current,
            						"index",
            						lv_index_3_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalAssign.g:2773:3: (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==44) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalAssign.g:2774:4: otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) )
                    {
                    otherlv_4=(Token)match(input,44,FOLLOW_12); 

                    				newLeafNode(otherlv_4, grammarAccess.getInterruptAccess().getCountKeyword_4_0());
                    			
                    // InternalAssign.g:2778:4: ( (lv_count_5_0= RULE_INT ) )
                    // InternalAssign.g:2779:5: (lv_count_5_0= RULE_INT )
                    {
                    // InternalAssign.g:2779:5: (lv_count_5_0= RULE_INT )
                    // InternalAssign.g:2780:6: lv_count_5_0= RULE_INT
                    {
                    lv_count_5_0=(Token)match(input,RULE_INT,FOLLOW_57); 

                    						newLeafNode(lv_count_5_0, grammarAccess.getInterruptAccess().getCountINTTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getInterruptRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"count",
                    							lv_count_5_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalAssign.g:2797:3: ( (lv_eventfd_6_0= 'eventfd' ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==72) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalAssign.g:2798:4: (lv_eventfd_6_0= 'eventfd' )
                    {
                    // InternalAssign.g:2798:4: (lv_eventfd_6_0= 'eventfd' )
                    // InternalAssign.g:2799:5: lv_eventfd_6_0= 'eventfd'
                    {
                    lv_eventfd_6_0=(Token)match(input,72,FOLLOW_58); 

                    					newLeafNode(lv_eventfd_6_0, grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getInterruptRule());
                    					}
                    					setWithLastConsumed(current, "eventfd", lv_eventfd_6_0 != null, "eventfd");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2811:3: ( (lv_maskable_7_0= 'maskable' ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==73) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalAssign.g:2812:4: (lv_maskable_7_0= 'maskable' )
                    {
                    // InternalAssign.g:2812:4: (lv_maskable_7_0= 'maskable' )
                    // InternalAssign.g:2813:5: lv_maskable_7_0= 'maskable'
                    {
                    lv_maskable_7_0=(Token)match(input,73,FOLLOW_59); 

                    					newLeafNode(lv_maskable_7_0, grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getInterruptRule());
                    					}
                    					setWithLastConsumed(current, "maskable", lv_maskable_7_0 != null, "maskable");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2825:3: ( (lv_automasked_8_0= 'automasked' ) )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==74) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalAssign.g:2826:4: (lv_automasked_8_0= 'automasked' )
                    {
                    // InternalAssign.g:2826:4: (lv_automasked_8_0= 'automasked' )
                    // InternalAssign.g:2827:5: lv_automasked_8_0= 'automasked'
                    {
                    lv_automasked_8_0=(Token)match(input,74,FOLLOW_2); 

                    					newLeafNode(lv_automasked_8_0, grammarAccess.getInterruptAccess().getAutomaskedAutomaskedKeyword_7_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getInterruptRule());
                    					}
                    					setWithLastConsumed(current, "automasked", lv_automasked_8_0 != null, "automasked");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleInterrupt"


    // $ANTLR start "entryRuleIommuGroup"
    // InternalAssign.g:2843:1: entryRuleIommuGroup returns [EObject current=null] : iv_ruleIommuGroup= ruleIommuGroup EOF ;
    public final EObject entryRuleIommuGroup() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIommuGroup = null;


        try {
            // InternalAssign.g:2843:51: (iv_ruleIommuGroup= ruleIommuGroup EOF )
            // InternalAssign.g:2844:2: iv_ruleIommuGroup= ruleIommuGroup EOF
            {
             newCompositeNode(grammarAccess.getIommuGroupRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIommuGroup=ruleIommuGroup();

            state._fsp--;

             current =iv_ruleIommuGroup; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIommuGroup"


    // $ANTLR start "ruleIommuGroup"
    // InternalAssign.g:2850:1: ruleIommuGroup returns [EObject current=null] : (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' ) ;
    public final EObject ruleIommuGroup() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_noIommu_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        EObject lv_iovaRanges_4_0 = null;

        EObject lv_iovaRanges_6_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:2856:2: ( (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' ) )
            // InternalAssign.g:2857:2: (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' )
            {
            // InternalAssign.g:2857:2: (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' )
            // InternalAssign.g:2858:3: otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}'
            {
            otherlv_0=(Token)match(input,36,FOLLOW_12); 

            			newLeafNode(otherlv_0, grammarAccess.getIommuGroupAccess().getGroupKeyword_0());
            		
            // InternalAssign.g:2862:3: ( (lv_id_1_0= RULE_INT ) )
            // InternalAssign.g:2863:4: (lv_id_1_0= RULE_INT )
            {
            // InternalAssign.g:2863:4: (lv_id_1_0= RULE_INT )
            // InternalAssign.g:2864:5: lv_id_1_0= RULE_INT
            {
            lv_id_1_0=(Token)match(input,RULE_INT,FOLLOW_60); 

            					newLeafNode(lv_id_1_0, grammarAccess.getIommuGroupAccess().getIdINTTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getIommuGroupRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalAssign.g:2880:3: ( (lv_noIommu_2_0= 'noiommu' ) )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==75) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalAssign.g:2881:4: (lv_noIommu_2_0= 'noiommu' )
                    {
                    // InternalAssign.g:2881:4: (lv_noIommu_2_0= 'noiommu' )
                    // InternalAssign.g:2882:5: lv_noIommu_2_0= 'noiommu'
                    {
                    lv_noIommu_2_0=(Token)match(input,75,FOLLOW_61); 

                    					newLeafNode(lv_noIommu_2_0, grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getIommuGroupRule());
                    					}
                    					setWithLastConsumed(current, "noIommu", lv_noIommu_2_0 != null, "noiommu");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2894:3: (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==76) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalAssign.g:2895:4: otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )*
                    {
                    otherlv_3=(Token)match(input,76,FOLLOW_11); 

                    				newLeafNode(otherlv_3, grammarAccess.getIommuGroupAccess().getIovaKeyword_3_0());
                    			
                    // InternalAssign.g:2899:4: ( (lv_iovaRanges_4_0= ruleIovaRange ) )
                    // InternalAssign.g:2900:5: (lv_iovaRanges_4_0= ruleIovaRange )
                    {
                    // InternalAssign.g:2900:5: (lv_iovaRanges_4_0= ruleIovaRange )
                    // InternalAssign.g:2901:6: lv_iovaRanges_4_0= ruleIovaRange
                    {

                    						newCompositeNode(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_62);
                    lv_iovaRanges_4_0=ruleIovaRange();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getIommuGroupRule());
                    						}
                    						add(
                    							current,
                    							"iovaRanges",
                    							lv_iovaRanges_4_0,
                    							"org.devassign.dsl.Assign.IovaRange");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalAssign.g:2918:4: (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )*
                    loop45:
                    do {
                        int alt45=2;
                        int LA45_0 = input.LA(1);

                        if ( (LA45_0==64) ) {
                            alt45=1;
                        }


                        switch (alt45) {
                    	case 1 :
                    	    // InternalAssign.g:2919:5: otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) )
                    	    {
                    	    otherlv_5=(Token)match(input,64,FOLLOW_11); 

                    	    					newLeafNode(otherlv_5, grammarAccess.getIommuGroupAccess().getCommaKeyword_3_2_0());
                    	    				
                    	    // InternalAssign.g:2923:5: ( (lv_iovaRanges_6_0= ruleIovaRange ) )
                    	    // InternalAssign.g:2924:6: (lv_iovaRanges_6_0= ruleIovaRange )
                    	    {
                    	    // InternalAssign.g:2924:6: (lv_iovaRanges_6_0= ruleIovaRange )
                    	    // InternalAssign.g:2925:7: lv_iovaRanges_6_0= ruleIovaRange
                    	    {

                    	    							newCompositeNode(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_62);
                    	    lv_iovaRanges_6_0=ruleIovaRange();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getIommuGroupRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"iovaRanges",
                    	    								lv_iovaRanges_6_0,
                    	    								"org.devassign.dsl.Assign.IovaRange");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop45;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_7=(Token)match(input,17,FOLLOW_63); 

            			newLeafNode(otherlv_7, grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalAssign.g:2948:3: ( ( ruleDeviceRef ) )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==RULE_STRING||LA47_0==RULE_ID||LA47_0==12||(LA47_0>=15 && LA47_0<=16)||(LA47_0>=18 && LA47_0<=23)||(LA47_0>=25 && LA47_0<=30)||LA47_0==32||(LA47_0>=38 && LA47_0<=43)||LA47_0==45||LA47_0==47||LA47_0==49||(LA47_0>=52 && LA47_0<=63)||(LA47_0>=65 && LA47_0<=67)||(LA47_0>=69 && LA47_0<=71)||(LA47_0>=73 && LA47_0<=101)) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalAssign.g:2949:4: ( ruleDeviceRef )
            	    {
            	    // InternalAssign.g:2949:4: ( ruleDeviceRef )
            	    // InternalAssign.g:2950:5: ruleDeviceRef
            	    {

            	    					if (current==null) {
            	    						current = createModelElement(grammarAccess.getIommuGroupRule());
            	    					}
            	    				

            	    					newCompositeNode(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_5_0());
            	    				
            	    pushFollow(FOLLOW_63);
            	    ruleDeviceRef();

            	    state._fsp--;


            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);

            otherlv_9=(Token)match(input,24,FOLLOW_2); 

            			newLeafNode(otherlv_9, grammarAccess.getIommuGroupAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIommuGroup"


    // $ANTLR start "entryRuleIovaRange"
    // InternalAssign.g:2972:1: entryRuleIovaRange returns [EObject current=null] : iv_ruleIovaRange= ruleIovaRange EOF ;
    public final EObject entryRuleIovaRange() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIovaRange = null;


        try {
            // InternalAssign.g:2972:50: (iv_ruleIovaRange= ruleIovaRange EOF )
            // InternalAssign.g:2973:2: iv_ruleIovaRange= ruleIovaRange EOF
            {
             newCompositeNode(grammarAccess.getIovaRangeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIovaRange=ruleIovaRange();

            state._fsp--;

             current =iv_ruleIovaRange; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIovaRange"


    // $ANTLR start "ruleIovaRange"
    // InternalAssign.g:2979:1: ruleIovaRange returns [EObject current=null] : ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) ) ;
    public final EObject ruleIovaRange() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        AntlrDatatypeRuleToken lv_start_0_0 = null;

        AntlrDatatypeRuleToken lv_last_2_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:2985:2: ( ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) ) )
            // InternalAssign.g:2986:2: ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) )
            {
            // InternalAssign.g:2986:2: ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) )
            // InternalAssign.g:2987:3: ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) )
            {
            // InternalAssign.g:2987:3: ( (lv_start_0_0= ruleNumber ) )
            // InternalAssign.g:2988:4: (lv_start_0_0= ruleNumber )
            {
            // InternalAssign.g:2988:4: (lv_start_0_0= ruleNumber )
            // InternalAssign.g:2989:5: lv_start_0_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getIovaRangeAccess().getStartNumberParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_64);
            lv_start_0_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getIovaRangeRule());
            					}
            					set(
            						current,
            						"start",
            						lv_start_0_0,
            						"org.devassign.dsl.Assign.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_1=(Token)match(input,34,FOLLOW_11); 

            			newLeafNode(otherlv_1, grammarAccess.getIovaRangeAccess().getFullStopFullStopKeyword_1());
            		
            // InternalAssign.g:3010:3: ( (lv_last_2_0= ruleNumber ) )
            // InternalAssign.g:3011:4: (lv_last_2_0= ruleNumber )
            {
            // InternalAssign.g:3011:4: (lv_last_2_0= ruleNumber )
            // InternalAssign.g:3012:5: lv_last_2_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getIovaRangeAccess().getLastNumberParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_last_2_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getIovaRangeRule());
            					}
            					set(
            						current,
            						"last",
            						lv_last_2_0,
            						"org.devassign.dsl.Assign.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIovaRange"


    // $ANTLR start "entryRuleName"
    // InternalAssign.g:3033:1: entryRuleName returns [String current=null] : iv_ruleName= ruleName EOF ;
    public final String entryRuleName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleName = null;


        try {
            // InternalAssign.g:3033:44: (iv_ruleName= ruleName EOF )
            // InternalAssign.g:3034:2: iv_ruleName= ruleName EOF
            {
             newCompositeNode(grammarAccess.getNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleName=ruleName();

            state._fsp--;

             current =iv_ruleName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleName"


    // $ANTLR start "ruleName"
    // InternalAssign.g:3040:1: ruleName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'vfs' | kw= 'vf' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'force' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' ) ;
    public final AntlrDatatypeRuleToken ruleName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;


        	enterRule();

        try {
            // InternalAssign.g:3046:2: ( (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'vfs' | kw= 'vf' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'force' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' ) )
            // InternalAssign.g:3047:2: (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'vfs' | kw= 'vf' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'force' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' )
            {
            // InternalAssign.g:3047:2: (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'vfs' | kw= 'vf' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'force' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' )
            int alt48=73;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt48=1;
                }
                break;
            case 12:
                {
                alt48=2;
                }
                break;
            case 15:
                {
                alt48=3;
                }
                break;
            case 16:
                {
                alt48=4;
                }
                break;
            case 25:
                {
                alt48=5;
                }
                break;
            case 29:
                {
                alt48=6;
                }
                break;
            case 30:
                {
                alt48=7;
                }
                break;
            case 43:
                {
                alt48=8;
                }
                break;
            case 32:
                {
                alt48=9;
                }
                break;
            case 18:
                {
                alt48=10;
                }
                break;
            case 19:
                {
                alt48=11;
                }
                break;
            case 20:
                {
                alt48=12;
                }
                break;
            case 21:
                {
                alt48=13;
                }
                break;
            case 22:
                {
                alt48=14;
                }
                break;
            case 23:
                {
                alt48=15;
                }
                break;
            case 26:
                {
                alt48=16;
                }
                break;
            case 27:
                {
                alt48=17;
                }
                break;
            case 28:
                {
                alt48=18;
                }
                break;
            case 38:
                {
                alt48=19;
                }
                break;
            case 39:
                {
                alt48=20;
                }
                break;
            case 40:
                {
                alt48=21;
                }
                break;
            case 41:
                {
                alt48=22;
                }
                break;
            case 42:
                {
                alt48=23;
                }
                break;
            case 45:
                {
                alt48=24;
                }
                break;
            case 47:
                {
                alt48=25;
                }
                break;
            case 49:
                {
                alt48=26;
                }
                break;
            case 77:
                {
                alt48=27;
                }
                break;
            case 78:
                {
                alt48=28;
                }
                break;
            case 79:
                {
                alt48=29;
                }
                break;
            case 80:
                {
                alt48=30;
                }
                break;
            case 81:
                {
                alt48=31;
                }
                break;
            case 82:
                {
                alt48=32;
                }
                break;
            case 83:
                {
                alt48=33;
                }
                break;
            case 84:
                {
                alt48=34;
                }
                break;
            case 52:
                {
                alt48=35;
                }
                break;
            case 53:
                {
                alt48=36;
                }
                break;
            case 54:
                {
                alt48=37;
                }
                break;
            case 55:
                {
                alt48=38;
                }
                break;
            case 85:
                {
                alt48=39;
                }
                break;
            case 86:
                {
                alt48=40;
                }
                break;
            case 75:
                {
                alt48=41;
                }
                break;
            case 87:
                {
                alt48=42;
                }
                break;
            case 56:
                {
                alt48=43;
                }
                break;
            case 61:
                {
                alt48=44;
                }
                break;
            case 57:
                {
                alt48=45;
                }
                break;
            case 58:
                {
                alt48=46;
                }
                break;
            case 59:
                {
                alt48=47;
                }
                break;
            case 60:
                {
                alt48=48;
                }
                break;
            case 62:
                {
                alt48=49;
                }
                break;
            case 63:
                {
                alt48=50;
                }
                break;
            case 65:
                {
                alt48=51;
                }
                break;
            case 66:
                {
                alt48=52;
                }
                break;
            case 76:
                {
                alt48=53;
                }
                break;
            case 88:
                {
                alt48=54;
                }
                break;
            case 89:
                {
                alt48=55;
                }
                break;
            case 90:
                {
                alt48=56;
                }
                break;
            case 91:
                {
                alt48=57;
                }
                break;
            case 92:
                {
                alt48=58;
                }
                break;
            case 67:
                {
                alt48=59;
                }
                break;
            case 93:
                {
                alt48=60;
                }
                break;
            case 94:
                {
                alt48=61;
                }
                break;
            case 95:
                {
                alt48=62;
                }
                break;
            case 96:
                {
                alt48=63;
                }
                break;
            case 69:
                {
                alt48=64;
                }
                break;
            case 70:
                {
                alt48=65;
                }
                break;
            case 71:
                {
                alt48=66;
                }
                break;
            case 97:
                {
                alt48=67;
                }
                break;
            case 98:
                {
                alt48=68;
                }
                break;
            case 99:
                {
                alt48=69;
                }
                break;
            case 100:
                {
                alt48=70;
                }
                break;
            case 101:
                {
                alt48=71;
                }
                break;
            case 73:
                {
                alt48=72;
                }
                break;
            case 74:
                {
                alt48=73;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 48, 0, input);

                throw nvae;
            }

            switch (alt48) {
                case 1 :
                    // InternalAssign.g:3048:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getNameAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3056:3: kw= 'config'
                    {
                    kw=(Token)match(input,12,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getConfigKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalAssign.g:3062:3: kw= 'import'
                    {
                    kw=(Token)match(input,15,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getImportKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalAssign.g:3068:3: kw= 'vm'
                    {
                    kw=(Token)match(input,16,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVmKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalAssign.g:3074:3: kw= 'userspace'
                    {
                    kw=(Token)match(input,25,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getUserspaceKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalAssign.g:3080:3: kw= 'probe'
                    {
                    kw=(Token)match(input,29,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getProbeKeyword_5());
                    		

                    }
                    break;
                case 7 :
                    // InternalAssign.g:3086:3: kw= 'assign'
                    {
                    kw=(Token)match(input,30,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAssignKeyword_6());
                    		

                    }
                    break;
                case 8 :
                    // InternalAssign.g:3092:3: kw= 'vfs'
                    {
                    kw=(Token)match(input,43,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfsKeyword_7());
                    		

                    }
                    break;
                case 9 :
                    // InternalAssign.g:3098:3: kw= 'vf'
                    {
                    kw=(Token)match(input,32,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfKeyword_8());
                    		

                    }
                    break;
                case 10 :
                    // InternalAssign.g:3104:3: kw= 'memory'
                    {
                    kw=(Token)match(input,18,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMemoryKeyword_9());
                    		

                    }
                    break;
                case 11 :
                    // InternalAssign.g:3110:3: kw= 'vcpus'
                    {
                    kw=(Token)match(input,19,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVcpusKeyword_10());
                    		

                    }
                    break;
                case 12 :
                    // InternalAssign.g:3116:3: kw= 'machine'
                    {
                    kw=(Token)match(input,20,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMachineKeyword_11());
                    		

                    }
                    break;
                case 13 :
                    // InternalAssign.g:3122:3: kw= 'memlock'
                    {
                    kw=(Token)match(input,21,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMemlockKeyword_12());
                    		

                    }
                    break;
                case 14 :
                    // InternalAssign.g:3128:3: kw= 'qemu'
                    {
                    kw=(Token)match(input,22,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getQemuKeyword_13());
                    		

                    }
                    break;
                case 15 :
                    // InternalAssign.g:3134:3: kw= 'libvirt'
                    {
                    kw=(Token)match(input,23,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getLibvirtKeyword_14());
                    		

                    }
                    break;
                case 16 :
                    // InternalAssign.g:3140:3: kw= 'uid'
                    {
                    kw=(Token)match(input,26,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getUidKeyword_15());
                    		

                    }
                    break;
                case 17 :
                    // InternalAssign.g:3146:3: kw= 'gid'
                    {
                    kw=(Token)match(input,27,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getGidKeyword_16());
                    		

                    }
                    break;
                case 18 :
                    // InternalAssign.g:3152:3: kw= 'socket'
                    {
                    kw=(Token)match(input,28,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getSocketKeyword_17());
                    		

                    }
                    break;
                case 19 :
                    // InternalAssign.g:3158:3: kw= 'driver'
                    {
                    kw=(Token)match(input,38,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDriverKeyword_18());
                    		

                    }
                    break;
                case 20 :
                    // InternalAssign.g:3164:3: kw= 'open'
                    {
                    kw=(Token)match(input,39,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getOpenKeyword_19());
                    		

                    }
                    break;
                case 21 :
                    // InternalAssign.g:3170:3: kw= 'reset'
                    {
                    kw=(Token)match(input,40,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getResetKeyword_20());
                    		

                    }
                    break;
                case 22 :
                    // InternalAssign.g:3176:3: kw= 'persistent'
                    {
                    kw=(Token)match(input,41,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPersistentKeyword_21());
                    		

                    }
                    break;
                case 23 :
                    // InternalAssign.g:3182:3: kw= 'force'
                    {
                    kw=(Token)match(input,42,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getForceKeyword_22());
                    		

                    }
                    break;
                case 24 :
                    // InternalAssign.g:3188:3: kw= 'map'
                    {
                    kw=(Token)match(input,45,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMapKeyword_23());
                    		

                    }
                    break;
                case 25 :
                    // InternalAssign.g:3194:3: kw= 'irq'
                    {
                    kw=(Token)match(input,47,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIrqKeyword_24());
                    		

                    }
                    break;
                case 26 :
                    // InternalAssign.g:3200:3: kw= 'dma'
                    {
                    kw=(Token)match(input,49,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDmaKeyword_25());
                    		

                    }
                    break;
                case 27 :
                    // InternalAssign.g:3206:3: kw= 'auto'
                    {
                    kw=(Token)match(input,77,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAutoKeyword_26());
                    		

                    }
                    break;
                case 28 :
                    // InternalAssign.g:3212:3: kw= 'vfio-pci'
                    {
                    kw=(Token)match(input,78,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioPciKeyword_27());
                    		

                    }
                    break;
                case 29 :
                    // InternalAssign.g:3218:3: kw= 'vfio-platform'
                    {
                    kw=(Token)match(input,79,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioPlatformKeyword_28());
                    		

                    }
                    break;
                case 30 :
                    // InternalAssign.g:3224:3: kw= 'vfio-fsl-mc'
                    {
                    kw=(Token)match(input,80,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioFslMcKeyword_29());
                    		

                    }
                    break;
                case 31 :
                    // InternalAssign.g:3230:3: kw= 'cdev'
                    {
                    kw=(Token)match(input,81,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getCdevKeyword_30());
                    		

                    }
                    break;
                case 32 :
                    // InternalAssign.g:3236:3: kw= 'if-available'
                    {
                    kw=(Token)match(input,82,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIfAvailableKeyword_31());
                    		

                    }
                    break;
                case 33 :
                    // InternalAssign.g:3242:3: kw= 'required'
                    {
                    kw=(Token)match(input,83,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRequiredKeyword_32());
                    		

                    }
                    break;
                case 34 :
                    // InternalAssign.g:3248:3: kw= 'never'
                    {
                    kw=(Token)match(input,84,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getNeverKeyword_33());
                    		

                    }
                    break;
                case 35 :
                    // InternalAssign.g:3254:3: kw= 'arch'
                    {
                    kw=(Token)match(input,52,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getArchKeyword_34());
                    		

                    }
                    break;
                case 36 :
                    // InternalAssign.g:3260:3: kw= 'page'
                    {
                    kw=(Token)match(input,53,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPageKeyword_35());
                    		

                    }
                    break;
                case 37 :
                    // InternalAssign.g:3266:3: kw= 'kernel'
                    {
                    kw=(Token)match(input,54,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getKernelKeyword_36());
                    		

                    }
                    break;
                case 38 :
                    // InternalAssign.g:3272:3: kw= 'capabilities'
                    {
                    kw=(Token)match(input,55,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getCapabilitiesKeyword_37());
                    		

                    }
                    break;
                case 39 :
                    // InternalAssign.g:3278:3: kw= 'vfio-cdev'
                    {
                    kw=(Token)match(input,85,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioCdevKeyword_38());
                    		

                    }
                    break;
                case 40 :
                    // InternalAssign.g:3284:3: kw= 'iommufd'
                    {
                    kw=(Token)match(input,86,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIommufdKeyword_39());
                    		

                    }
                    break;
                case 41 :
                    // InternalAssign.g:3290:3: kw= 'noiommu'
                    {
                    kw=(Token)match(input,75,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getNoiommuKeyword_40());
                    		

                    }
                    break;
                case 42 :
                    // InternalAssign.g:3296:3: kw= 'type1v2'
                    {
                    kw=(Token)match(input,87,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getType1v2Keyword_41());
                    		

                    }
                    break;
                case 43 :
                    // InternalAssign.g:3302:3: kw= 'pci'
                    {
                    kw=(Token)match(input,56,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPciKeyword_42());
                    		

                    }
                    break;
                case 44 :
                    // InternalAssign.g:3308:3: kw= 'platform'
                    {
                    kw=(Token)match(input,61,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPlatformKeyword_43());
                    		

                    }
                    break;
                case 45 :
                    // InternalAssign.g:3314:3: kw= 'vendor'
                    {
                    kw=(Token)match(input,57,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVendorKeyword_44());
                    		

                    }
                    break;
                case 46 :
                    // InternalAssign.g:3320:3: kw= 'device'
                    {
                    kw=(Token)match(input,58,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDeviceKeyword_45());
                    		

                    }
                    break;
                case 47 :
                    // InternalAssign.g:3326:3: kw= 'class'
                    {
                    kw=(Token)match(input,59,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getClassKeyword_46());
                    		

                    }
                    break;
                case 48 :
                    // InternalAssign.g:3332:3: kw= 'bridge'
                    {
                    kw=(Token)match(input,60,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getBridgeKeyword_47());
                    		

                    }
                    break;
                case 49 :
                    // InternalAssign.g:3338:3: kw= 'path'
                    {
                    kw=(Token)match(input,62,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPathKeyword_48());
                    		

                    }
                    break;
                case 50 :
                    // InternalAssign.g:3344:3: kw= 'compatible'
                    {
                    kw=(Token)match(input,63,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getCompatibleKeyword_49());
                    		

                    }
                    break;
                case 51 :
                    // InternalAssign.g:3350:3: kw= 'protected'
                    {
                    kw=(Token)match(input,65,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getProtectedKeyword_50());
                    		

                    }
                    break;
                case 52 :
                    // InternalAssign.g:3356:3: kw= 'dma-mask'
                    {
                    kw=(Token)match(input,66,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDmaMaskKeyword_51());
                    		

                    }
                    break;
                case 53 :
                    // InternalAssign.g:3362:3: kw= 'iova'
                    {
                    kw=(Token)match(input,76,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIovaKeyword_52());
                    		

                    }
                    break;
                case 54 :
                    // InternalAssign.g:3368:3: kw= 'none'
                    {
                    kw=(Token)match(input,88,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getNoneKeyword_53());
                    		

                    }
                    break;
                case 55 :
                    // InternalAssign.g:3374:3: kw= 'root-filesystem'
                    {
                    kw=(Token)match(input,89,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRootFilesystemKeyword_54());
                    		

                    }
                    break;
                case 56 :
                    // InternalAssign.g:3380:3: kw= 'agent-connection'
                    {
                    kw=(Token)match(input,90,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAgentConnectionKeyword_55());
                    		

                    }
                    break;
                case 57 :
                    // InternalAssign.g:3386:3: kw= 'management'
                    {
                    kw=(Token)match(input,91,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getManagementKeyword_56());
                    		

                    }
                    break;
                case 58 :
                    // InternalAssign.g:3392:3: kw= 'policy'
                    {
                    kw=(Token)match(input,92,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPolicyKeyword_57());
                    		

                    }
                    break;
                case 59 :
                    // InternalAssign.g:3398:3: kw= 'region'
                    {
                    kw=(Token)match(input,67,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRegionKeyword_58());
                    		

                    }
                    break;
                case 60 :
                    // InternalAssign.g:3404:3: kw= 'mmio'
                    {
                    kw=(Token)match(input,93,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMmioKeyword_59());
                    		

                    }
                    break;
                case 61 :
                    // InternalAssign.g:3410:3: kw= 'pio'
                    {
                    kw=(Token)match(input,94,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPioKeyword_60());
                    		

                    }
                    break;
                case 62 :
                    // InternalAssign.g:3416:3: kw= 'rom'
                    {
                    kw=(Token)match(input,95,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRomKeyword_61());
                    		

                    }
                    break;
                case 63 :
                    // InternalAssign.g:3422:3: kw= 'mc-portal'
                    {
                    kw=(Token)match(input,96,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMcPortalKeyword_62());
                    		

                    }
                    break;
                case 64 :
                    // InternalAssign.g:3428:3: kw= 'read'
                    {
                    kw=(Token)match(input,69,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getReadKeyword_63());
                    		

                    }
                    break;
                case 65 :
                    // InternalAssign.g:3434:3: kw= 'write'
                    {
                    kw=(Token)match(input,70,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getWriteKeyword_64());
                    		

                    }
                    break;
                case 66 :
                    // InternalAssign.g:3440:3: kw= 'mmap'
                    {
                    kw=(Token)match(input,71,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMmapKeyword_65());
                    		

                    }
                    break;
                case 67 :
                    // InternalAssign.g:3446:3: kw= 'intx'
                    {
                    kw=(Token)match(input,97,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIntxKeyword_66());
                    		

                    }
                    break;
                case 68 :
                    // InternalAssign.g:3452:3: kw= 'msi'
                    {
                    kw=(Token)match(input,98,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMsiKeyword_67());
                    		

                    }
                    break;
                case 69 :
                    // InternalAssign.g:3458:3: kw= 'msix'
                    {
                    kw=(Token)match(input,99,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMsixKeyword_68());
                    		

                    }
                    break;
                case 70 :
                    // InternalAssign.g:3464:3: kw= 'err'
                    {
                    kw=(Token)match(input,100,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getErrKeyword_69());
                    		

                    }
                    break;
                case 71 :
                    // InternalAssign.g:3470:3: kw= 'req'
                    {
                    kw=(Token)match(input,101,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getReqKeyword_70());
                    		

                    }
                    break;
                case 72 :
                    // InternalAssign.g:3476:3: kw= 'maskable'
                    {
                    kw=(Token)match(input,73,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMaskableKeyword_71());
                    		

                    }
                    break;
                case 73 :
                    // InternalAssign.g:3482:3: kw= 'automasked'
                    {
                    kw=(Token)match(input,74,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAutomaskedKeyword_72());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleName"


    // $ANTLR start "entryRuleBoardRef"
    // InternalAssign.g:3491:1: entryRuleBoardRef returns [String current=null] : iv_ruleBoardRef= ruleBoardRef EOF ;
    public final String entryRuleBoardRef() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleBoardRef = null;


        try {
            // InternalAssign.g:3491:48: (iv_ruleBoardRef= ruleBoardRef EOF )
            // InternalAssign.g:3492:2: iv_ruleBoardRef= ruleBoardRef EOF
            {
             newCompositeNode(grammarAccess.getBoardRefRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBoardRef=ruleBoardRef();

            state._fsp--;

             current =iv_ruleBoardRef.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBoardRef"


    // $ANTLR start "ruleBoardRef"
    // InternalAssign.g:3498:1: ruleBoardRef returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_STRING_0= RULE_STRING | this_Name_1= ruleName ) ;
    public final AntlrDatatypeRuleToken ruleBoardRef() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_0=null;
        AntlrDatatypeRuleToken this_Name_1 = null;



        	enterRule();

        try {
            // InternalAssign.g:3504:2: ( (this_STRING_0= RULE_STRING | this_Name_1= ruleName ) )
            // InternalAssign.g:3505:2: (this_STRING_0= RULE_STRING | this_Name_1= ruleName )
            {
            // InternalAssign.g:3505:2: (this_STRING_0= RULE_STRING | this_Name_1= ruleName )
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==RULE_STRING) ) {
                alt49=1;
            }
            else if ( (LA49_0==RULE_ID||LA49_0==12||(LA49_0>=15 && LA49_0<=16)||(LA49_0>=18 && LA49_0<=23)||(LA49_0>=25 && LA49_0<=30)||LA49_0==32||(LA49_0>=38 && LA49_0<=43)||LA49_0==45||LA49_0==47||LA49_0==49||(LA49_0>=52 && LA49_0<=63)||(LA49_0>=65 && LA49_0<=67)||(LA49_0>=69 && LA49_0<=71)||(LA49_0>=73 && LA49_0<=101)) ) {
                alt49=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 49, 0, input);

                throw nvae;
            }
            switch (alt49) {
                case 1 :
                    // InternalAssign.g:3506:3: this_STRING_0= RULE_STRING
                    {
                    this_STRING_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_0);
                    		

                    			newLeafNode(this_STRING_0, grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3514:3: this_Name_1= ruleName
                    {

                    			newCompositeNode(grammarAccess.getBoardRefAccess().getNameParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Name_1=ruleName();

                    state._fsp--;


                    			current.merge(this_Name_1);
                    		

                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBoardRef"


    // $ANTLR start "entryRuleDeviceRef"
    // InternalAssign.g:3528:1: entryRuleDeviceRef returns [String current=null] : iv_ruleDeviceRef= ruleDeviceRef EOF ;
    public final String entryRuleDeviceRef() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDeviceRef = null;


        try {
            // InternalAssign.g:3528:49: (iv_ruleDeviceRef= ruleDeviceRef EOF )
            // InternalAssign.g:3529:2: iv_ruleDeviceRef= ruleDeviceRef EOF
            {
             newCompositeNode(grammarAccess.getDeviceRefRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDeviceRef=ruleDeviceRef();

            state._fsp--;

             current =iv_ruleDeviceRef.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDeviceRef"


    // $ANTLR start "ruleDeviceRef"
    // InternalAssign.g:3535:1: ruleDeviceRef returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) ;
    public final AntlrDatatypeRuleToken ruleDeviceRef() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_1=null;
        AntlrDatatypeRuleToken this_Name_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3541:2: ( (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) )
            // InternalAssign.g:3542:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            {
            // InternalAssign.g:3542:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==RULE_ID||LA50_0==12||(LA50_0>=15 && LA50_0<=16)||(LA50_0>=18 && LA50_0<=23)||(LA50_0>=25 && LA50_0<=30)||LA50_0==32||(LA50_0>=38 && LA50_0<=43)||LA50_0==45||LA50_0==47||LA50_0==49||(LA50_0>=52 && LA50_0<=63)||(LA50_0>=65 && LA50_0<=67)||(LA50_0>=69 && LA50_0<=71)||(LA50_0>=73 && LA50_0<=101)) ) {
                alt50=1;
            }
            else if ( (LA50_0==RULE_STRING) ) {
                alt50=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 50, 0, input);

                throw nvae;
            }
            switch (alt50) {
                case 1 :
                    // InternalAssign.g:3543:3: this_Name_0= ruleName
                    {

                    			newCompositeNode(grammarAccess.getDeviceRefAccess().getNameParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Name_0=ruleName();

                    state._fsp--;


                    			current.merge(this_Name_0);
                    		

                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3554:3: this_STRING_1= RULE_STRING
                    {
                    this_STRING_1=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_1);
                    		

                    			newLeafNode(this_STRING_1, grammarAccess.getDeviceRefAccess().getSTRINGTerminalRuleCall_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDeviceRef"


    // $ANTLR start "entryRuleGroupId"
    // InternalAssign.g:3565:1: entryRuleGroupId returns [String current=null] : iv_ruleGroupId= ruleGroupId EOF ;
    public final String entryRuleGroupId() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleGroupId = null;


        try {
            // InternalAssign.g:3565:47: (iv_ruleGroupId= ruleGroupId EOF )
            // InternalAssign.g:3566:2: iv_ruleGroupId= ruleGroupId EOF
            {
             newCompositeNode(grammarAccess.getGroupIdRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleGroupId=ruleGroupId();

            state._fsp--;

             current =iv_ruleGroupId.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleGroupId"


    // $ANTLR start "ruleGroupId"
    // InternalAssign.g:3572:1: ruleGroupId returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleGroupId() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalAssign.g:3578:2: (this_INT_0= RULE_INT )
            // InternalAssign.g:3579:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getGroupIdAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGroupId"


    // $ANTLR start "entryRuleMemberRef"
    // InternalAssign.g:3589:1: entryRuleMemberRef returns [String current=null] : iv_ruleMemberRef= ruleMemberRef EOF ;
    public final String entryRuleMemberRef() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleMemberRef = null;


        try {
            // InternalAssign.g:3589:49: (iv_ruleMemberRef= ruleMemberRef EOF )
            // InternalAssign.g:3590:2: iv_ruleMemberRef= ruleMemberRef EOF
            {
             newCompositeNode(grammarAccess.getMemberRefRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMemberRef=ruleMemberRef();

            state._fsp--;

             current =iv_ruleMemberRef.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMemberRef"


    // $ANTLR start "ruleMemberRef"
    // InternalAssign.g:3596:1: ruleMemberRef returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? ) ;
    public final AntlrDatatypeRuleToken ruleMemberRef() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_MemberPart_0 = null;

        AntlrDatatypeRuleToken this_MemberPart_2 = null;



        	enterRule();

        try {
            // InternalAssign.g:3602:2: ( (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? ) )
            // InternalAssign.g:3603:2: (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? )
            {
            // InternalAssign.g:3603:2: (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? )
            // InternalAssign.g:3604:3: this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )?
            {

            			newCompositeNode(grammarAccess.getMemberRefAccess().getMemberPartParserRuleCall_0());
            		
            pushFollow(FOLLOW_65);
            this_MemberPart_0=ruleMemberPart();

            state._fsp--;


            			current.merge(this_MemberPart_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalAssign.g:3614:3: (kw= '.' this_MemberPart_2= ruleMemberPart )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==31) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalAssign.g:3615:4: kw= '.' this_MemberPart_2= ruleMemberPart
                    {
                    kw=(Token)match(input,31,FOLLOW_30); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getMemberRefAccess().getFullStopKeyword_1_0());
                    			

                    				newCompositeNode(grammarAccess.getMemberRefAccess().getMemberPartParserRuleCall_1_1());
                    			
                    pushFollow(FOLLOW_2);
                    this_MemberPart_2=ruleMemberPart();

                    state._fsp--;


                    				current.merge(this_MemberPart_2);
                    			

                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMemberRef"


    // $ANTLR start "entryRuleMemberPart"
    // InternalAssign.g:3635:1: entryRuleMemberPart returns [String current=null] : iv_ruleMemberPart= ruleMemberPart EOF ;
    public final String entryRuleMemberPart() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleMemberPart = null;


        try {
            // InternalAssign.g:3635:50: (iv_ruleMemberPart= ruleMemberPart EOF )
            // InternalAssign.g:3636:2: iv_ruleMemberPart= ruleMemberPart EOF
            {
             newCompositeNode(grammarAccess.getMemberPartRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMemberPart=ruleMemberPart();

            state._fsp--;

             current =iv_ruleMemberPart.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMemberPart"


    // $ANTLR start "ruleMemberPart"
    // InternalAssign.g:3642:1: ruleMemberPart returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleMemberPart() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_1=null;
        Token this_INT_2=null;
        AntlrDatatypeRuleToken this_Name_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3648:2: ( (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT ) )
            // InternalAssign.g:3649:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT )
            {
            // InternalAssign.g:3649:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT )
            int alt52=3;
            switch ( input.LA(1) ) {
            case RULE_ID:
            case 12:
            case 15:
            case 16:
            case 18:
            case 19:
            case 20:
            case 21:
            case 22:
            case 23:
            case 25:
            case 26:
            case 27:
            case 28:
            case 29:
            case 30:
            case 32:
            case 38:
            case 39:
            case 40:
            case 41:
            case 42:
            case 43:
            case 45:
            case 47:
            case 49:
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
            case 65:
            case 66:
            case 67:
            case 69:
            case 70:
            case 71:
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
            case 86:
            case 87:
            case 88:
            case 89:
            case 90:
            case 91:
            case 92:
            case 93:
            case 94:
            case 95:
            case 96:
            case 97:
            case 98:
            case 99:
            case 100:
            case 101:
                {
                alt52=1;
                }
                break;
            case RULE_STRING:
                {
                alt52=2;
                }
                break;
            case RULE_INT:
                {
                alt52=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 52, 0, input);

                throw nvae;
            }

            switch (alt52) {
                case 1 :
                    // InternalAssign.g:3650:3: this_Name_0= ruleName
                    {

                    			newCompositeNode(grammarAccess.getMemberPartAccess().getNameParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Name_0=ruleName();

                    state._fsp--;


                    			current.merge(this_Name_0);
                    		

                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3661:3: this_STRING_1= RULE_STRING
                    {
                    this_STRING_1=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_1);
                    		

                    			newLeafNode(this_STRING_1, grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalAssign.g:3669:3: this_INT_2= RULE_INT
                    {
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_2);
                    		

                    			newLeafNode(this_INT_2, grammarAccess.getMemberPartAccess().getINTTerminalRuleCall_2());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMemberPart"


    // $ANTLR start "entryRuleRegionName"
    // InternalAssign.g:3680:1: entryRuleRegionName returns [String current=null] : iv_ruleRegionName= ruleRegionName EOF ;
    public final String entryRuleRegionName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleRegionName = null;


        try {
            // InternalAssign.g:3680:50: (iv_ruleRegionName= ruleRegionName EOF )
            // InternalAssign.g:3681:2: iv_ruleRegionName= ruleRegionName EOF
            {
             newCompositeNode(grammarAccess.getRegionNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRegionName=ruleRegionName();

            state._fsp--;

             current =iv_ruleRegionName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRegionName"


    // $ANTLR start "ruleRegionName"
    // InternalAssign.g:3687:1: ruleRegionName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) ;
    public final AntlrDatatypeRuleToken ruleRegionName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_1=null;
        AntlrDatatypeRuleToken this_Name_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3693:2: ( (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) )
            // InternalAssign.g:3694:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            {
            // InternalAssign.g:3694:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==RULE_ID||LA53_0==12||(LA53_0>=15 && LA53_0<=16)||(LA53_0>=18 && LA53_0<=23)||(LA53_0>=25 && LA53_0<=30)||LA53_0==32||(LA53_0>=38 && LA53_0<=43)||LA53_0==45||LA53_0==47||LA53_0==49||(LA53_0>=52 && LA53_0<=63)||(LA53_0>=65 && LA53_0<=67)||(LA53_0>=69 && LA53_0<=71)||(LA53_0>=73 && LA53_0<=101)) ) {
                alt53=1;
            }
            else if ( (LA53_0==RULE_STRING) ) {
                alt53=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 53, 0, input);

                throw nvae;
            }
            switch (alt53) {
                case 1 :
                    // InternalAssign.g:3695:3: this_Name_0= ruleName
                    {

                    			newCompositeNode(grammarAccess.getRegionNameAccess().getNameParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Name_0=ruleName();

                    state._fsp--;


                    			current.merge(this_Name_0);
                    		

                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3706:3: this_STRING_1= RULE_STRING
                    {
                    this_STRING_1=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_1);
                    		

                    			newLeafNode(this_STRING_1, grammarAccess.getRegionNameAccess().getSTRINGTerminalRuleCall_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRegionName"


    // $ANTLR start "entryRuleSize"
    // InternalAssign.g:3717:1: entryRuleSize returns [String current=null] : iv_ruleSize= ruleSize EOF ;
    public final String entryRuleSize() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSize = null;


        try {
            // InternalAssign.g:3717:44: (iv_ruleSize= ruleSize EOF )
            // InternalAssign.g:3718:2: iv_ruleSize= ruleSize EOF
            {
             newCompositeNode(grammarAccess.getSizeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSize=ruleSize();

            state._fsp--;

             current =iv_ruleSize.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSize"


    // $ANTLR start "ruleSize"
    // InternalAssign.g:3724:1: ruleSize returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? ) ;
    public final AntlrDatatypeRuleToken ruleSize() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_Number_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3730:2: ( (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? ) )
            // InternalAssign.g:3731:2: (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? )
            {
            // InternalAssign.g:3731:2: (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? )
            // InternalAssign.g:3732:3: this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )?
            {

            			newCompositeNode(grammarAccess.getSizeAccess().getNumberParserRuleCall_0());
            		
            pushFollow(FOLLOW_66);
            this_Number_0=ruleNumber();

            state._fsp--;


            			current.merge(this_Number_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalAssign.g:3742:3: (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )?
            int alt54=5;
            switch ( input.LA(1) ) {
                case 102:
                    {
                    alt54=1;
                    }
                    break;
                case 103:
                    {
                    alt54=2;
                    }
                    break;
                case 104:
                    {
                    alt54=3;
                    }
                    break;
                case 105:
                    {
                    alt54=4;
                    }
                    break;
            }

            switch (alt54) {
                case 1 :
                    // InternalAssign.g:3743:4: kw= 'KiB'
                    {
                    kw=(Token)match(input,102,FOLLOW_2); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSizeAccess().getKiBKeyword_1_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3749:4: kw= 'MiB'
                    {
                    kw=(Token)match(input,103,FOLLOW_2); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSizeAccess().getMiBKeyword_1_1());
                    			

                    }
                    break;
                case 3 :
                    // InternalAssign.g:3755:4: kw= 'GiB'
                    {
                    kw=(Token)match(input,104,FOLLOW_2); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSizeAccess().getGiBKeyword_1_2());
                    			

                    }
                    break;
                case 4 :
                    // InternalAssign.g:3761:4: kw= 'TiB'
                    {
                    kw=(Token)match(input,105,FOLLOW_2); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSizeAccess().getTiBKeyword_1_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSize"


    // $ANTLR start "entryRuleNumber"
    // InternalAssign.g:3771:1: entryRuleNumber returns [String current=null] : iv_ruleNumber= ruleNumber EOF ;
    public final String entryRuleNumber() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleNumber = null;


        try {
            // InternalAssign.g:3771:46: (iv_ruleNumber= ruleNumber EOF )
            // InternalAssign.g:3772:2: iv_ruleNumber= ruleNumber EOF
            {
             newCompositeNode(grammarAccess.getNumberRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNumber=ruleNumber();

            state._fsp--;

             current =iv_ruleNumber.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNumber"


    // $ANTLR start "ruleNumber"
    // InternalAssign.g:3778:1: ruleNumber returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) ;
    public final AntlrDatatypeRuleToken ruleNumber() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_HEX_1=null;


        	enterRule();

        try {
            // InternalAssign.g:3784:2: ( (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) )
            // InternalAssign.g:3785:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
            {
            // InternalAssign.g:3785:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==RULE_INT) ) {
                alt55=1;
            }
            else if ( (LA55_0==RULE_HEX) ) {
                alt55=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 55, 0, input);

                throw nvae;
            }
            switch (alt55) {
                case 1 :
                    // InternalAssign.g:3786:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getNumberAccess().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3794:3: this_HEX_1= RULE_HEX
                    {
                    this_HEX_1=(Token)match(input,RULE_HEX,FOLLOW_2); 

                    			current.merge(this_HEX_1);
                    		

                    			newLeafNode(this_HEX_1, grammarAccess.getNumberAccess().getHEXTerminalRuleCall_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNumber"


    // $ANTLR start "entryRuleInt32"
    // InternalAssign.g:3805:1: entryRuleInt32 returns [String current=null] : iv_ruleInt32= ruleInt32 EOF ;
    public final String entryRuleInt32() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleInt32 = null;


        try {
            // InternalAssign.g:3805:45: (iv_ruleInt32= ruleInt32 EOF )
            // InternalAssign.g:3806:2: iv_ruleInt32= ruleInt32 EOF
            {
             newCompositeNode(grammarAccess.getInt32Rule()); 
            pushFollow(FOLLOW_1);
            iv_ruleInt32=ruleInt32();

            state._fsp--;

             current =iv_ruleInt32.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleInt32"


    // $ANTLR start "ruleInt32"
    // InternalAssign.g:3812:1: ruleInt32 returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) ;
    public final AntlrDatatypeRuleToken ruleInt32() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_HEX_1=null;


        	enterRule();

        try {
            // InternalAssign.g:3818:2: ( (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) )
            // InternalAssign.g:3819:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
            {
            // InternalAssign.g:3819:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==RULE_INT) ) {
                alt56=1;
            }
            else if ( (LA56_0==RULE_HEX) ) {
                alt56=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 56, 0, input);

                throw nvae;
            }
            switch (alt56) {
                case 1 :
                    // InternalAssign.g:3820:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getInt32Access().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3828:3: this_HEX_1= RULE_HEX
                    {
                    this_HEX_1=(Token)match(input,RULE_HEX,FOLLOW_2); 

                    			current.merge(this_HEX_1);
                    		

                    			newLeafNode(this_HEX_1, grammarAccess.getInt32Access().getHEXTerminalRuleCall_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleInt32"


    // $ANTLR start "entryRuleUnixId"
    // InternalAssign.g:3839:1: entryRuleUnixId returns [String current=null] : iv_ruleUnixId= ruleUnixId EOF ;
    public final String entryRuleUnixId() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleUnixId = null;


        try {
            // InternalAssign.g:3839:46: (iv_ruleUnixId= ruleUnixId EOF )
            // InternalAssign.g:3840:2: iv_ruleUnixId= ruleUnixId EOF
            {
             newCompositeNode(grammarAccess.getUnixIdRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleUnixId=ruleUnixId();

            state._fsp--;

             current =iv_ruleUnixId.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleUnixId"


    // $ANTLR start "ruleUnixId"
    // InternalAssign.g:3846:1: ruleUnixId returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleUnixId() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalAssign.g:3852:2: (this_INT_0= RULE_INT )
            // InternalAssign.g:3853:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getUnixIdAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleUnixId"


    // $ANTLR start "entryRuleReadOnly"
    // InternalAssign.g:3863:1: entryRuleReadOnly returns [String current=null] : iv_ruleReadOnly= ruleReadOnly EOF ;
    public final String entryRuleReadOnly() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleReadOnly = null;


        try {
            // InternalAssign.g:3863:48: (iv_ruleReadOnly= ruleReadOnly EOF )
            // InternalAssign.g:3864:2: iv_ruleReadOnly= ruleReadOnly EOF
            {
             newCompositeNode(grammarAccess.getReadOnlyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleReadOnly=ruleReadOnly();

            state._fsp--;

             current =iv_ruleReadOnly.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleReadOnly"


    // $ANTLR start "ruleReadOnly"
    // InternalAssign.g:3870:1: ruleReadOnly returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : kw= 'read-only' ;
    public final AntlrDatatypeRuleToken ruleReadOnly() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalAssign.g:3876:2: (kw= 'read-only' )
            // InternalAssign.g:3877:2: kw= 'read-only'
            {
            kw=(Token)match(input,46,FOLLOW_2); 

            		current.merge(kw);
            		newLeafNode(kw, grammarAccess.getReadOnlyAccess().getReadOnlyKeyword());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleReadOnly"


    // $ANTLR start "entryRuleWriteOnly"
    // InternalAssign.g:3885:1: entryRuleWriteOnly returns [String current=null] : iv_ruleWriteOnly= ruleWriteOnly EOF ;
    public final String entryRuleWriteOnly() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleWriteOnly = null;


        try {
            // InternalAssign.g:3885:49: (iv_ruleWriteOnly= ruleWriteOnly EOF )
            // InternalAssign.g:3886:2: iv_ruleWriteOnly= ruleWriteOnly EOF
            {
             newCompositeNode(grammarAccess.getWriteOnlyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleWriteOnly=ruleWriteOnly();

            state._fsp--;

             current =iv_ruleWriteOnly.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleWriteOnly"


    // $ANTLR start "ruleWriteOnly"
    // InternalAssign.g:3892:1: ruleWriteOnly returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : kw= 'write-only' ;
    public final AntlrDatatypeRuleToken ruleWriteOnly() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalAssign.g:3898:2: (kw= 'write-only' )
            // InternalAssign.g:3899:2: kw= 'write-only'
            {
            kw=(Token)match(input,106,FOLLOW_2); 

            		current.merge(kw);
            		newLeafNode(kw, grammarAccess.getWriteOnlyAccess().getWriteOnlyKeyword());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleWriteOnly"


    // $ANTLR start "ruleVfioDriver"
    // InternalAssign.g:3907:1: ruleVfioDriver returns [Enumerator current=null] : ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) ) ;
    public final Enumerator ruleVfioDriver() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalAssign.g:3913:2: ( ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) ) )
            // InternalAssign.g:3914:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) )
            {
            // InternalAssign.g:3914:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) )
            int alt57=4;
            switch ( input.LA(1) ) {
            case 77:
                {
                alt57=1;
                }
                break;
            case 78:
                {
                alt57=2;
                }
                break;
            case 79:
                {
                alt57=3;
                }
                break;
            case 80:
                {
                alt57=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 57, 0, input);

                throw nvae;
            }

            switch (alt57) {
                case 1 :
                    // InternalAssign.g:3915:3: (enumLiteral_0= 'auto' )
                    {
                    // InternalAssign.g:3915:3: (enumLiteral_0= 'auto' )
                    // InternalAssign.g:3916:4: enumLiteral_0= 'auto'
                    {
                    enumLiteral_0=(Token)match(input,77,FOLLOW_2); 

                    				current = grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3923:3: (enumLiteral_1= 'vfio-pci' )
                    {
                    // InternalAssign.g:3923:3: (enumLiteral_1= 'vfio-pci' )
                    // InternalAssign.g:3924:4: enumLiteral_1= 'vfio-pci'
                    {
                    enumLiteral_1=(Token)match(input,78,FOLLOW_2); 

                    				current = grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3931:3: (enumLiteral_2= 'vfio-platform' )
                    {
                    // InternalAssign.g:3931:3: (enumLiteral_2= 'vfio-platform' )
                    // InternalAssign.g:3932:4: enumLiteral_2= 'vfio-platform'
                    {
                    enumLiteral_2=(Token)match(input,79,FOLLOW_2); 

                    				current = grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:3939:3: (enumLiteral_3= 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:3939:3: (enumLiteral_3= 'vfio-fsl-mc' )
                    // InternalAssign.g:3940:4: enumLiteral_3= 'vfio-fsl-mc'
                    {
                    enumLiteral_3=(Token)match(input,80,FOLLOW_2); 

                    				current = grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getVfioDriverAccess().getVFIO_FSL_MCEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleVfioDriver"


    // $ANTLR start "ruleOpenPath"
    // InternalAssign.g:3950:1: ruleOpenPath returns [Enumerator current=null] : ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) ) ;
    public final Enumerator ruleOpenPath() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalAssign.g:3956:2: ( ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) ) )
            // InternalAssign.g:3957:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) )
            {
            // InternalAssign.g:3957:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) )
            int alt58=3;
            switch ( input.LA(1) ) {
            case 77:
                {
                alt58=1;
                }
                break;
            case 36:
                {
                alt58=2;
                }
                break;
            case 81:
                {
                alt58=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 58, 0, input);

                throw nvae;
            }

            switch (alt58) {
                case 1 :
                    // InternalAssign.g:3958:3: (enumLiteral_0= 'auto' )
                    {
                    // InternalAssign.g:3958:3: (enumLiteral_0= 'auto' )
                    // InternalAssign.g:3959:4: enumLiteral_0= 'auto'
                    {
                    enumLiteral_0=(Token)match(input,77,FOLLOW_2); 

                    				current = grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3966:3: (enumLiteral_1= 'group' )
                    {
                    // InternalAssign.g:3966:3: (enumLiteral_1= 'group' )
                    // InternalAssign.g:3967:4: enumLiteral_1= 'group'
                    {
                    enumLiteral_1=(Token)match(input,36,FOLLOW_2); 

                    				current = grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3974:3: (enumLiteral_2= 'cdev' )
                    {
                    // InternalAssign.g:3974:3: (enumLiteral_2= 'cdev' )
                    // InternalAssign.g:3975:4: enumLiteral_2= 'cdev'
                    {
                    enumLiteral_2=(Token)match(input,81,FOLLOW_2); 

                    				current = grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getOpenPathAccess().getCDEVEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOpenPath"


    // $ANTLR start "ruleResetPolicy"
    // InternalAssign.g:3985:1: ruleResetPolicy returns [Enumerator current=null] : ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) ) ;
    public final Enumerator ruleResetPolicy() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalAssign.g:3991:2: ( ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) ) )
            // InternalAssign.g:3992:2: ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) )
            {
            // InternalAssign.g:3992:2: ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) )
            int alt59=3;
            switch ( input.LA(1) ) {
            case 82:
                {
                alt59=1;
                }
                break;
            case 83:
                {
                alt59=2;
                }
                break;
            case 84:
                {
                alt59=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 59, 0, input);

                throw nvae;
            }

            switch (alt59) {
                case 1 :
                    // InternalAssign.g:3993:3: (enumLiteral_0= 'if-available' )
                    {
                    // InternalAssign.g:3993:3: (enumLiteral_0= 'if-available' )
                    // InternalAssign.g:3994:4: enumLiteral_0= 'if-available'
                    {
                    enumLiteral_0=(Token)match(input,82,FOLLOW_2); 

                    				current = grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:4001:3: (enumLiteral_1= 'required' )
                    {
                    // InternalAssign.g:4001:3: (enumLiteral_1= 'required' )
                    // InternalAssign.g:4002:4: enumLiteral_1= 'required'
                    {
                    enumLiteral_1=(Token)match(input,83,FOLLOW_2); 

                    				current = grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:4009:3: (enumLiteral_2= 'never' )
                    {
                    // InternalAssign.g:4009:3: (enumLiteral_2= 'never' )
                    // InternalAssign.g:4010:4: enumLiteral_2= 'never'
                    {
                    enumLiteral_2=(Token)match(input,84,FOLLOW_2); 

                    				current = grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getResetPolicyAccess().getNEVEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleResetPolicy"


    // $ANTLR start "ruleIrqMode"
    // InternalAssign.g:4020:1: ruleIrqMode returns [Enumerator current=null] : ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) ) ;
    public final Enumerator ruleIrqMode() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalAssign.g:4026:2: ( ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) ) )
            // InternalAssign.g:4027:2: ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) )
            {
            // InternalAssign.g:4027:2: ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) )
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==72) ) {
                alt60=1;
            }
            else if ( (LA60_0==107) ) {
                alt60=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 60, 0, input);

                throw nvae;
            }
            switch (alt60) {
                case 1 :
                    // InternalAssign.g:4028:3: (enumLiteral_0= 'eventfd' )
                    {
                    // InternalAssign.g:4028:3: (enumLiteral_0= 'eventfd' )
                    // InternalAssign.g:4029:4: enumLiteral_0= 'eventfd'
                    {
                    enumLiteral_0=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:4036:3: (enumLiteral_1= 'masked' )
                    {
                    // InternalAssign.g:4036:3: (enumLiteral_1= 'masked' )
                    // InternalAssign.g:4037:4: enumLiteral_1= 'masked'
                    {
                    enumLiteral_1=(Token)match(input,107,FOLLOW_2); 

                    				current = grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIrqModeAccess().getMASKEDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIrqMode"


    // $ANTLR start "ruleKernelCapability"
    // InternalAssign.g:4047:1: ruleKernelCapability returns [Enumerator current=null] : ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) ) ;
    public final Enumerator ruleKernelCapability() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;


        	enterRule();

        try {
            // InternalAssign.g:4053:2: ( ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) ) )
            // InternalAssign.g:4054:2: ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) )
            {
            // InternalAssign.g:4054:2: ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) )
            int alt61=7;
            switch ( input.LA(1) ) {
            case 78:
                {
                alt61=1;
                }
                break;
            case 79:
                {
                alt61=2;
                }
                break;
            case 80:
                {
                alt61=3;
                }
                break;
            case 85:
                {
                alt61=4;
                }
                break;
            case 86:
                {
                alt61=5;
                }
                break;
            case 75:
                {
                alt61=6;
                }
                break;
            case 87:
                {
                alt61=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 61, 0, input);

                throw nvae;
            }

            switch (alt61) {
                case 1 :
                    // InternalAssign.g:4055:3: (enumLiteral_0= 'vfio-pci' )
                    {
                    // InternalAssign.g:4055:3: (enumLiteral_0= 'vfio-pci' )
                    // InternalAssign.g:4056:4: enumLiteral_0= 'vfio-pci'
                    {
                    enumLiteral_0=(Token)match(input,78,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:4063:3: (enumLiteral_1= 'vfio-platform' )
                    {
                    // InternalAssign.g:4063:3: (enumLiteral_1= 'vfio-platform' )
                    // InternalAssign.g:4064:4: enumLiteral_1= 'vfio-platform'
                    {
                    enumLiteral_1=(Token)match(input,79,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:4071:3: (enumLiteral_2= 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:4071:3: (enumLiteral_2= 'vfio-fsl-mc' )
                    // InternalAssign.g:4072:4: enumLiteral_2= 'vfio-fsl-mc'
                    {
                    enumLiteral_2=(Token)match(input,80,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:4079:3: (enumLiteral_3= 'vfio-cdev' )
                    {
                    // InternalAssign.g:4079:3: (enumLiteral_3= 'vfio-cdev' )
                    // InternalAssign.g:4080:4: enumLiteral_3= 'vfio-cdev'
                    {
                    enumLiteral_3=(Token)match(input,85,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:4087:3: (enumLiteral_4= 'iommufd' )
                    {
                    // InternalAssign.g:4087:3: (enumLiteral_4= 'iommufd' )
                    // InternalAssign.g:4088:4: enumLiteral_4= 'iommufd'
                    {
                    enumLiteral_4=(Token)match(input,86,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:4095:3: (enumLiteral_5= 'noiommu' )
                    {
                    // InternalAssign.g:4095:3: (enumLiteral_5= 'noiommu' )
                    // InternalAssign.g:4096:4: enumLiteral_5= 'noiommu'
                    {
                    enumLiteral_5=(Token)match(input,75,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:4103:3: (enumLiteral_6= 'type1v2' )
                    {
                    // InternalAssign.g:4103:3: (enumLiteral_6= 'type1v2' )
                    // InternalAssign.g:4104:4: enumLiteral_6= 'type1v2'
                    {
                    enumLiteral_6=(Token)match(input,87,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getKernelCapabilityAccess().getTYPE1V2EnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleKernelCapability"


    // $ANTLR start "ruleProtection"
    // InternalAssign.g:4114:1: ruleProtection returns [Enumerator current=null] : ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) ) ;
    public final Enumerator ruleProtection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalAssign.g:4120:2: ( ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) ) )
            // InternalAssign.g:4121:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) )
            {
            // InternalAssign.g:4121:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) )
            int alt62=5;
            switch ( input.LA(1) ) {
            case 88:
                {
                alt62=1;
                }
                break;
            case 89:
                {
                alt62=2;
                }
                break;
            case 90:
                {
                alt62=3;
                }
                break;
            case 91:
                {
                alt62=4;
                }
                break;
            case 92:
                {
                alt62=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 62, 0, input);

                throw nvae;
            }

            switch (alt62) {
                case 1 :
                    // InternalAssign.g:4122:3: (enumLiteral_0= 'none' )
                    {
                    // InternalAssign.g:4122:3: (enumLiteral_0= 'none' )
                    // InternalAssign.g:4123:4: enumLiteral_0= 'none'
                    {
                    enumLiteral_0=(Token)match(input,88,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:4130:3: (enumLiteral_1= 'root-filesystem' )
                    {
                    // InternalAssign.g:4130:3: (enumLiteral_1= 'root-filesystem' )
                    // InternalAssign.g:4131:4: enumLiteral_1= 'root-filesystem'
                    {
                    enumLiteral_1=(Token)match(input,89,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:4138:3: (enumLiteral_2= 'agent-connection' )
                    {
                    // InternalAssign.g:4138:3: (enumLiteral_2= 'agent-connection' )
                    // InternalAssign.g:4139:4: enumLiteral_2= 'agent-connection'
                    {
                    enumLiteral_2=(Token)match(input,90,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:4146:3: (enumLiteral_3= 'management' )
                    {
                    // InternalAssign.g:4146:3: (enumLiteral_3= 'management' )
                    // InternalAssign.g:4147:4: enumLiteral_3= 'management'
                    {
                    enumLiteral_3=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:4154:3: (enumLiteral_4= 'policy' )
                    {
                    // InternalAssign.g:4154:3: (enumLiteral_4= 'policy' )
                    // InternalAssign.g:4155:4: enumLiteral_4= 'policy'
                    {
                    enumLiteral_4=(Token)match(input,92,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getProtectionAccess().getPOLICYEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleProtection"


    // $ANTLR start "ruleRegionKind"
    // InternalAssign.g:4165:1: ruleRegionKind returns [Enumerator current=null] : ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) ) ;
    public final Enumerator ruleRegionKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalAssign.g:4171:2: ( ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) ) )
            // InternalAssign.g:4172:2: ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) )
            {
            // InternalAssign.g:4172:2: ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) )
            int alt63=5;
            switch ( input.LA(1) ) {
            case 93:
                {
                alt63=1;
                }
                break;
            case 94:
                {
                alt63=2;
                }
                break;
            case 12:
                {
                alt63=3;
                }
                break;
            case 95:
                {
                alt63=4;
                }
                break;
            case 96:
                {
                alt63=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 63, 0, input);

                throw nvae;
            }

            switch (alt63) {
                case 1 :
                    // InternalAssign.g:4173:3: (enumLiteral_0= 'mmio' )
                    {
                    // InternalAssign.g:4173:3: (enumLiteral_0= 'mmio' )
                    // InternalAssign.g:4174:4: enumLiteral_0= 'mmio'
                    {
                    enumLiteral_0=(Token)match(input,93,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:4181:3: (enumLiteral_1= 'pio' )
                    {
                    // InternalAssign.g:4181:3: (enumLiteral_1= 'pio' )
                    // InternalAssign.g:4182:4: enumLiteral_1= 'pio'
                    {
                    enumLiteral_1=(Token)match(input,94,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:4189:3: (enumLiteral_2= 'config' )
                    {
                    // InternalAssign.g:4189:3: (enumLiteral_2= 'config' )
                    // InternalAssign.g:4190:4: enumLiteral_2= 'config'
                    {
                    enumLiteral_2=(Token)match(input,12,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:4197:3: (enumLiteral_3= 'rom' )
                    {
                    // InternalAssign.g:4197:3: (enumLiteral_3= 'rom' )
                    // InternalAssign.g:4198:4: enumLiteral_3= 'rom'
                    {
                    enumLiteral_3=(Token)match(input,95,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:4205:3: (enumLiteral_4= 'mc-portal' )
                    {
                    // InternalAssign.g:4205:3: (enumLiteral_4= 'mc-portal' )
                    // InternalAssign.g:4206:4: enumLiteral_4= 'mc-portal'
                    {
                    enumLiteral_4=(Token)match(input,96,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getRegionKindAccess().getMC_PORTALEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRegionKind"


    // $ANTLR start "ruleInterruptKind"
    // InternalAssign.g:4216:1: ruleInterruptKind returns [Enumerator current=null] : ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) ) ;
    public final Enumerator ruleInterruptKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;


        	enterRule();

        try {
            // InternalAssign.g:4222:2: ( ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) ) )
            // InternalAssign.g:4223:2: ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) )
            {
            // InternalAssign.g:4223:2: ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) )
            int alt64=6;
            switch ( input.LA(1) ) {
            case 97:
                {
                alt64=1;
                }
                break;
            case 98:
                {
                alt64=2;
                }
                break;
            case 99:
                {
                alt64=3;
                }
                break;
            case 100:
                {
                alt64=4;
                }
                break;
            case 101:
                {
                alt64=5;
                }
                break;
            case 61:
                {
                alt64=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 64, 0, input);

                throw nvae;
            }

            switch (alt64) {
                case 1 :
                    // InternalAssign.g:4224:3: (enumLiteral_0= 'intx' )
                    {
                    // InternalAssign.g:4224:3: (enumLiteral_0= 'intx' )
                    // InternalAssign.g:4225:4: enumLiteral_0= 'intx'
                    {
                    enumLiteral_0=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:4232:3: (enumLiteral_1= 'msi' )
                    {
                    // InternalAssign.g:4232:3: (enumLiteral_1= 'msi' )
                    // InternalAssign.g:4233:4: enumLiteral_1= 'msi'
                    {
                    enumLiteral_1=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:4240:3: (enumLiteral_2= 'msix' )
                    {
                    // InternalAssign.g:4240:3: (enumLiteral_2= 'msix' )
                    // InternalAssign.g:4241:4: enumLiteral_2= 'msix'
                    {
                    enumLiteral_2=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:4248:3: (enumLiteral_3= 'err' )
                    {
                    // InternalAssign.g:4248:3: (enumLiteral_3= 'err' )
                    // InternalAssign.g:4249:4: enumLiteral_3= 'err'
                    {
                    enumLiteral_3=(Token)match(input,100,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:4256:3: (enumLiteral_4= 'req' )
                    {
                    // InternalAssign.g:4256:3: (enumLiteral_4= 'req' )
                    // InternalAssign.g:4257:4: enumLiteral_4= 'req'
                    {
                    enumLiteral_4=(Token)match(input,101,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:4264:3: (enumLiteral_5= 'platform' )
                    {
                    // InternalAssign.g:4264:3: (enumLiteral_5= 'platform' )
                    // InternalAssign.g:4265:4: enumLiteral_5= 'platform'
                    {
                    enumLiteral_5=(Token)match(input,61,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getInterruptKindAccess().getPLATFORMEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleInterruptKind"

    // Delegated rules


    protected DFA14 dfa14 = new DFA14(this);
    static final String dfa_1s = "\116\uffff";
    static final String dfa_2s = "\1\4\112\37\3\uffff";
    static final String dfa_3s = "\1\145\112\45\3\uffff";
    static final String dfa_4s = "\113\uffff\1\3\1\1\1\2";
    static final String dfa_5s = "\116\uffff}>";
    static final String[] dfa_6s = {
            "\1\112\1\uffff\1\1\5\uffff\1\2\2\uffff\1\3\1\4\1\uffff\1\12\1\13\1\14\1\15\1\16\1\17\1\uffff\1\5\1\20\1\21\1\22\1\6\1\7\1\uffff\1\11\3\uffff\1\113\1\uffff\1\23\1\24\1\25\1\26\1\27\1\10\1\uffff\1\30\1\uffff\1\31\1\uffff\1\32\2\uffff\1\43\1\44\1\45\1\46\1\53\1\55\1\56\1\57\1\60\1\54\1\61\1\62\1\uffff\1\63\1\64\1\73\1\uffff\1\100\1\101\1\102\1\uffff\1\110\1\111\1\51\1\65\1\33\1\34\1\35\1\36\1\37\1\40\1\41\1\42\1\47\1\50\1\52\1\66\1\67\1\70\1\71\1\72\1\74\1\75\1\76\1\77\1\103\1\104\1\105\1\106\1\107",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
            "\1\114\5\uffff\1\115",
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

    class DFA14 extends DFA {

        public DFA14(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 14;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "904:3: ( ( ( ( ruleDeviceRef ) ) otherlv_2= '.' otherlv_3= 'vf' otherlv_4= '[' ( (lv_firstVf_5_0= RULE_INT ) ) (otherlv_6= '..' ( (lv_lastVf_7_0= RULE_INT ) ) )? otherlv_8= ']' ) | ( ( ruleDeviceRef ) ) | (otherlv_10= 'group' ( ( ruleGroupId ) ) ) )";
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000009000L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0xFFF2AFC17EFD9040L,0x0000003FFFFFFEEEL});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000080062012002L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0xFFF2AFC17EFDD050L,0x0000003FFFFFFEEEL});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000080062010002L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000020002L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000001FC0000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x00000000000000A0L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0xFFF2AFC17EFD9050L,0x0000003FFFFFFEEEL});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x000000001D200000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000001200000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000001000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0xFFF2AFD17EFD9050L,0x0000003FFFFFFEEEL});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000080000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000200000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000C00000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000002000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0002A7C001000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000000000000L,0x000000000001E000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000001000000000L,0x0000000000022000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000000000L,0x00000000001C0000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0002A00001000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0xFFF2AFC17EFD9070L,0x0000003FFFFFFEEEL});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000400000000002L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0001100000000000L,0x0000080000000100L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0xFFF6AFC17EFD9040L,0x0000003FFFFFFEEEL});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0004000000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0008000000000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000400000000002L,0x0000040000000000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000020000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x21F0001001000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000000000L,0x0000000000E1C800L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x21F0001001000000L,0x0000000000E1C800L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x2100001001000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x1E00014000020000L,0x0000000000000006L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0xC000014000020000L,0x0000000000000006L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0xC000014000020000L,0x0000000000000007L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000014000020002L,0x0000000000000006L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000000L,0x000000001F000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000014000020002L,0x0000000000000007L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000800001000000L,0x0000000000000008L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x000C000000001000L,0x00000001E0000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x000C000000000000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000002L,0x00000000000000E0L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000002L,0x00000000000000C0L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000080L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x2000000000000000L,0x0000003E00000000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000100000000002L,0x0000000000000700L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000700L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000600L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000400L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000020000L,0x0000000000001800L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000020000L,0x0000000000001000L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000020000L,0x0000000000000001L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0xFFF2AFC17FFD9050L,0x0000003FFFFFFEEEL});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000400000000L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000000080000002L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000000000002L,0x000003C000000000L});

}
