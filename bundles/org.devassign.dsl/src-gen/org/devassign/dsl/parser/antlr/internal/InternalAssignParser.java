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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_INT", "RULE_ID", "RULE_HEX", "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_ANY_OTHER", "'config'", "'for'", "'board'", "'import'", "'vm'", "'{'", "'memory'", "'vcpus'", "'machine'", "'memlock'", "'qemu'", "'libvirt'", "'}'", "'userspace'", "'uid'", "'gid'", "'socket'", "'probe'", "'assign'", "'group'", "'to'", "'driver'", "'open'", "'reset'", "'persistent'", "'map'", "'read-only'", "'irq'", "'start'", "'count'", "'dma'", "'at'", "'size'", "'arch'", "'page'", "'kernel'", "'capabilities'", "'pci'", "'vendor'", "'device'", "'class'", "'bridge'", "'platform'", "'path'", "'compatible'", "','", "'protected'", "'dma-mask'", "'region'", "'index'", "'read'", "'write'", "'mmap'", "'eventfd'", "'maskable'", "'automasked'", "'noiommu'", "'iova'", "'..'", "'auto'", "'vfio-pci'", "'vfio-platform'", "'vfio-fsl-mc'", "'cdev'", "'if-available'", "'required'", "'never'", "'vfio-cdev'", "'iommufd'", "'type1v2'", "'none'", "'root-filesystem'", "'agent-connection'", "'management'", "'policy'", "'mmio'", "'pio'", "'rom'", "'mc-portal'", "'intx'", "'msi'", "'msix'", "'err'", "'req'", "'.'", "'KiB'", "'MiB'", "'GiB'", "'TiB'", "'write-only'", "'masked'"
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
    // InternalAssign.g:72:1: ruleAssignmentConfig returns [EObject current=null] : ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) )* ) ;
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



        	enterRule();

        try {
            // InternalAssign.g:78:2: ( ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) )* ) )
            // InternalAssign.g:79:2: ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) )* )
            {
            // InternalAssign.g:79:2: ( ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) )* )
            // InternalAssign.g:80:3: ( (lv_imports_0_0= ruleImport ) )* otherlv_1= 'config' ( (lv_name_2_0= ruleName ) ) (otherlv_3= 'for' ( ( ( ruleBoardRef ) ) | (otherlv_5= 'board' ( (lv_inlineBoard_6_0= ruleInlineBoard ) ) ) ) )? ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) )*
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

                    if ( (LA2_0==RULE_STRING||LA2_0==RULE_ID||LA2_0==12||(LA2_0>=15 && LA2_0<=16)||(LA2_0>=18 && LA2_0<=23)||(LA2_0>=25 && LA2_0<=30)||(LA2_0>=33 && LA2_0<=37)||LA2_0==39||LA2_0==42||(LA2_0>=45 && LA2_0<=56)||(LA2_0>=58 && LA2_0<=60)||(LA2_0>=62 && LA2_0<=64)||(LA2_0>=66 && LA2_0<=69)||(LA2_0>=71 && LA2_0<=95)) ) {
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

            // InternalAssign.g:172:3: ( ( (lv_consumers_7_0= ruleConsumer ) ) | ( (lv_assignments_8_0= ruleAssignment ) ) )*
            loop4:
            do {
                int alt4=3;
                int LA4_0 = input.LA(1);

                if ( (LA4_0==16||LA4_0==25||LA4_0==29) ) {
                    alt4=1;
                }
                else if ( (LA4_0==30) ) {
                    alt4=2;
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
    // InternalAssign.g:217:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalAssign.g:217:47: (iv_ruleImport= ruleImport EOF )
            // InternalAssign.g:218:2: iv_ruleImport= ruleImport EOF
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
    // InternalAssign.g:224:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_importURI_1_0=null;


        	enterRule();

        try {
            // InternalAssign.g:230:2: ( (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) )
            // InternalAssign.g:231:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            {
            // InternalAssign.g:231:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            // InternalAssign.g:232:3: otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,15,FOLLOW_8); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalAssign.g:236:3: ( (lv_importURI_1_0= RULE_STRING ) )
            // InternalAssign.g:237:4: (lv_importURI_1_0= RULE_STRING )
            {
            // InternalAssign.g:237:4: (lv_importURI_1_0= RULE_STRING )
            // InternalAssign.g:238:5: lv_importURI_1_0= RULE_STRING
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
    // InternalAssign.g:258:1: entryRuleConsumer returns [EObject current=null] : iv_ruleConsumer= ruleConsumer EOF ;
    public final EObject entryRuleConsumer() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleConsumer = null;


        try {
            // InternalAssign.g:258:49: (iv_ruleConsumer= ruleConsumer EOF )
            // InternalAssign.g:259:2: iv_ruleConsumer= ruleConsumer EOF
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
    // InternalAssign.g:265:1: ruleConsumer returns [EObject current=null] : (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe ) ;
    public final EObject ruleConsumer() throws RecognitionException {
        EObject current = null;

        EObject this_VmGuest_0 = null;

        EObject this_UserspaceDriver_1 = null;

        EObject this_Probe_2 = null;



        	enterRule();

        try {
            // InternalAssign.g:271:2: ( (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe ) )
            // InternalAssign.g:272:2: (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe )
            {
            // InternalAssign.g:272:2: (this_VmGuest_0= ruleVmGuest | this_UserspaceDriver_1= ruleUserspaceDriver | this_Probe_2= ruleProbe )
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
                    // InternalAssign.g:273:3: this_VmGuest_0= ruleVmGuest
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
                    // InternalAssign.g:282:3: this_UserspaceDriver_1= ruleUserspaceDriver
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
                    // InternalAssign.g:291:3: this_Probe_2= ruleProbe
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
    // InternalAssign.g:303:1: entryRuleVmGuest returns [EObject current=null] : iv_ruleVmGuest= ruleVmGuest EOF ;
    public final EObject entryRuleVmGuest() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVmGuest = null;


        try {
            // InternalAssign.g:303:48: (iv_ruleVmGuest= ruleVmGuest EOF )
            // InternalAssign.g:304:2: iv_ruleVmGuest= ruleVmGuest EOF
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
    // InternalAssign.g:310:1: ruleVmGuest returns [EObject current=null] : (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? ) ;
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
            // InternalAssign.g:316:2: ( (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? ) )
            // InternalAssign.g:317:2: (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? )
            {
            // InternalAssign.g:317:2: (otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )? )
            // InternalAssign.g:318:3: otherlv_0= 'vm' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )?
            {
            otherlv_0=(Token)match(input,16,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getVmGuestAccess().getVmKeyword_0());
            		
            // InternalAssign.g:322:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:323:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:323:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:324:5: lv_name_1_0= ruleName
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

            // InternalAssign.g:341:3: (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}' )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==17) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalAssign.g:342:4: otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_16= '}'
                    {
                    otherlv_2=(Token)match(input,17,FOLLOW_10); 

                    				newLeafNode(otherlv_2, grammarAccess.getVmGuestAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalAssign.g:346:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalAssign.g:347:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalAssign.g:347:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalAssign.g:348:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1());
                    					
                    // InternalAssign.g:351:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalAssign.g:352:7: ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalAssign.g:352:7: ( ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) ) )*
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
                    	    // InternalAssign.g:353:5: ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:353:5: ({...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) ) )
                    	    // InternalAssign.g:354:6: {...}? => ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0)");
                    	    }
                    	    // InternalAssign.g:354:107: ( ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) ) )
                    	    // InternalAssign.g:355:7: ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 0);
                    	    						
                    	    // InternalAssign.g:358:10: ({...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) ) )
                    	    // InternalAssign.g:358:11: {...}? => (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:358:20: (otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) ) )
                    	    // InternalAssign.g:358:21: otherlv_4= 'memory' ( (lv_memorySize_5_0= ruleSize ) )
                    	    {
                    	    otherlv_4=(Token)match(input,18,FOLLOW_11); 

                    	    										newLeafNode(otherlv_4, grammarAccess.getVmGuestAccess().getMemoryKeyword_2_1_0_0());
                    	    									
                    	    // InternalAssign.g:362:10: ( (lv_memorySize_5_0= ruleSize ) )
                    	    // InternalAssign.g:363:11: (lv_memorySize_5_0= ruleSize )
                    	    {
                    	    // InternalAssign.g:363:11: (lv_memorySize_5_0= ruleSize )
                    	    // InternalAssign.g:364:12: lv_memorySize_5_0= ruleSize
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
                    	    // InternalAssign.g:387:5: ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:387:5: ({...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) ) )
                    	    // InternalAssign.g:388:6: {...}? => ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1)");
                    	    }
                    	    // InternalAssign.g:388:107: ( ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) ) )
                    	    // InternalAssign.g:389:7: ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 1);
                    	    						
                    	    // InternalAssign.g:392:10: ({...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) ) )
                    	    // InternalAssign.g:392:11: {...}? => (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:392:20: (otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) ) )
                    	    // InternalAssign.g:392:21: otherlv_6= 'vcpus' ( (lv_vcpus_7_0= RULE_INT ) )
                    	    {
                    	    otherlv_6=(Token)match(input,19,FOLLOW_12); 

                    	    										newLeafNode(otherlv_6, grammarAccess.getVmGuestAccess().getVcpusKeyword_2_1_1_0());
                    	    									
                    	    // InternalAssign.g:396:10: ( (lv_vcpus_7_0= RULE_INT ) )
                    	    // InternalAssign.g:397:11: (lv_vcpus_7_0= RULE_INT )
                    	    {
                    	    // InternalAssign.g:397:11: (lv_vcpus_7_0= RULE_INT )
                    	    // InternalAssign.g:398:12: lv_vcpus_7_0= RULE_INT
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
                    	    // InternalAssign.g:420:5: ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:420:5: ({...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) ) )
                    	    // InternalAssign.g:421:6: {...}? => ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2)");
                    	    }
                    	    // InternalAssign.g:421:107: ( ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:422:7: ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 2);
                    	    						
                    	    // InternalAssign.g:425:10: ({...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:425:11: {...}? => (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:425:20: (otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:425:21: otherlv_8= 'machine' ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) )
                    	    {
                    	    otherlv_8=(Token)match(input,20,FOLLOW_13); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getVmGuestAccess().getMachineKeyword_2_1_2_0());
                    	    									
                    	    // InternalAssign.g:429:10: ( ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) ) )
                    	    // InternalAssign.g:430:11: ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) )
                    	    {
                    	    // InternalAssign.g:430:11: ( (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING ) )
                    	    // InternalAssign.g:431:12: (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:431:12: (lv_machine_9_1= ruleName | lv_machine_9_2= RULE_STRING )
                    	    int alt6=2;
                    	    int LA6_0 = input.LA(1);

                    	    if ( (LA6_0==RULE_ID||LA6_0==12||(LA6_0>=15 && LA6_0<=16)||(LA6_0>=18 && LA6_0<=23)||(LA6_0>=25 && LA6_0<=30)||(LA6_0>=33 && LA6_0<=37)||LA6_0==39||LA6_0==42||(LA6_0>=45 && LA6_0<=56)||(LA6_0>=58 && LA6_0<=60)||(LA6_0>=62 && LA6_0<=64)||(LA6_0>=66 && LA6_0<=69)||(LA6_0>=71 && LA6_0<=95)) ) {
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
                    	            // InternalAssign.g:432:13: lv_machine_9_1= ruleName
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
                    	            // InternalAssign.g:448:13: lv_machine_9_2= RULE_STRING
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
                    	    // InternalAssign.g:471:5: ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:471:5: ({...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) ) )
                    	    // InternalAssign.g:472:6: {...}? => ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3)");
                    	    }
                    	    // InternalAssign.g:472:107: ( ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) ) )
                    	    // InternalAssign.g:473:7: ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 3);
                    	    						
                    	    // InternalAssign.g:476:10: ({...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) ) )
                    	    // InternalAssign.g:476:11: {...}? => (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:476:20: (otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) ) )
                    	    // InternalAssign.g:476:21: otherlv_10= 'memlock' ( (lv_memlockLimit_11_0= ruleSize ) )
                    	    {
                    	    otherlv_10=(Token)match(input,21,FOLLOW_11); 

                    	    										newLeafNode(otherlv_10, grammarAccess.getVmGuestAccess().getMemlockKeyword_2_1_3_0());
                    	    									
                    	    // InternalAssign.g:480:10: ( (lv_memlockLimit_11_0= ruleSize ) )
                    	    // InternalAssign.g:481:11: (lv_memlockLimit_11_0= ruleSize )
                    	    {
                    	    // InternalAssign.g:481:11: (lv_memlockLimit_11_0= ruleSize )
                    	    // InternalAssign.g:482:12: lv_memlockLimit_11_0= ruleSize
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
                    	    // InternalAssign.g:505:5: ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:505:5: ({...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:506:6: {...}? => ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4)");
                    	    }
                    	    // InternalAssign.g:506:107: ( ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:507:7: ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 4);
                    	    						
                    	    // InternalAssign.g:510:10: ({...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:510:11: {...}? => (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:510:20: (otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) ) )
                    	    // InternalAssign.g:510:21: otherlv_12= 'qemu' ( (lv_qemuVersion_13_0= RULE_STRING ) )
                    	    {
                    	    otherlv_12=(Token)match(input,22,FOLLOW_8); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getVmGuestAccess().getQemuKeyword_2_1_4_0());
                    	    									
                    	    // InternalAssign.g:514:10: ( (lv_qemuVersion_13_0= RULE_STRING ) )
                    	    // InternalAssign.g:515:11: (lv_qemuVersion_13_0= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:515:11: (lv_qemuVersion_13_0= RULE_STRING )
                    	    // InternalAssign.g:516:12: lv_qemuVersion_13_0= RULE_STRING
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
                    	    // InternalAssign.g:538:5: ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:538:5: ({...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:539:6: {...}? => ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "getUnorderedGroupHelper().canSelect(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5)");
                    	    }
                    	    // InternalAssign.g:539:107: ( ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:540:7: ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getVmGuestAccess().getUnorderedGroup_2_1(), 5);
                    	    						
                    	    // InternalAssign.g:543:10: ({...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:543:11: {...}? => (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleVmGuest", "true");
                    	    }
                    	    // InternalAssign.g:543:20: (otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) ) )
                    	    // InternalAssign.g:543:21: otherlv_14= 'libvirt' ( (lv_libvirtVersion_15_0= RULE_STRING ) )
                    	    {
                    	    otherlv_14=(Token)match(input,23,FOLLOW_8); 

                    	    										newLeafNode(otherlv_14, grammarAccess.getVmGuestAccess().getLibvirtKeyword_2_1_5_0());
                    	    									
                    	    // InternalAssign.g:547:10: ( (lv_libvirtVersion_15_0= RULE_STRING ) )
                    	    // InternalAssign.g:548:11: (lv_libvirtVersion_15_0= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:548:11: (lv_libvirtVersion_15_0= RULE_STRING )
                    	    // InternalAssign.g:549:12: lv_libvirtVersion_15_0= RULE_STRING
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
    // InternalAssign.g:587:1: entryRuleUserspaceDriver returns [EObject current=null] : iv_ruleUserspaceDriver= ruleUserspaceDriver EOF ;
    public final EObject entryRuleUserspaceDriver() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleUserspaceDriver = null;


        try {
            // InternalAssign.g:587:56: (iv_ruleUserspaceDriver= ruleUserspaceDriver EOF )
            // InternalAssign.g:588:2: iv_ruleUserspaceDriver= ruleUserspaceDriver EOF
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
    // InternalAssign.g:594:1: ruleUserspaceDriver returns [EObject current=null] : (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? ) ;
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
            // InternalAssign.g:600:2: ( (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? ) )
            // InternalAssign.g:601:2: (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? )
            {
            // InternalAssign.g:601:2: (otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )? )
            // InternalAssign.g:602:3: otherlv_0= 'userspace' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )?
            {
            otherlv_0=(Token)match(input,25,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getUserspaceDriverAccess().getUserspaceKeyword_0());
            		
            // InternalAssign.g:606:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:607:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:607:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:608:5: lv_name_1_0= ruleName
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

            // InternalAssign.g:625:3: (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}' )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==17) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalAssign.g:626:4: otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) otherlv_12= '}'
                    {
                    otherlv_2=(Token)match(input,17,FOLLOW_14); 

                    				newLeafNode(otherlv_2, grammarAccess.getUserspaceDriverAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalAssign.g:630:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalAssign.g:631:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalAssign.g:631:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalAssign.g:632:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1());
                    					
                    // InternalAssign.g:635:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalAssign.g:636:7: ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalAssign.g:636:7: ( ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) ) )*
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
                    	    // InternalAssign.g:637:5: ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:637:5: ({...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) ) )
                    	    // InternalAssign.g:638:6: {...}? => ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0)");
                    	    }
                    	    // InternalAssign.g:638:115: ( ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) ) )
                    	    // InternalAssign.g:639:7: ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 0);
                    	    						
                    	    // InternalAssign.g:642:10: ({...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) ) )
                    	    // InternalAssign.g:642:11: {...}? => (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:642:20: (otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) ) )
                    	    // InternalAssign.g:642:21: otherlv_4= 'uid' ( (lv_uid_5_0= ruleUnixId ) )
                    	    {
                    	    otherlv_4=(Token)match(input,26,FOLLOW_12); 

                    	    										newLeafNode(otherlv_4, grammarAccess.getUserspaceDriverAccess().getUidKeyword_2_1_0_0());
                    	    									
                    	    // InternalAssign.g:646:10: ( (lv_uid_5_0= ruleUnixId ) )
                    	    // InternalAssign.g:647:11: (lv_uid_5_0= ruleUnixId )
                    	    {
                    	    // InternalAssign.g:647:11: (lv_uid_5_0= ruleUnixId )
                    	    // InternalAssign.g:648:12: lv_uid_5_0= ruleUnixId
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
                    	    // InternalAssign.g:671:5: ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:671:5: ({...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) ) )
                    	    // InternalAssign.g:672:6: {...}? => ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1)");
                    	    }
                    	    // InternalAssign.g:672:115: ( ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) ) )
                    	    // InternalAssign.g:673:7: ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 1);
                    	    						
                    	    // InternalAssign.g:676:10: ({...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) ) )
                    	    // InternalAssign.g:676:11: {...}? => (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:676:20: (otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) ) )
                    	    // InternalAssign.g:676:21: otherlv_6= 'gid' ( (lv_gid_7_0= ruleUnixId ) )
                    	    {
                    	    otherlv_6=(Token)match(input,27,FOLLOW_12); 

                    	    										newLeafNode(otherlv_6, grammarAccess.getUserspaceDriverAccess().getGidKeyword_2_1_1_0());
                    	    									
                    	    // InternalAssign.g:680:10: ( (lv_gid_7_0= ruleUnixId ) )
                    	    // InternalAssign.g:681:11: (lv_gid_7_0= ruleUnixId )
                    	    {
                    	    // InternalAssign.g:681:11: (lv_gid_7_0= ruleUnixId )
                    	    // InternalAssign.g:682:12: lv_gid_7_0= ruleUnixId
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
                    	    // InternalAssign.g:705:5: ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:705:5: ({...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) ) )
                    	    // InternalAssign.g:706:6: {...}? => ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2)");
                    	    }
                    	    // InternalAssign.g:706:115: ( ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) ) )
                    	    // InternalAssign.g:707:7: ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 2);
                    	    						
                    	    // InternalAssign.g:710:10: ({...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) ) )
                    	    // InternalAssign.g:710:11: {...}? => (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:710:20: (otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) ) )
                    	    // InternalAssign.g:710:21: otherlv_8= 'memlock' ( (lv_memlockLimit_9_0= ruleSize ) )
                    	    {
                    	    otherlv_8=(Token)match(input,21,FOLLOW_11); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getUserspaceDriverAccess().getMemlockKeyword_2_1_2_0());
                    	    									
                    	    // InternalAssign.g:714:10: ( (lv_memlockLimit_9_0= ruleSize ) )
                    	    // InternalAssign.g:715:11: (lv_memlockLimit_9_0= ruleSize )
                    	    {
                    	    // InternalAssign.g:715:11: (lv_memlockLimit_9_0= ruleSize )
                    	    // InternalAssign.g:716:12: lv_memlockLimit_9_0= ruleSize
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
                    	    // InternalAssign.g:739:5: ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:739:5: ({...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalAssign.g:740:6: {...}? => ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "getUnorderedGroupHelper().canSelect(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3)");
                    	    }
                    	    // InternalAssign.g:740:115: ( ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) ) )
                    	    // InternalAssign.g:741:7: ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getUserspaceDriverAccess().getUnorderedGroup_2_1(), 3);
                    	    						
                    	    // InternalAssign.g:744:10: ({...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) ) )
                    	    // InternalAssign.g:744:11: {...}? => (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleUserspaceDriver", "true");
                    	    }
                    	    // InternalAssign.g:744:20: (otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) ) )
                    	    // InternalAssign.g:744:21: otherlv_10= 'socket' ( (lv_socketPath_11_0= RULE_STRING ) )
                    	    {
                    	    otherlv_10=(Token)match(input,28,FOLLOW_8); 

                    	    										newLeafNode(otherlv_10, grammarAccess.getUserspaceDriverAccess().getSocketKeyword_2_1_3_0());
                    	    									
                    	    // InternalAssign.g:748:10: ( (lv_socketPath_11_0= RULE_STRING ) )
                    	    // InternalAssign.g:749:11: (lv_socketPath_11_0= RULE_STRING )
                    	    {
                    	    // InternalAssign.g:749:11: (lv_socketPath_11_0= RULE_STRING )
                    	    // InternalAssign.g:750:12: lv_socketPath_11_0= RULE_STRING
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
    // InternalAssign.g:788:1: entryRuleProbe returns [EObject current=null] : iv_ruleProbe= ruleProbe EOF ;
    public final EObject entryRuleProbe() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProbe = null;


        try {
            // InternalAssign.g:788:46: (iv_ruleProbe= ruleProbe EOF )
            // InternalAssign.g:789:2: iv_ruleProbe= ruleProbe EOF
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
    // InternalAssign.g:795:1: ruleProbe returns [EObject current=null] : (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? ) ;
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
            // InternalAssign.g:801:2: ( (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? ) )
            // InternalAssign.g:802:2: (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? )
            {
            // InternalAssign.g:802:2: (otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )? )
            // InternalAssign.g:803:3: otherlv_0= 'probe' ( (lv_name_1_0= ruleName ) ) (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,29,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getProbeAccess().getProbeKeyword_0());
            		
            // InternalAssign.g:807:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:808:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:808:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:809:5: lv_name_1_0= ruleName
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

            // InternalAssign.g:826:3: (otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}' )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==17) ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalAssign.g:827:4: otherlv_2= '{' (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )? otherlv_5= '}'
                    {
                    otherlv_2=(Token)match(input,17,FOLLOW_15); 

                    				newLeafNode(otherlv_2, grammarAccess.getProbeAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalAssign.g:831:4: (otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) ) )?
                    int alt11=2;
                    int LA11_0 = input.LA(1);

                    if ( (LA11_0==21) ) {
                        alt11=1;
                    }
                    switch (alt11) {
                        case 1 :
                            // InternalAssign.g:832:5: otherlv_3= 'memlock' ( (lv_memlockLimit_4_0= ruleSize ) )
                            {
                            otherlv_3=(Token)match(input,21,FOLLOW_11); 

                            					newLeafNode(otherlv_3, grammarAccess.getProbeAccess().getMemlockKeyword_2_1_0());
                            				
                            // InternalAssign.g:836:5: ( (lv_memlockLimit_4_0= ruleSize ) )
                            // InternalAssign.g:837:6: (lv_memlockLimit_4_0= ruleSize )
                            {
                            // InternalAssign.g:837:6: (lv_memlockLimit_4_0= ruleSize )
                            // InternalAssign.g:838:7: lv_memlockLimit_4_0= ruleSize
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
    // InternalAssign.g:865:1: entryRuleAssignment returns [EObject current=null] : iv_ruleAssignment= ruleAssignment EOF ;
    public final EObject entryRuleAssignment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAssignment = null;


        try {
            // InternalAssign.g:865:51: (iv_ruleAssignment= ruleAssignment EOF )
            // InternalAssign.g:866:2: iv_ruleAssignment= ruleAssignment EOF
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
    // InternalAssign.g:872:1: ruleAssignment returns [EObject current=null] : (otherlv_0= 'assign' ( ( ( ruleDeviceRef ) ) | (otherlv_2= 'group' ( ( ruleGroupId ) ) ) ) otherlv_4= 'to' ( ( ruleName ) ) (otherlv_6= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )* otherlv_18= '}' )? ) ;
    public final EObject ruleAssignment() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token lv_persistent_14_0=null;
        Token otherlv_18=null;
        Enumerator lv_driver_9_0 = null;

        Enumerator lv_openPath_11_0 = null;

        Enumerator lv_resetPolicy_13_0 = null;

        EObject lv_regions_15_0 = null;

        EObject lv_irqs_16_0 = null;

        EObject lv_dmaWindows_17_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:878:2: ( (otherlv_0= 'assign' ( ( ( ruleDeviceRef ) ) | (otherlv_2= 'group' ( ( ruleGroupId ) ) ) ) otherlv_4= 'to' ( ( ruleName ) ) (otherlv_6= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )* otherlv_18= '}' )? ) )
            // InternalAssign.g:879:2: (otherlv_0= 'assign' ( ( ( ruleDeviceRef ) ) | (otherlv_2= 'group' ( ( ruleGroupId ) ) ) ) otherlv_4= 'to' ( ( ruleName ) ) (otherlv_6= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )* otherlv_18= '}' )? )
            {
            // InternalAssign.g:879:2: (otherlv_0= 'assign' ( ( ( ruleDeviceRef ) ) | (otherlv_2= 'group' ( ( ruleGroupId ) ) ) ) otherlv_4= 'to' ( ( ruleName ) ) (otherlv_6= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )* otherlv_18= '}' )? )
            // InternalAssign.g:880:3: otherlv_0= 'assign' ( ( ( ruleDeviceRef ) ) | (otherlv_2= 'group' ( ( ruleGroupId ) ) ) ) otherlv_4= 'to' ( ( ruleName ) ) (otherlv_6= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )* otherlv_18= '}' )?
            {
            otherlv_0=(Token)match(input,30,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getAssignmentAccess().getAssignKeyword_0());
            		
            // InternalAssign.g:884:3: ( ( ( ruleDeviceRef ) ) | (otherlv_2= 'group' ( ( ruleGroupId ) ) ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING||LA13_0==RULE_ID||LA13_0==12||(LA13_0>=15 && LA13_0<=16)||(LA13_0>=18 && LA13_0<=23)||(LA13_0>=25 && LA13_0<=30)||(LA13_0>=33 && LA13_0<=37)||LA13_0==39||LA13_0==42||(LA13_0>=45 && LA13_0<=56)||(LA13_0>=58 && LA13_0<=60)||(LA13_0>=62 && LA13_0<=64)||(LA13_0>=66 && LA13_0<=69)||(LA13_0>=71 && LA13_0<=95)) ) {
                alt13=1;
            }
            else if ( (LA13_0==31) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalAssign.g:885:4: ( ( ruleDeviceRef ) )
                    {
                    // InternalAssign.g:885:4: ( ( ruleDeviceRef ) )
                    // InternalAssign.g:886:5: ( ruleDeviceRef )
                    {
                    // InternalAssign.g:886:5: ( ruleDeviceRef )
                    // InternalAssign.g:887:6: ruleDeviceRef
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getAssignmentRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getAssignmentAccess().getDeviceDeviceCrossReference_1_0_0());
                    					
                    pushFollow(FOLLOW_18);
                    ruleDeviceRef();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:902:4: (otherlv_2= 'group' ( ( ruleGroupId ) ) )
                    {
                    // InternalAssign.g:902:4: (otherlv_2= 'group' ( ( ruleGroupId ) ) )
                    // InternalAssign.g:903:5: otherlv_2= 'group' ( ( ruleGroupId ) )
                    {
                    otherlv_2=(Token)match(input,31,FOLLOW_12); 

                    					newLeafNode(otherlv_2, grammarAccess.getAssignmentAccess().getGroupKeyword_1_1_0());
                    				
                    // InternalAssign.g:907:5: ( ( ruleGroupId ) )
                    // InternalAssign.g:908:6: ( ruleGroupId )
                    {
                    // InternalAssign.g:908:6: ( ruleGroupId )
                    // InternalAssign.g:909:7: ruleGroupId
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getAssignmentRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getAssignmentAccess().getGroupIommuGroupCrossReference_1_1_1_0());
                    						
                    pushFollow(FOLLOW_18);
                    ruleGroupId();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,32,FOLLOW_4); 

            			newLeafNode(otherlv_4, grammarAccess.getAssignmentAccess().getToKeyword_2());
            		
            // InternalAssign.g:929:3: ( ( ruleName ) )
            // InternalAssign.g:930:4: ( ruleName )
            {
            // InternalAssign.g:930:4: ( ruleName )
            // InternalAssign.g:931:5: ruleName
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

            // InternalAssign.g:945:3: (otherlv_6= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )* otherlv_18= '}' )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==17) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalAssign.g:946:4: otherlv_6= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) ) ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )* otherlv_18= '}'
                    {
                    otherlv_6=(Token)match(input,17,FOLLOW_19); 

                    				newLeafNode(otherlv_6, grammarAccess.getAssignmentAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalAssign.g:950:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) ) )
                    // InternalAssign.g:951:5: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) )
                    {
                    // InternalAssign.g:951:5: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* ) )
                    // InternalAssign.g:952:6: ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    					
                    // InternalAssign.g:955:6: ( ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )* )
                    // InternalAssign.g:956:7: ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )*
                    {
                    // InternalAssign.g:956:7: ( ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) ) )*
                    loop14:
                    do {
                        int alt14=5;
                        int LA14_0 = input.LA(1);

                        if ( LA14_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                            alt14=1;
                        }
                        else if ( LA14_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                            alt14=2;
                        }
                        else if ( LA14_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                            alt14=3;
                        }
                        else if ( LA14_0 == 36 && getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                            alt14=4;
                        }


                        switch (alt14) {
                    	case 1 :
                    	    // InternalAssign.g:957:5: ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:957:5: ({...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) ) )
                    	    // InternalAssign.g:958:6: {...}? => ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0)");
                    	    }
                    	    // InternalAssign.g:958:110: ( ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) ) )
                    	    // InternalAssign.g:959:7: ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 0);
                    	    						
                    	    // InternalAssign.g:962:10: ({...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) ) )
                    	    // InternalAssign.g:962:11: {...}? => (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:962:20: (otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) ) )
                    	    // InternalAssign.g:962:21: otherlv_8= 'driver' ( (lv_driver_9_0= ruleVfioDriver ) )
                    	    {
                    	    otherlv_8=(Token)match(input,33,FOLLOW_20); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getAssignmentAccess().getDriverKeyword_4_1_0_0());
                    	    									
                    	    // InternalAssign.g:966:10: ( (lv_driver_9_0= ruleVfioDriver ) )
                    	    // InternalAssign.g:967:11: (lv_driver_9_0= ruleVfioDriver )
                    	    {
                    	    // InternalAssign.g:967:11: (lv_driver_9_0= ruleVfioDriver )
                    	    // InternalAssign.g:968:12: lv_driver_9_0= ruleVfioDriver
                    	    {

                    	    												newCompositeNode(grammarAccess.getAssignmentAccess().getDriverVfioDriverEnumRuleCall_4_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_19);
                    	    lv_driver_9_0=ruleVfioDriver();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"driver",
                    	    													lv_driver_9_0,
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
                    	    // InternalAssign.g:991:5: ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:991:5: ({...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) ) )
                    	    // InternalAssign.g:992:6: {...}? => ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1)");
                    	    }
                    	    // InternalAssign.g:992:110: ( ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) ) )
                    	    // InternalAssign.g:993:7: ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 1);
                    	    						
                    	    // InternalAssign.g:996:10: ({...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) ) )
                    	    // InternalAssign.g:996:11: {...}? => (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:996:20: (otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) ) )
                    	    // InternalAssign.g:996:21: otherlv_10= 'open' ( (lv_openPath_11_0= ruleOpenPath ) )
                    	    {
                    	    otherlv_10=(Token)match(input,34,FOLLOW_21); 

                    	    										newLeafNode(otherlv_10, grammarAccess.getAssignmentAccess().getOpenKeyword_4_1_1_0());
                    	    									
                    	    // InternalAssign.g:1000:10: ( (lv_openPath_11_0= ruleOpenPath ) )
                    	    // InternalAssign.g:1001:11: (lv_openPath_11_0= ruleOpenPath )
                    	    {
                    	    // InternalAssign.g:1001:11: (lv_openPath_11_0= ruleOpenPath )
                    	    // InternalAssign.g:1002:12: lv_openPath_11_0= ruleOpenPath
                    	    {

                    	    												newCompositeNode(grammarAccess.getAssignmentAccess().getOpenPathOpenPathEnumRuleCall_4_1_1_1_0());
                    	    											
                    	    pushFollow(FOLLOW_19);
                    	    lv_openPath_11_0=ruleOpenPath();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"openPath",
                    	    													lv_openPath_11_0,
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
                    	    // InternalAssign.g:1025:5: ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:1025:5: ({...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) ) )
                    	    // InternalAssign.g:1026:6: {...}? => ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2)");
                    	    }
                    	    // InternalAssign.g:1026:110: ( ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) ) )
                    	    // InternalAssign.g:1027:7: ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 2);
                    	    						
                    	    // InternalAssign.g:1030:10: ({...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) ) )
                    	    // InternalAssign.g:1030:11: {...}? => (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:1030:20: (otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) ) )
                    	    // InternalAssign.g:1030:21: otherlv_12= 'reset' ( (lv_resetPolicy_13_0= ruleResetPolicy ) )
                    	    {
                    	    otherlv_12=(Token)match(input,35,FOLLOW_22); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getAssignmentAccess().getResetKeyword_4_1_2_0());
                    	    									
                    	    // InternalAssign.g:1034:10: ( (lv_resetPolicy_13_0= ruleResetPolicy ) )
                    	    // InternalAssign.g:1035:11: (lv_resetPolicy_13_0= ruleResetPolicy )
                    	    {
                    	    // InternalAssign.g:1035:11: (lv_resetPolicy_13_0= ruleResetPolicy )
                    	    // InternalAssign.g:1036:12: lv_resetPolicy_13_0= ruleResetPolicy
                    	    {

                    	    												newCompositeNode(grammarAccess.getAssignmentAccess().getResetPolicyResetPolicyEnumRuleCall_4_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_19);
                    	    lv_resetPolicy_13_0=ruleResetPolicy();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"resetPolicy",
                    	    													lv_resetPolicy_13_0,
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
                    	    // InternalAssign.g:1059:5: ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) )
                    	    {
                    	    // InternalAssign.g:1059:5: ({...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) ) )
                    	    // InternalAssign.g:1060:6: {...}? => ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "getUnorderedGroupHelper().canSelect(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3)");
                    	    }
                    	    // InternalAssign.g:1060:110: ( ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) ) )
                    	    // InternalAssign.g:1061:7: ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1(), 3);
                    	    						
                    	    // InternalAssign.g:1064:10: ({...}? => ( (lv_persistent_14_0= 'persistent' ) ) )
                    	    // InternalAssign.g:1064:11: {...}? => ( (lv_persistent_14_0= 'persistent' ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleAssignment", "true");
                    	    }
                    	    // InternalAssign.g:1064:20: ( (lv_persistent_14_0= 'persistent' ) )
                    	    // InternalAssign.g:1064:21: (lv_persistent_14_0= 'persistent' )
                    	    {
                    	    // InternalAssign.g:1064:21: (lv_persistent_14_0= 'persistent' )
                    	    // InternalAssign.g:1065:11: lv_persistent_14_0= 'persistent'
                    	    {
                    	    lv_persistent_14_0=(Token)match(input,36,FOLLOW_19); 

                    	    											newLeafNode(lv_persistent_14_0, grammarAccess.getAssignmentAccess().getPersistentPersistentKeyword_4_1_3_0());
                    	    										

                    	    											if (current==null) {
                    	    												current = createModelElement(grammarAccess.getAssignmentRule());
                    	    											}
                    	    											setWithLastConsumed(current, "persistent", lv_persistent_14_0 != null, "persistent");
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop14;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getAssignmentAccess().getUnorderedGroup_4_1());
                    					

                    }

                    // InternalAssign.g:1089:4: ( ( (lv_regions_15_0= ruleRegionMapping ) ) | ( (lv_irqs_16_0= ruleIrqBinding ) ) | ( (lv_dmaWindows_17_0= ruleDmaWindow ) ) )*
                    loop15:
                    do {
                        int alt15=4;
                        switch ( input.LA(1) ) {
                        case 37:
                            {
                            alt15=1;
                            }
                            break;
                        case 39:
                            {
                            alt15=2;
                            }
                            break;
                        case 42:
                            {
                            alt15=3;
                            }
                            break;

                        }

                        switch (alt15) {
                    	case 1 :
                    	    // InternalAssign.g:1090:5: ( (lv_regions_15_0= ruleRegionMapping ) )
                    	    {
                    	    // InternalAssign.g:1090:5: ( (lv_regions_15_0= ruleRegionMapping ) )
                    	    // InternalAssign.g:1091:6: (lv_regions_15_0= ruleRegionMapping )
                    	    {
                    	    // InternalAssign.g:1091:6: (lv_regions_15_0= ruleRegionMapping )
                    	    // InternalAssign.g:1092:7: lv_regions_15_0= ruleRegionMapping
                    	    {

                    	    							newCompositeNode(grammarAccess.getAssignmentAccess().getRegionsRegionMappingParserRuleCall_4_2_0_0());
                    	    						
                    	    pushFollow(FOLLOW_23);
                    	    lv_regions_15_0=ruleRegionMapping();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"regions",
                    	    								lv_regions_15_0,
                    	    								"org.devassign.dsl.Assign.RegionMapping");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:1110:5: ( (lv_irqs_16_0= ruleIrqBinding ) )
                    	    {
                    	    // InternalAssign.g:1110:5: ( (lv_irqs_16_0= ruleIrqBinding ) )
                    	    // InternalAssign.g:1111:6: (lv_irqs_16_0= ruleIrqBinding )
                    	    {
                    	    // InternalAssign.g:1111:6: (lv_irqs_16_0= ruleIrqBinding )
                    	    // InternalAssign.g:1112:7: lv_irqs_16_0= ruleIrqBinding
                    	    {

                    	    							newCompositeNode(grammarAccess.getAssignmentAccess().getIrqsIrqBindingParserRuleCall_4_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_23);
                    	    lv_irqs_16_0=ruleIrqBinding();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"irqs",
                    	    								lv_irqs_16_0,
                    	    								"org.devassign.dsl.Assign.IrqBinding");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalAssign.g:1130:5: ( (lv_dmaWindows_17_0= ruleDmaWindow ) )
                    	    {
                    	    // InternalAssign.g:1130:5: ( (lv_dmaWindows_17_0= ruleDmaWindow ) )
                    	    // InternalAssign.g:1131:6: (lv_dmaWindows_17_0= ruleDmaWindow )
                    	    {
                    	    // InternalAssign.g:1131:6: (lv_dmaWindows_17_0= ruleDmaWindow )
                    	    // InternalAssign.g:1132:7: lv_dmaWindows_17_0= ruleDmaWindow
                    	    {

                    	    							newCompositeNode(grammarAccess.getAssignmentAccess().getDmaWindowsDmaWindowParserRuleCall_4_2_2_0());
                    	    						
                    	    pushFollow(FOLLOW_23);
                    	    lv_dmaWindows_17_0=ruleDmaWindow();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getAssignmentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"dmaWindows",
                    	    								lv_dmaWindows_17_0,
                    	    								"org.devassign.dsl.Assign.DmaWindow");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop15;
                        }
                    } while (true);

                    otherlv_18=(Token)match(input,24,FOLLOW_2); 

                    				newLeafNode(otherlv_18, grammarAccess.getAssignmentAccess().getRightCurlyBracketKeyword_4_3());
                    			

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


    // $ANTLR start "entryRuleRegionMapping"
    // InternalAssign.g:1159:1: entryRuleRegionMapping returns [EObject current=null] : iv_ruleRegionMapping= ruleRegionMapping EOF ;
    public final EObject entryRuleRegionMapping() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRegionMapping = null;


        try {
            // InternalAssign.g:1159:54: (iv_ruleRegionMapping= ruleRegionMapping EOF )
            // InternalAssign.g:1160:2: iv_ruleRegionMapping= ruleRegionMapping EOF
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
    // InternalAssign.g:1166:1: ruleRegionMapping returns [EObject current=null] : (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? ) ;
    public final EObject ruleRegionMapping() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_readOnly_2_0=null;


        	enterRule();

        try {
            // InternalAssign.g:1172:2: ( (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? ) )
            // InternalAssign.g:1173:2: (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? )
            {
            // InternalAssign.g:1173:2: (otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )? )
            // InternalAssign.g:1174:3: otherlv_0= 'map' ( ( ruleMemberRef ) ) ( (lv_readOnly_2_0= 'read-only' ) )?
            {
            otherlv_0=(Token)match(input,37,FOLLOW_24); 

            			newLeafNode(otherlv_0, grammarAccess.getRegionMappingAccess().getMapKeyword_0());
            		
            // InternalAssign.g:1178:3: ( ( ruleMemberRef ) )
            // InternalAssign.g:1179:4: ( ruleMemberRef )
            {
            // InternalAssign.g:1179:4: ( ruleMemberRef )
            // InternalAssign.g:1180:5: ruleMemberRef
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRegionMappingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getRegionMappingAccess().getRegionRegionCrossReference_1_0());
            				
            pushFollow(FOLLOW_25);
            ruleMemberRef();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:1194:3: ( (lv_readOnly_2_0= 'read-only' ) )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==38) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalAssign.g:1195:4: (lv_readOnly_2_0= 'read-only' )
                    {
                    // InternalAssign.g:1195:4: (lv_readOnly_2_0= 'read-only' )
                    // InternalAssign.g:1196:5: lv_readOnly_2_0= 'read-only'
                    {
                    lv_readOnly_2_0=(Token)match(input,38,FOLLOW_2); 

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
    // InternalAssign.g:1212:1: entryRuleIrqBinding returns [EObject current=null] : iv_ruleIrqBinding= ruleIrqBinding EOF ;
    public final EObject entryRuleIrqBinding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIrqBinding = null;


        try {
            // InternalAssign.g:1212:51: (iv_ruleIrqBinding= ruleIrqBinding EOF )
            // InternalAssign.g:1213:2: iv_ruleIrqBinding= ruleIrqBinding EOF
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
    // InternalAssign.g:1219:1: ruleIrqBinding returns [EObject current=null] : (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) ) ;
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
            // InternalAssign.g:1225:2: ( (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) ) )
            // InternalAssign.g:1226:2: (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) )
            {
            // InternalAssign.g:1226:2: (otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) ) )
            // InternalAssign.g:1227:3: otherlv_0= 'irq' ( ( ruleMemberRef ) ) (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )? (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_mode_6_0= ruleIrqMode ) )
            {
            otherlv_0=(Token)match(input,39,FOLLOW_24); 

            			newLeafNode(otherlv_0, grammarAccess.getIrqBindingAccess().getIrqKeyword_0());
            		
            // InternalAssign.g:1231:3: ( ( ruleMemberRef ) )
            // InternalAssign.g:1232:4: ( ruleMemberRef )
            {
            // InternalAssign.g:1232:4: ( ruleMemberRef )
            // InternalAssign.g:1233:5: ruleMemberRef
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getIrqBindingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getIrqBindingAccess().getInterruptInterruptCrossReference_1_0());
            				
            pushFollow(FOLLOW_26);
            ruleMemberRef();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalAssign.g:1247:3: (otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) ) )?
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( (LA18_0==40) ) {
                alt18=1;
            }
            switch (alt18) {
                case 1 :
                    // InternalAssign.g:1248:4: otherlv_2= 'start' ( (lv_start_3_0= RULE_INT ) )
                    {
                    otherlv_2=(Token)match(input,40,FOLLOW_12); 

                    				newLeafNode(otherlv_2, grammarAccess.getIrqBindingAccess().getStartKeyword_2_0());
                    			
                    // InternalAssign.g:1252:4: ( (lv_start_3_0= RULE_INT ) )
                    // InternalAssign.g:1253:5: (lv_start_3_0= RULE_INT )
                    {
                    // InternalAssign.g:1253:5: (lv_start_3_0= RULE_INT )
                    // InternalAssign.g:1254:6: lv_start_3_0= RULE_INT
                    {
                    lv_start_3_0=(Token)match(input,RULE_INT,FOLLOW_26); 

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

            // InternalAssign.g:1271:3: (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==41) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalAssign.g:1272:4: otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) )
                    {
                    otherlv_4=(Token)match(input,41,FOLLOW_12); 

                    				newLeafNode(otherlv_4, grammarAccess.getIrqBindingAccess().getCountKeyword_3_0());
                    			
                    // InternalAssign.g:1276:4: ( (lv_count_5_0= RULE_INT ) )
                    // InternalAssign.g:1277:5: (lv_count_5_0= RULE_INT )
                    {
                    // InternalAssign.g:1277:5: (lv_count_5_0= RULE_INT )
                    // InternalAssign.g:1278:6: lv_count_5_0= RULE_INT
                    {
                    lv_count_5_0=(Token)match(input,RULE_INT,FOLLOW_26); 

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

            // InternalAssign.g:1295:3: ( (lv_mode_6_0= ruleIrqMode ) )
            // InternalAssign.g:1296:4: (lv_mode_6_0= ruleIrqMode )
            {
            // InternalAssign.g:1296:4: (lv_mode_6_0= ruleIrqMode )
            // InternalAssign.g:1297:5: lv_mode_6_0= ruleIrqMode
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
    // InternalAssign.g:1318:1: entryRuleDmaWindow returns [EObject current=null] : iv_ruleDmaWindow= ruleDmaWindow EOF ;
    public final EObject entryRuleDmaWindow() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDmaWindow = null;


        try {
            // InternalAssign.g:1318:50: (iv_ruleDmaWindow= ruleDmaWindow EOF )
            // InternalAssign.g:1319:2: iv_ruleDmaWindow= ruleDmaWindow EOF
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
    // InternalAssign.g:1325:1: ruleDmaWindow returns [EObject current=null] : (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? ) ;
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
            // InternalAssign.g:1331:2: ( (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? ) )
            // InternalAssign.g:1332:2: (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? )
            {
            // InternalAssign.g:1332:2: (otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )? )
            // InternalAssign.g:1333:3: otherlv_0= 'dma' ( (lv_name_1_0= ruleName ) )? otherlv_2= 'at' ( (lv_iova_3_0= ruleNumber ) ) otherlv_4= 'size' ( (lv_size_5_0= ruleSize ) ) ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )?
            {
            otherlv_0=(Token)match(input,42,FOLLOW_27); 

            			newLeafNode(otherlv_0, grammarAccess.getDmaWindowAccess().getDmaKeyword_0());
            		
            // InternalAssign.g:1337:3: ( (lv_name_1_0= ruleName ) )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==RULE_ID||LA20_0==12||(LA20_0>=15 && LA20_0<=16)||(LA20_0>=18 && LA20_0<=23)||(LA20_0>=25 && LA20_0<=30)||(LA20_0>=33 && LA20_0<=37)||LA20_0==39||LA20_0==42||(LA20_0>=45 && LA20_0<=56)||(LA20_0>=58 && LA20_0<=60)||(LA20_0>=62 && LA20_0<=64)||(LA20_0>=66 && LA20_0<=69)||(LA20_0>=71 && LA20_0<=95)) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalAssign.g:1338:4: (lv_name_1_0= ruleName )
                    {
                    // InternalAssign.g:1338:4: (lv_name_1_0= ruleName )
                    // InternalAssign.g:1339:5: lv_name_1_0= ruleName
                    {

                    					newCompositeNode(grammarAccess.getDmaWindowAccess().getNameNameParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_28);
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

            otherlv_2=(Token)match(input,43,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getDmaWindowAccess().getAtKeyword_2());
            		
            // InternalAssign.g:1360:3: ( (lv_iova_3_0= ruleNumber ) )
            // InternalAssign.g:1361:4: (lv_iova_3_0= ruleNumber )
            {
            // InternalAssign.g:1361:4: (lv_iova_3_0= ruleNumber )
            // InternalAssign.g:1362:5: lv_iova_3_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getDmaWindowAccess().getIovaNumberParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_29);
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

            otherlv_4=(Token)match(input,44,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getDmaWindowAccess().getSizeKeyword_4());
            		
            // InternalAssign.g:1383:3: ( (lv_size_5_0= ruleSize ) )
            // InternalAssign.g:1384:4: (lv_size_5_0= ruleSize )
            {
            // InternalAssign.g:1384:4: (lv_size_5_0= ruleSize )
            // InternalAssign.g:1385:5: lv_size_5_0= ruleSize
            {

            					newCompositeNode(grammarAccess.getDmaWindowAccess().getSizeSizeParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_30);
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

            // InternalAssign.g:1402:3: ( ( (lv_writable_6_0= ruleReadOnly ) ) | ( (lv_readable_7_0= ruleWriteOnly ) ) )?
            int alt21=3;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==38) ) {
                alt21=1;
            }
            else if ( (LA21_0==101) ) {
                alt21=2;
            }
            switch (alt21) {
                case 1 :
                    // InternalAssign.g:1403:4: ( (lv_writable_6_0= ruleReadOnly ) )
                    {
                    // InternalAssign.g:1403:4: ( (lv_writable_6_0= ruleReadOnly ) )
                    // InternalAssign.g:1404:5: (lv_writable_6_0= ruleReadOnly )
                    {
                    // InternalAssign.g:1404:5: (lv_writable_6_0= ruleReadOnly )
                    // InternalAssign.g:1405:6: lv_writable_6_0= ruleReadOnly
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
                    // InternalAssign.g:1423:4: ( (lv_readable_7_0= ruleWriteOnly ) )
                    {
                    // InternalAssign.g:1423:4: ( (lv_readable_7_0= ruleWriteOnly ) )
                    // InternalAssign.g:1424:5: (lv_readable_7_0= ruleWriteOnly )
                    {
                    // InternalAssign.g:1424:5: (lv_readable_7_0= ruleWriteOnly )
                    // InternalAssign.g:1425:6: lv_readable_7_0= ruleWriteOnly
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
    // InternalAssign.g:1447:1: entryRuleInlineBoard returns [EObject current=null] : iv_ruleInlineBoard= ruleInlineBoard EOF ;
    public final EObject entryRuleInlineBoard() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleInlineBoard = null;


        try {
            // InternalAssign.g:1447:52: (iv_ruleInlineBoard= ruleInlineBoard EOF )
            // InternalAssign.g:1448:2: iv_ruleInlineBoard= ruleInlineBoard EOF
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
    // InternalAssign.g:1454:1: ruleInlineBoard returns [EObject current=null] : ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' ) ;
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
            // InternalAssign.g:1460:2: ( ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' ) )
            // InternalAssign.g:1461:2: ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' )
            {
            // InternalAssign.g:1461:2: ( ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}' )
            // InternalAssign.g:1462:3: ( (lv_name_0_0= ruleName ) ) otherlv_1= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) ) ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )* otherlv_13= '}'
            {
            // InternalAssign.g:1462:3: ( (lv_name_0_0= ruleName ) )
            // InternalAssign.g:1463:4: (lv_name_0_0= ruleName )
            {
            // InternalAssign.g:1463:4: (lv_name_0_0= ruleName )
            // InternalAssign.g:1464:5: lv_name_0_0= ruleName
            {

            					newCompositeNode(grammarAccess.getInlineBoardAccess().getNameNameParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_31);
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

            otherlv_1=(Token)match(input,17,FOLLOW_32); 

            			newLeafNode(otherlv_1, grammarAccess.getInlineBoardAccess().getLeftCurlyBracketKeyword_1());
            		
            // InternalAssign.g:1485:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) ) )
            // InternalAssign.g:1486:4: ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) )
            {
            // InternalAssign.g:1486:4: ( ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* ) )
            // InternalAssign.g:1487:5: ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            				
            // InternalAssign.g:1490:5: ( ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )* )
            // InternalAssign.g:1491:6: ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )*
            {
            // InternalAssign.g:1491:6: ( ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) ) )*
            loop23:
            do {
                int alt23=5;
                int LA23_0 = input.LA(1);

                if ( LA23_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
                    alt23=1;
                }
                else if ( LA23_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
                    alt23=2;
                }
                else if ( LA23_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
                    alt23=3;
                }
                else if ( LA23_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
                    alt23=4;
                }


                switch (alt23) {
            	case 1 :
            	    // InternalAssign.g:1492:4: ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1492:4: ({...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) ) )
            	    // InternalAssign.g:1493:5: {...}? => ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0)");
            	    }
            	    // InternalAssign.g:1493:108: ( ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) ) )
            	    // InternalAssign.g:1494:6: ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 0);
            	    					
            	    // InternalAssign.g:1497:9: ({...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) ) )
            	    // InternalAssign.g:1497:10: {...}? => (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1497:19: (otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) ) )
            	    // InternalAssign.g:1497:20: otherlv_3= 'arch' ( (lv_architecture_4_0= ruleName ) )
            	    {
            	    otherlv_3=(Token)match(input,45,FOLLOW_4); 

            	    									newLeafNode(otherlv_3, grammarAccess.getInlineBoardAccess().getArchKeyword_2_0_0());
            	    								
            	    // InternalAssign.g:1501:9: ( (lv_architecture_4_0= ruleName ) )
            	    // InternalAssign.g:1502:10: (lv_architecture_4_0= ruleName )
            	    {
            	    // InternalAssign.g:1502:10: (lv_architecture_4_0= ruleName )
            	    // InternalAssign.g:1503:11: lv_architecture_4_0= ruleName
            	    {

            	    											newCompositeNode(grammarAccess.getInlineBoardAccess().getArchitectureNameParserRuleCall_2_0_1_0());
            	    										
            	    pushFollow(FOLLOW_32);
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
            	    // InternalAssign.g:1526:4: ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1526:4: ({...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) ) )
            	    // InternalAssign.g:1527:5: {...}? => ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1)");
            	    }
            	    // InternalAssign.g:1527:108: ( ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) ) )
            	    // InternalAssign.g:1528:6: ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 1);
            	    					
            	    // InternalAssign.g:1531:9: ({...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) ) )
            	    // InternalAssign.g:1531:10: {...}? => (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1531:19: (otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) ) )
            	    // InternalAssign.g:1531:20: otherlv_5= 'page' ( (lv_pageSize_6_0= ruleSize ) )
            	    {
            	    otherlv_5=(Token)match(input,46,FOLLOW_11); 

            	    									newLeafNode(otherlv_5, grammarAccess.getInlineBoardAccess().getPageKeyword_2_1_0());
            	    								
            	    // InternalAssign.g:1535:9: ( (lv_pageSize_6_0= ruleSize ) )
            	    // InternalAssign.g:1536:10: (lv_pageSize_6_0= ruleSize )
            	    {
            	    // InternalAssign.g:1536:10: (lv_pageSize_6_0= ruleSize )
            	    // InternalAssign.g:1537:11: lv_pageSize_6_0= ruleSize
            	    {

            	    											newCompositeNode(grammarAccess.getInlineBoardAccess().getPageSizeSizeParserRuleCall_2_1_1_0());
            	    										
            	    pushFollow(FOLLOW_32);
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
            	    // InternalAssign.g:1560:4: ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1560:4: ({...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) ) )
            	    // InternalAssign.g:1561:5: {...}? => ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2)");
            	    }
            	    // InternalAssign.g:1561:108: ( ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) ) )
            	    // InternalAssign.g:1562:6: ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 2);
            	    					
            	    // InternalAssign.g:1565:9: ({...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) ) )
            	    // InternalAssign.g:1565:10: {...}? => (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1565:19: (otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) ) )
            	    // InternalAssign.g:1565:20: otherlv_7= 'kernel' ( (lv_kernelVersion_8_0= RULE_STRING ) )
            	    {
            	    otherlv_7=(Token)match(input,47,FOLLOW_8); 

            	    									newLeafNode(otherlv_7, grammarAccess.getInlineBoardAccess().getKernelKeyword_2_2_0());
            	    								
            	    // InternalAssign.g:1569:9: ( (lv_kernelVersion_8_0= RULE_STRING ) )
            	    // InternalAssign.g:1570:10: (lv_kernelVersion_8_0= RULE_STRING )
            	    {
            	    // InternalAssign.g:1570:10: (lv_kernelVersion_8_0= RULE_STRING )
            	    // InternalAssign.g:1571:11: lv_kernelVersion_8_0= RULE_STRING
            	    {
            	    lv_kernelVersion_8_0=(Token)match(input,RULE_STRING,FOLLOW_32); 

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
            	    // InternalAssign.g:1593:4: ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) )
            	    {
            	    // InternalAssign.g:1593:4: ({...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) ) )
            	    // InternalAssign.g:1594:5: {...}? => ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "getUnorderedGroupHelper().canSelect(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3)");
            	    }
            	    // InternalAssign.g:1594:108: ( ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) ) )
            	    // InternalAssign.g:1595:6: ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2(), 3);
            	    					
            	    // InternalAssign.g:1598:9: ({...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ ) )
            	    // InternalAssign.g:1598:10: {...}? => (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleInlineBoard", "true");
            	    }
            	    // InternalAssign.g:1598:19: (otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+ )
            	    // InternalAssign.g:1598:20: otherlv_9= 'capabilities' ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+
            	    {
            	    otherlv_9=(Token)match(input,48,FOLLOW_33); 

            	    									newLeafNode(otherlv_9, grammarAccess.getInlineBoardAccess().getCapabilitiesKeyword_2_3_0());
            	    								
            	    // InternalAssign.g:1602:9: ( (lv_kernelCapabilities_10_0= ruleKernelCapability ) )+
            	    int cnt22=0;
            	    loop22:
            	    do {
            	        int alt22=2;
            	        int LA22_0 = input.LA(1);

            	        if ( (LA22_0==68||(LA22_0>=72 && LA22_0<=74)||(LA22_0>=79 && LA22_0<=81)) ) {
            	            alt22=1;
            	        }


            	        switch (alt22) {
            	    	case 1 :
            	    	    // InternalAssign.g:1603:10: (lv_kernelCapabilities_10_0= ruleKernelCapability )
            	    	    {
            	    	    // InternalAssign.g:1603:10: (lv_kernelCapabilities_10_0= ruleKernelCapability )
            	    	    // InternalAssign.g:1604:11: lv_kernelCapabilities_10_0= ruleKernelCapability
            	    	    {

            	    	    											newCompositeNode(grammarAccess.getInlineBoardAccess().getKernelCapabilitiesKernelCapabilityEnumRuleCall_2_3_1_0());
            	    	    										
            	    	    pushFollow(FOLLOW_34);
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
            	    	    if ( cnt22 >= 1 ) break loop22;
            	                EarlyExitException eee =
            	                    new EarlyExitException(22, input);
            	                throw eee;
            	        }
            	        cnt22++;
            	    } while (true);


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop23;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getInlineBoardAccess().getUnorderedGroup_2());
            				

            }

            // InternalAssign.g:1634:3: ( ( (lv_devices_11_0= ruleDevice ) ) | ( (lv_iommuGroups_12_0= ruleIommuGroup ) ) )*
            loop24:
            do {
                int alt24=3;
                int LA24_0 = input.LA(1);

                if ( (LA24_0==49||LA24_0==54) ) {
                    alt24=1;
                }
                else if ( (LA24_0==31) ) {
                    alt24=2;
                }


                switch (alt24) {
            	case 1 :
            	    // InternalAssign.g:1635:4: ( (lv_devices_11_0= ruleDevice ) )
            	    {
            	    // InternalAssign.g:1635:4: ( (lv_devices_11_0= ruleDevice ) )
            	    // InternalAssign.g:1636:5: (lv_devices_11_0= ruleDevice )
            	    {
            	    // InternalAssign.g:1636:5: (lv_devices_11_0= ruleDevice )
            	    // InternalAssign.g:1637:6: lv_devices_11_0= ruleDevice
            	    {

            	    						newCompositeNode(grammarAccess.getInlineBoardAccess().getDevicesDeviceParserRuleCall_3_0_0());
            	    					
            	    pushFollow(FOLLOW_35);
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
            	    // InternalAssign.g:1655:4: ( (lv_iommuGroups_12_0= ruleIommuGroup ) )
            	    {
            	    // InternalAssign.g:1655:4: ( (lv_iommuGroups_12_0= ruleIommuGroup ) )
            	    // InternalAssign.g:1656:5: (lv_iommuGroups_12_0= ruleIommuGroup )
            	    {
            	    // InternalAssign.g:1656:5: (lv_iommuGroups_12_0= ruleIommuGroup )
            	    // InternalAssign.g:1657:6: lv_iommuGroups_12_0= ruleIommuGroup
            	    {

            	    						newCompositeNode(grammarAccess.getInlineBoardAccess().getIommuGroupsIommuGroupParserRuleCall_3_1_0());
            	    					
            	    pushFollow(FOLLOW_35);
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
            	    break loop24;
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
    // InternalAssign.g:1683:1: entryRuleDevice returns [EObject current=null] : iv_ruleDevice= ruleDevice EOF ;
    public final EObject entryRuleDevice() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDevice = null;


        try {
            // InternalAssign.g:1683:47: (iv_ruleDevice= ruleDevice EOF )
            // InternalAssign.g:1684:2: iv_ruleDevice= ruleDevice EOF
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
    // InternalAssign.g:1690:1: ruleDevice returns [EObject current=null] : (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice ) ;
    public final EObject ruleDevice() throws RecognitionException {
        EObject current = null;

        EObject this_PciDevice_0 = null;

        EObject this_PlatformDevice_1 = null;



        	enterRule();

        try {
            // InternalAssign.g:1696:2: ( (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice ) )
            // InternalAssign.g:1697:2: (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice )
            {
            // InternalAssign.g:1697:2: (this_PciDevice_0= rulePciDevice | this_PlatformDevice_1= rulePlatformDevice )
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==49) ) {
                alt25=1;
            }
            else if ( (LA25_0==54) ) {
                alt25=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 25, 0, input);

                throw nvae;
            }
            switch (alt25) {
                case 1 :
                    // InternalAssign.g:1698:3: this_PciDevice_0= rulePciDevice
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
                    // InternalAssign.g:1707:3: this_PlatformDevice_1= rulePlatformDevice
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
    // InternalAssign.g:1719:1: entryRulePciDevice returns [EObject current=null] : iv_rulePciDevice= rulePciDevice EOF ;
    public final EObject entryRulePciDevice() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePciDevice = null;


        try {
            // InternalAssign.g:1719:50: (iv_rulePciDevice= rulePciDevice EOF )
            // InternalAssign.g:1720:2: iv_rulePciDevice= rulePciDevice EOF
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
    // InternalAssign.g:1726:1: rulePciDevice returns [EObject current=null] : (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] ) ;
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
            // InternalAssign.g:1732:2: ( (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] ) )
            // InternalAssign.g:1733:2: (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] )
            {
            // InternalAssign.g:1733:2: (otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current] )
            // InternalAssign.g:1734:3: otherlv_0= 'pci' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) ) this_DeviceFacts_11= ruleDeviceFacts[$current]
            {
            otherlv_0=(Token)match(input,49,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getPciDeviceAccess().getPciKeyword_0());
            		
            // InternalAssign.g:1738:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:1739:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:1739:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:1740:5: lv_name_1_0= ruleName
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

            // InternalAssign.g:1757:3: ( (lv_sysfsName_2_0= RULE_STRING ) )
            // InternalAssign.g:1758:4: (lv_sysfsName_2_0= RULE_STRING )
            {
            // InternalAssign.g:1758:4: (lv_sysfsName_2_0= RULE_STRING )
            // InternalAssign.g:1759:5: lv_sysfsName_2_0= RULE_STRING
            {
            lv_sysfsName_2_0=(Token)match(input,RULE_STRING,FOLLOW_36); 

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

            // InternalAssign.g:1775:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) ) )
            // InternalAssign.g:1776:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) )
            {
            // InternalAssign.g:1776:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* ) )
            // InternalAssign.g:1777:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3());
            				
            // InternalAssign.g:1780:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )* )
            // InternalAssign.g:1781:6: ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )*
            {
            // InternalAssign.g:1781:6: ( ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) ) )*
            loop26:
            do {
                int alt26=5;
                int LA26_0 = input.LA(1);

                if ( LA26_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
                    alt26=1;
                }
                else if ( LA26_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
                    alt26=2;
                }
                else if ( LA26_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
                    alt26=3;
                }
                else if ( LA26_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
                    alt26=4;
                }


                switch (alt26) {
            	case 1 :
            	    // InternalAssign.g:1782:4: ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1782:4: ({...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) ) )
            	    // InternalAssign.g:1783:5: {...}? => ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0)");
            	    }
            	    // InternalAssign.g:1783:106: ( ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) ) )
            	    // InternalAssign.g:1784:6: ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 0);
            	    					
            	    // InternalAssign.g:1787:9: ({...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) ) )
            	    // InternalAssign.g:1787:10: {...}? => (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:1787:19: (otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) ) )
            	    // InternalAssign.g:1787:20: otherlv_4= 'vendor' ( (lv_vendorId_5_0= ruleInt32 ) )
            	    {
            	    otherlv_4=(Token)match(input,50,FOLLOW_11); 

            	    									newLeafNode(otherlv_4, grammarAccess.getPciDeviceAccess().getVendorKeyword_3_0_0());
            	    								
            	    // InternalAssign.g:1791:9: ( (lv_vendorId_5_0= ruleInt32 ) )
            	    // InternalAssign.g:1792:10: (lv_vendorId_5_0= ruleInt32 )
            	    {
            	    // InternalAssign.g:1792:10: (lv_vendorId_5_0= ruleInt32 )
            	    // InternalAssign.g:1793:11: lv_vendorId_5_0= ruleInt32
            	    {

            	    											newCompositeNode(grammarAccess.getPciDeviceAccess().getVendorIdInt32ParserRuleCall_3_0_1_0());
            	    										
            	    pushFollow(FOLLOW_36);
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
            	    // InternalAssign.g:1816:4: ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1816:4: ({...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) ) )
            	    // InternalAssign.g:1817:5: {...}? => ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1)");
            	    }
            	    // InternalAssign.g:1817:106: ( ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) ) )
            	    // InternalAssign.g:1818:6: ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 1);
            	    					
            	    // InternalAssign.g:1821:9: ({...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) ) )
            	    // InternalAssign.g:1821:10: {...}? => (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:1821:19: (otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) ) )
            	    // InternalAssign.g:1821:20: otherlv_6= 'device' ( (lv_deviceId_7_0= ruleInt32 ) )
            	    {
            	    otherlv_6=(Token)match(input,51,FOLLOW_11); 

            	    									newLeafNode(otherlv_6, grammarAccess.getPciDeviceAccess().getDeviceKeyword_3_1_0());
            	    								
            	    // InternalAssign.g:1825:9: ( (lv_deviceId_7_0= ruleInt32 ) )
            	    // InternalAssign.g:1826:10: (lv_deviceId_7_0= ruleInt32 )
            	    {
            	    // InternalAssign.g:1826:10: (lv_deviceId_7_0= ruleInt32 )
            	    // InternalAssign.g:1827:11: lv_deviceId_7_0= ruleInt32
            	    {

            	    											newCompositeNode(grammarAccess.getPciDeviceAccess().getDeviceIdInt32ParserRuleCall_3_1_1_0());
            	    										
            	    pushFollow(FOLLOW_36);
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
            	    // InternalAssign.g:1850:4: ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1850:4: ({...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) ) )
            	    // InternalAssign.g:1851:5: {...}? => ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2)");
            	    }
            	    // InternalAssign.g:1851:106: ( ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) ) )
            	    // InternalAssign.g:1852:6: ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 2);
            	    					
            	    // InternalAssign.g:1855:9: ({...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) ) )
            	    // InternalAssign.g:1855:10: {...}? => (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:1855:19: (otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) ) )
            	    // InternalAssign.g:1855:20: otherlv_8= 'class' ( (lv_classCode_9_0= ruleInt32 ) )
            	    {
            	    otherlv_8=(Token)match(input,52,FOLLOW_11); 

            	    									newLeafNode(otherlv_8, grammarAccess.getPciDeviceAccess().getClassKeyword_3_2_0());
            	    								
            	    // InternalAssign.g:1859:9: ( (lv_classCode_9_0= ruleInt32 ) )
            	    // InternalAssign.g:1860:10: (lv_classCode_9_0= ruleInt32 )
            	    {
            	    // InternalAssign.g:1860:10: (lv_classCode_9_0= ruleInt32 )
            	    // InternalAssign.g:1861:11: lv_classCode_9_0= ruleInt32
            	    {

            	    											newCompositeNode(grammarAccess.getPciDeviceAccess().getClassCodeInt32ParserRuleCall_3_2_1_0());
            	    										
            	    pushFollow(FOLLOW_36);
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
            	    // InternalAssign.g:1884:4: ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) )
            	    {
            	    // InternalAssign.g:1884:4: ({...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) ) )
            	    // InternalAssign.g:1885:5: {...}? => ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3)");
            	    }
            	    // InternalAssign.g:1885:106: ( ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) ) )
            	    // InternalAssign.g:1886:6: ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPciDeviceAccess().getUnorderedGroup_3(), 3);
            	    					
            	    // InternalAssign.g:1889:9: ({...}? => ( (lv_bridge_10_0= 'bridge' ) ) )
            	    // InternalAssign.g:1889:10: {...}? => ( (lv_bridge_10_0= 'bridge' ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePciDevice", "true");
            	    }
            	    // InternalAssign.g:1889:19: ( (lv_bridge_10_0= 'bridge' ) )
            	    // InternalAssign.g:1889:20: (lv_bridge_10_0= 'bridge' )
            	    {
            	    // InternalAssign.g:1889:20: (lv_bridge_10_0= 'bridge' )
            	    // InternalAssign.g:1890:10: lv_bridge_10_0= 'bridge'
            	    {
            	    lv_bridge_10_0=(Token)match(input,53,FOLLOW_36); 

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
            	    break loop26;
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
    // InternalAssign.g:1929:1: entryRulePlatformDevice returns [EObject current=null] : iv_rulePlatformDevice= rulePlatformDevice EOF ;
    public final EObject entryRulePlatformDevice() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlatformDevice = null;


        try {
            // InternalAssign.g:1929:55: (iv_rulePlatformDevice= rulePlatformDevice EOF )
            // InternalAssign.g:1930:2: iv_rulePlatformDevice= rulePlatformDevice EOF
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
    // InternalAssign.g:1936:1: rulePlatformDevice returns [EObject current=null] : (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] ) ;
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
            // InternalAssign.g:1942:2: ( (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] ) )
            // InternalAssign.g:1943:2: (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] )
            {
            // InternalAssign.g:1943:2: (otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current] )
            // InternalAssign.g:1944:3: otherlv_0= 'platform' ( (lv_name_1_0= ruleName ) ) ( (lv_sysfsName_2_0= RULE_STRING ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) ) this_DeviceFacts_10= ruleDeviceFacts[$current]
            {
            otherlv_0=(Token)match(input,54,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getPlatformDeviceAccess().getPlatformKeyword_0());
            		
            // InternalAssign.g:1948:3: ( (lv_name_1_0= ruleName ) )
            // InternalAssign.g:1949:4: (lv_name_1_0= ruleName )
            {
            // InternalAssign.g:1949:4: (lv_name_1_0= ruleName )
            // InternalAssign.g:1950:5: lv_name_1_0= ruleName
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

            // InternalAssign.g:1967:3: ( (lv_sysfsName_2_0= RULE_STRING ) )
            // InternalAssign.g:1968:4: (lv_sysfsName_2_0= RULE_STRING )
            {
            // InternalAssign.g:1968:4: (lv_sysfsName_2_0= RULE_STRING )
            // InternalAssign.g:1969:5: lv_sysfsName_2_0= RULE_STRING
            {
            lv_sysfsName_2_0=(Token)match(input,RULE_STRING,FOLLOW_37); 

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

            // InternalAssign.g:1985:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) ) )
            // InternalAssign.g:1986:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) )
            {
            // InternalAssign.g:1986:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* ) )
            // InternalAssign.g:1987:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3());
            				
            // InternalAssign.g:1990:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )* )
            // InternalAssign.g:1991:6: ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )*
            {
            // InternalAssign.g:1991:6: ( ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) ) )*
            loop28:
            do {
                int alt28=3;
                int LA28_0 = input.LA(1);

                if ( LA28_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
                    alt28=1;
                }
                else if ( LA28_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
                    alt28=2;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalAssign.g:1992:4: ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:1992:4: ({...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) ) )
            	    // InternalAssign.g:1993:5: {...}? => ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0)");
            	    }
            	    // InternalAssign.g:1993:111: ( ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) ) )
            	    // InternalAssign.g:1994:6: ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 0);
            	    					
            	    // InternalAssign.g:1997:9: ({...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) ) )
            	    // InternalAssign.g:1997:10: {...}? => (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "true");
            	    }
            	    // InternalAssign.g:1997:19: (otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) ) )
            	    // InternalAssign.g:1997:20: otherlv_4= 'path' ( (lv_dtPath_5_0= RULE_STRING ) )
            	    {
            	    otherlv_4=(Token)match(input,55,FOLLOW_8); 

            	    									newLeafNode(otherlv_4, grammarAccess.getPlatformDeviceAccess().getPathKeyword_3_0_0());
            	    								
            	    // InternalAssign.g:2001:9: ( (lv_dtPath_5_0= RULE_STRING ) )
            	    // InternalAssign.g:2002:10: (lv_dtPath_5_0= RULE_STRING )
            	    {
            	    // InternalAssign.g:2002:10: (lv_dtPath_5_0= RULE_STRING )
            	    // InternalAssign.g:2003:11: lv_dtPath_5_0= RULE_STRING
            	    {
            	    lv_dtPath_5_0=(Token)match(input,RULE_STRING,FOLLOW_37); 

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
            	    // InternalAssign.g:2025:4: ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) )
            	    {
            	    // InternalAssign.g:2025:4: ({...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) ) )
            	    // InternalAssign.g:2026:5: {...}? => ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "getUnorderedGroupHelper().canSelect(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1)");
            	    }
            	    // InternalAssign.g:2026:111: ( ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) ) )
            	    // InternalAssign.g:2027:6: ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getPlatformDeviceAccess().getUnorderedGroup_3(), 1);
            	    					
            	    // InternalAssign.g:2030:9: ({...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* ) )
            	    // InternalAssign.g:2030:10: {...}? => (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "rulePlatformDevice", "true");
            	    }
            	    // InternalAssign.g:2030:19: (otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )* )
            	    // InternalAssign.g:2030:20: otherlv_6= 'compatible' ( (lv_compatible_7_0= RULE_STRING ) ) (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,56,FOLLOW_8); 

            	    									newLeafNode(otherlv_6, grammarAccess.getPlatformDeviceAccess().getCompatibleKeyword_3_1_0());
            	    								
            	    // InternalAssign.g:2034:9: ( (lv_compatible_7_0= RULE_STRING ) )
            	    // InternalAssign.g:2035:10: (lv_compatible_7_0= RULE_STRING )
            	    {
            	    // InternalAssign.g:2035:10: (lv_compatible_7_0= RULE_STRING )
            	    // InternalAssign.g:2036:11: lv_compatible_7_0= RULE_STRING
            	    {
            	    lv_compatible_7_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

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

            	    // InternalAssign.g:2052:9: (otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) ) )*
            	    loop27:
            	    do {
            	        int alt27=2;
            	        int LA27_0 = input.LA(1);

            	        if ( (LA27_0==57) ) {
            	            alt27=1;
            	        }


            	        switch (alt27) {
            	    	case 1 :
            	    	    // InternalAssign.g:2053:10: otherlv_8= ',' ( (lv_compatible_9_0= RULE_STRING ) )
            	    	    {
            	    	    otherlv_8=(Token)match(input,57,FOLLOW_8); 

            	    	    										newLeafNode(otherlv_8, grammarAccess.getPlatformDeviceAccess().getCommaKeyword_3_1_2_0());
            	    	    									
            	    	    // InternalAssign.g:2057:10: ( (lv_compatible_9_0= RULE_STRING ) )
            	    	    // InternalAssign.g:2058:11: (lv_compatible_9_0= RULE_STRING )
            	    	    {
            	    	    // InternalAssign.g:2058:11: (lv_compatible_9_0= RULE_STRING )
            	    	    // InternalAssign.g:2059:12: lv_compatible_9_0= RULE_STRING
            	    	    {
            	    	    lv_compatible_9_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

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
            	    	    break loop27;
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
            	    break loop28;
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
    // InternalAssign.g:2105:1: ruleDeviceFacts[EObject in_current] returns [EObject current=in_current] : ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? ) ;
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
            // InternalAssign.g:2111:2: ( ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? ) )
            // InternalAssign.g:2112:2: ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? )
            {
            // InternalAssign.g:2112:2: ( ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )? )
            // InternalAssign.g:2113:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) ) (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )?
            {
            // InternalAssign.g:2113:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) ) )
            // InternalAssign.g:2114:4: ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) )
            {
            // InternalAssign.g:2114:4: ( ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* ) )
            // InternalAssign.g:2115:5: ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            				
            // InternalAssign.g:2118:5: ( ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )* )
            // InternalAssign.g:2119:6: ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )*
            {
            // InternalAssign.g:2119:6: ( ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) ) )*
            loop31:
            do {
                int alt31=5;
                int LA31_0 = input.LA(1);

                if ( LA31_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
                    alt31=1;
                }
                else if ( LA31_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
                    alt31=2;
                }
                else if ( LA31_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
                    alt31=3;
                }
                else if ( LA31_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
                    alt31=4;
                }


                switch (alt31) {
            	case 1 :
            	    // InternalAssign.g:2120:4: ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2120:4: ({...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) ) )
            	    // InternalAssign.g:2121:5: {...}? => ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0)");
            	    }
            	    // InternalAssign.g:2121:108: ( ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) ) )
            	    // InternalAssign.g:2122:6: ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 0);
            	    					
            	    // InternalAssign.g:2125:9: ({...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) ) )
            	    // InternalAssign.g:2125:10: {...}? => (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2125:19: (otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) ) )
            	    // InternalAssign.g:2125:20: otherlv_1= 'driver' ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) )
            	    {
            	    otherlv_1=(Token)match(input,33,FOLLOW_13); 

            	    									newLeafNode(otherlv_1, grammarAccess.getDeviceFactsAccess().getDriverKeyword_0_0_0());
            	    								
            	    // InternalAssign.g:2129:9: ( ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) ) )
            	    // InternalAssign.g:2130:10: ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) )
            	    {
            	    // InternalAssign.g:2130:10: ( (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING ) )
            	    // InternalAssign.g:2131:11: (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING )
            	    {
            	    // InternalAssign.g:2131:11: (lv_driver_2_1= ruleName | lv_driver_2_2= RULE_STRING )
            	    int alt29=2;
            	    int LA29_0 = input.LA(1);

            	    if ( (LA29_0==RULE_ID||LA29_0==12||(LA29_0>=15 && LA29_0<=16)||(LA29_0>=18 && LA29_0<=23)||(LA29_0>=25 && LA29_0<=30)||(LA29_0>=33 && LA29_0<=37)||LA29_0==39||LA29_0==42||(LA29_0>=45 && LA29_0<=56)||(LA29_0>=58 && LA29_0<=60)||(LA29_0>=62 && LA29_0<=64)||(LA29_0>=66 && LA29_0<=69)||(LA29_0>=71 && LA29_0<=95)) ) {
            	        alt29=1;
            	    }
            	    else if ( (LA29_0==RULE_STRING) ) {
            	        alt29=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 29, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt29) {
            	        case 1 :
            	            // InternalAssign.g:2132:12: lv_driver_2_1= ruleName
            	            {

            	            												newCompositeNode(grammarAccess.getDeviceFactsAccess().getDriverNameParserRuleCall_0_0_1_0_0());
            	            											
            	            pushFollow(FOLLOW_39);
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
            	            // InternalAssign.g:2148:12: lv_driver_2_2= RULE_STRING
            	            {
            	            lv_driver_2_2=(Token)match(input,RULE_STRING,FOLLOW_39); 

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
            	    // InternalAssign.g:2171:4: ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2171:4: ({...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) ) )
            	    // InternalAssign.g:2172:5: {...}? => ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1)");
            	    }
            	    // InternalAssign.g:2172:108: ( ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) ) )
            	    // InternalAssign.g:2173:6: ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 1);
            	    					
            	    // InternalAssign.g:2176:9: ({...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) ) )
            	    // InternalAssign.g:2176:10: {...}? => (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2176:19: (otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) ) )
            	    // InternalAssign.g:2176:20: otherlv_3= 'protected' ( (lv_protection_4_0= ruleProtection ) )
            	    {
            	    otherlv_3=(Token)match(input,58,FOLLOW_40); 

            	    									newLeafNode(otherlv_3, grammarAccess.getDeviceFactsAccess().getProtectedKeyword_0_1_0());
            	    								
            	    // InternalAssign.g:2180:9: ( (lv_protection_4_0= ruleProtection ) )
            	    // InternalAssign.g:2181:10: (lv_protection_4_0= ruleProtection )
            	    {
            	    // InternalAssign.g:2181:10: (lv_protection_4_0= ruleProtection )
            	    // InternalAssign.g:2182:11: lv_protection_4_0= ruleProtection
            	    {

            	    											newCompositeNode(grammarAccess.getDeviceFactsAccess().getProtectionProtectionEnumRuleCall_0_1_1_0());
            	    										
            	    pushFollow(FOLLOW_39);
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
            	    // InternalAssign.g:2205:4: ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) )
            	    {
            	    // InternalAssign.g:2205:4: ({...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) ) )
            	    // InternalAssign.g:2206:5: {...}? => ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2)");
            	    }
            	    // InternalAssign.g:2206:108: ( ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) ) )
            	    // InternalAssign.g:2207:6: ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 2);
            	    					
            	    // InternalAssign.g:2210:9: ({...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* ) )
            	    // InternalAssign.g:2210:10: {...}? => (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2210:19: (otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )* )
            	    // InternalAssign.g:2210:20: otherlv_5= 'reset' ( (lv_resetMethods_6_0= ruleName ) ) (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )*
            	    {
            	    otherlv_5=(Token)match(input,35,FOLLOW_4); 

            	    									newLeafNode(otherlv_5, grammarAccess.getDeviceFactsAccess().getResetKeyword_0_2_0());
            	    								
            	    // InternalAssign.g:2214:9: ( (lv_resetMethods_6_0= ruleName ) )
            	    // InternalAssign.g:2215:10: (lv_resetMethods_6_0= ruleName )
            	    {
            	    // InternalAssign.g:2215:10: (lv_resetMethods_6_0= ruleName )
            	    // InternalAssign.g:2216:11: lv_resetMethods_6_0= ruleName
            	    {

            	    											newCompositeNode(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_1_0());
            	    										
            	    pushFollow(FOLLOW_41);
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

            	    // InternalAssign.g:2233:9: (otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) ) )*
            	    loop30:
            	    do {
            	        int alt30=2;
            	        int LA30_0 = input.LA(1);

            	        if ( (LA30_0==57) ) {
            	            alt30=1;
            	        }


            	        switch (alt30) {
            	    	case 1 :
            	    	    // InternalAssign.g:2234:10: otherlv_7= ',' ( (lv_resetMethods_8_0= ruleName ) )
            	    	    {
            	    	    otherlv_7=(Token)match(input,57,FOLLOW_4); 

            	    	    										newLeafNode(otherlv_7, grammarAccess.getDeviceFactsAccess().getCommaKeyword_0_2_2_0());
            	    	    									
            	    	    // InternalAssign.g:2238:10: ( (lv_resetMethods_8_0= ruleName ) )
            	    	    // InternalAssign.g:2239:11: (lv_resetMethods_8_0= ruleName )
            	    	    {
            	    	    // InternalAssign.g:2239:11: (lv_resetMethods_8_0= ruleName )
            	    	    // InternalAssign.g:2240:12: lv_resetMethods_8_0= ruleName
            	    	    {

            	    	    												newCompositeNode(grammarAccess.getDeviceFactsAccess().getResetMethodsNameParserRuleCall_0_2_2_1_0());
            	    	    											
            	    	    pushFollow(FOLLOW_41);
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
            	    	    break loop30;
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
            	    // InternalAssign.g:2264:4: ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) )
            	    {
            	    // InternalAssign.g:2264:4: ({...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) ) )
            	    // InternalAssign.g:2265:5: {...}? => ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "getUnorderedGroupHelper().canSelect(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3)");
            	    }
            	    // InternalAssign.g:2265:108: ( ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) ) )
            	    // InternalAssign.g:2266:6: ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0(), 3);
            	    					
            	    // InternalAssign.g:2269:9: ({...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) ) )
            	    // InternalAssign.g:2269:10: {...}? => (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleDeviceFacts", "true");
            	    }
            	    // InternalAssign.g:2269:19: (otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) ) )
            	    // InternalAssign.g:2269:20: otherlv_9= 'dma-mask' ( (lv_dmaMaskBits_10_0= RULE_INT ) )
            	    {
            	    otherlv_9=(Token)match(input,59,FOLLOW_12); 

            	    									newLeafNode(otherlv_9, grammarAccess.getDeviceFactsAccess().getDmaMaskKeyword_0_3_0());
            	    								
            	    // InternalAssign.g:2273:9: ( (lv_dmaMaskBits_10_0= RULE_INT ) )
            	    // InternalAssign.g:2274:10: (lv_dmaMaskBits_10_0= RULE_INT )
            	    {
            	    // InternalAssign.g:2274:10: (lv_dmaMaskBits_10_0= RULE_INT )
            	    // InternalAssign.g:2275:11: lv_dmaMaskBits_10_0= RULE_INT
            	    {
            	    lv_dmaMaskBits_10_0=(Token)match(input,RULE_INT,FOLLOW_39); 

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
            	    break loop31;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getDeviceFactsAccess().getUnorderedGroup_0());
            				

            }

            // InternalAssign.g:2304:3: (otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}' )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==17) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalAssign.g:2305:4: otherlv_11= '{' ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )* otherlv_14= '}'
                    {
                    otherlv_11=(Token)match(input,17,FOLLOW_42); 

                    				newLeafNode(otherlv_11, grammarAccess.getDeviceFactsAccess().getLeftCurlyBracketKeyword_1_0());
                    			
                    // InternalAssign.g:2309:4: ( ( (lv_regions_12_0= ruleRegion ) ) | ( (lv_interrupts_13_0= ruleInterrupt ) ) )*
                    loop32:
                    do {
                        int alt32=3;
                        int LA32_0 = input.LA(1);

                        if ( (LA32_0==60) ) {
                            alt32=1;
                        }
                        else if ( (LA32_0==39) ) {
                            alt32=2;
                        }


                        switch (alt32) {
                    	case 1 :
                    	    // InternalAssign.g:2310:5: ( (lv_regions_12_0= ruleRegion ) )
                    	    {
                    	    // InternalAssign.g:2310:5: ( (lv_regions_12_0= ruleRegion ) )
                    	    // InternalAssign.g:2311:6: (lv_regions_12_0= ruleRegion )
                    	    {
                    	    // InternalAssign.g:2311:6: (lv_regions_12_0= ruleRegion )
                    	    // InternalAssign.g:2312:7: lv_regions_12_0= ruleRegion
                    	    {

                    	    							newCompositeNode(grammarAccess.getDeviceFactsAccess().getRegionsRegionParserRuleCall_1_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_42);
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
                    	    // InternalAssign.g:2330:5: ( (lv_interrupts_13_0= ruleInterrupt ) )
                    	    {
                    	    // InternalAssign.g:2330:5: ( (lv_interrupts_13_0= ruleInterrupt ) )
                    	    // InternalAssign.g:2331:6: (lv_interrupts_13_0= ruleInterrupt )
                    	    {
                    	    // InternalAssign.g:2331:6: (lv_interrupts_13_0= ruleInterrupt )
                    	    // InternalAssign.g:2332:7: lv_interrupts_13_0= ruleInterrupt
                    	    {

                    	    							newCompositeNode(grammarAccess.getDeviceFactsAccess().getInterruptsInterruptParserRuleCall_1_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_42);
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
                    	    break loop32;
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
    // InternalAssign.g:2359:1: entryRuleRegion returns [EObject current=null] : iv_ruleRegion= ruleRegion EOF ;
    public final EObject entryRuleRegion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRegion = null;


        try {
            // InternalAssign.g:2359:47: (iv_ruleRegion= ruleRegion EOF )
            // InternalAssign.g:2360:2: iv_ruleRegion= ruleRegion EOF
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
    // InternalAssign.g:2366:1: ruleRegion returns [EObject current=null] : (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? ) ;
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
            // InternalAssign.g:2372:2: ( (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? ) )
            // InternalAssign.g:2373:2: (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? )
            {
            // InternalAssign.g:2373:2: (otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )? )
            // InternalAssign.g:2374:3: otherlv_0= 'region' ( (lv_name_1_0= ruleRegionName ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) ( (lv_kind_4_0= ruleRegionKind ) )? (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )? otherlv_7= 'size' ( (lv_size_8_0= ruleSize ) ) ( (lv_readable_9_0= 'read' ) )? ( (lv_writable_10_0= 'write' ) )? ( (lv_mmappable_11_0= 'mmap' ) )?
            {
            otherlv_0=(Token)match(input,60,FOLLOW_13); 

            			newLeafNode(otherlv_0, grammarAccess.getRegionAccess().getRegionKeyword_0());
            		
            // InternalAssign.g:2378:3: ( (lv_name_1_0= ruleRegionName ) )
            // InternalAssign.g:2379:4: (lv_name_1_0= ruleRegionName )
            {
            // InternalAssign.g:2379:4: (lv_name_1_0= ruleRegionName )
            // InternalAssign.g:2380:5: lv_name_1_0= ruleRegionName
            {

            					newCompositeNode(grammarAccess.getRegionAccess().getNameRegionNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_43);
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

            otherlv_2=(Token)match(input,61,FOLLOW_12); 

            			newLeafNode(otherlv_2, grammarAccess.getRegionAccess().getIndexKeyword_2());
            		
            // InternalAssign.g:2401:3: ( (lv_index_3_0= RULE_INT ) )
            // InternalAssign.g:2402:4: (lv_index_3_0= RULE_INT )
            {
            // InternalAssign.g:2402:4: (lv_index_3_0= RULE_INT )
            // InternalAssign.g:2403:5: lv_index_3_0= RULE_INT
            {
            lv_index_3_0=(Token)match(input,RULE_INT,FOLLOW_44); 

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

            // InternalAssign.g:2419:3: ( (lv_kind_4_0= ruleRegionKind ) )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==12||(LA34_0>=87 && LA34_0<=90)) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalAssign.g:2420:4: (lv_kind_4_0= ruleRegionKind )
                    {
                    // InternalAssign.g:2420:4: (lv_kind_4_0= ruleRegionKind )
                    // InternalAssign.g:2421:5: lv_kind_4_0= ruleRegionKind
                    {

                    					newCompositeNode(grammarAccess.getRegionAccess().getKindRegionKindEnumRuleCall_4_0());
                    				
                    pushFollow(FOLLOW_45);
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

            // InternalAssign.g:2438:3: (otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) ) )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==43) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalAssign.g:2439:4: otherlv_5= 'at' ( (lv_base_6_0= ruleNumber ) )
                    {
                    otherlv_5=(Token)match(input,43,FOLLOW_11); 

                    				newLeafNode(otherlv_5, grammarAccess.getRegionAccess().getAtKeyword_5_0());
                    			
                    // InternalAssign.g:2443:4: ( (lv_base_6_0= ruleNumber ) )
                    // InternalAssign.g:2444:5: (lv_base_6_0= ruleNumber )
                    {
                    // InternalAssign.g:2444:5: (lv_base_6_0= ruleNumber )
                    // InternalAssign.g:2445:6: lv_base_6_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getRegionAccess().getBaseNumberParserRuleCall_5_1_0());
                    					
                    pushFollow(FOLLOW_29);
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

            otherlv_7=(Token)match(input,44,FOLLOW_11); 

            			newLeafNode(otherlv_7, grammarAccess.getRegionAccess().getSizeKeyword_6());
            		
            // InternalAssign.g:2467:3: ( (lv_size_8_0= ruleSize ) )
            // InternalAssign.g:2468:4: (lv_size_8_0= ruleSize )
            {
            // InternalAssign.g:2468:4: (lv_size_8_0= ruleSize )
            // InternalAssign.g:2469:5: lv_size_8_0= ruleSize
            {

            					newCompositeNode(grammarAccess.getRegionAccess().getSizeSizeParserRuleCall_7_0());
            				
            pushFollow(FOLLOW_46);
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

            // InternalAssign.g:2486:3: ( (lv_readable_9_0= 'read' ) )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==62) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalAssign.g:2487:4: (lv_readable_9_0= 'read' )
                    {
                    // InternalAssign.g:2487:4: (lv_readable_9_0= 'read' )
                    // InternalAssign.g:2488:5: lv_readable_9_0= 'read'
                    {
                    lv_readable_9_0=(Token)match(input,62,FOLLOW_47); 

                    					newLeafNode(lv_readable_9_0, grammarAccess.getRegionAccess().getReadableReadKeyword_8_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getRegionRule());
                    					}
                    					setWithLastConsumed(current, "readable", lv_readable_9_0 != null, "read");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2500:3: ( (lv_writable_10_0= 'write' ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==63) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalAssign.g:2501:4: (lv_writable_10_0= 'write' )
                    {
                    // InternalAssign.g:2501:4: (lv_writable_10_0= 'write' )
                    // InternalAssign.g:2502:5: lv_writable_10_0= 'write'
                    {
                    lv_writable_10_0=(Token)match(input,63,FOLLOW_48); 

                    					newLeafNode(lv_writable_10_0, grammarAccess.getRegionAccess().getWritableWriteKeyword_9_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getRegionRule());
                    					}
                    					setWithLastConsumed(current, "writable", lv_writable_10_0 != null, "write");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2514:3: ( (lv_mmappable_11_0= 'mmap' ) )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==64) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalAssign.g:2515:4: (lv_mmappable_11_0= 'mmap' )
                    {
                    // InternalAssign.g:2515:4: (lv_mmappable_11_0= 'mmap' )
                    // InternalAssign.g:2516:5: lv_mmappable_11_0= 'mmap'
                    {
                    lv_mmappable_11_0=(Token)match(input,64,FOLLOW_2); 

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
    // InternalAssign.g:2532:1: entryRuleInterrupt returns [EObject current=null] : iv_ruleInterrupt= ruleInterrupt EOF ;
    public final EObject entryRuleInterrupt() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleInterrupt = null;


        try {
            // InternalAssign.g:2532:50: (iv_ruleInterrupt= ruleInterrupt EOF )
            // InternalAssign.g:2533:2: iv_ruleInterrupt= ruleInterrupt EOF
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
    // InternalAssign.g:2539:1: ruleInterrupt returns [EObject current=null] : (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? ) ;
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
            // InternalAssign.g:2545:2: ( (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? ) )
            // InternalAssign.g:2546:2: (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? )
            {
            // InternalAssign.g:2546:2: (otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )? )
            // InternalAssign.g:2547:3: otherlv_0= 'irq' ( (lv_kind_1_0= ruleInterruptKind ) ) otherlv_2= 'index' ( (lv_index_3_0= RULE_INT ) ) (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )? ( (lv_eventfd_6_0= 'eventfd' ) )? ( (lv_maskable_7_0= 'maskable' ) )? ( (lv_automasked_8_0= 'automasked' ) )?
            {
            otherlv_0=(Token)match(input,39,FOLLOW_49); 

            			newLeafNode(otherlv_0, grammarAccess.getInterruptAccess().getIrqKeyword_0());
            		
            // InternalAssign.g:2551:3: ( (lv_kind_1_0= ruleInterruptKind ) )
            // InternalAssign.g:2552:4: (lv_kind_1_0= ruleInterruptKind )
            {
            // InternalAssign.g:2552:4: (lv_kind_1_0= ruleInterruptKind )
            // InternalAssign.g:2553:5: lv_kind_1_0= ruleInterruptKind
            {

            					newCompositeNode(grammarAccess.getInterruptAccess().getKindInterruptKindEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_43);
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

            otherlv_2=(Token)match(input,61,FOLLOW_12); 

            			newLeafNode(otherlv_2, grammarAccess.getInterruptAccess().getIndexKeyword_2());
            		
            // InternalAssign.g:2574:3: ( (lv_index_3_0= RULE_INT ) )
            // InternalAssign.g:2575:4: (lv_index_3_0= RULE_INT )
            {
            // InternalAssign.g:2575:4: (lv_index_3_0= RULE_INT )
            // InternalAssign.g:2576:5: lv_index_3_0= RULE_INT
            {
            lv_index_3_0=(Token)match(input,RULE_INT,FOLLOW_50); 

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

            // InternalAssign.g:2592:3: (otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==41) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalAssign.g:2593:4: otherlv_4= 'count' ( (lv_count_5_0= RULE_INT ) )
                    {
                    otherlv_4=(Token)match(input,41,FOLLOW_12); 

                    				newLeafNode(otherlv_4, grammarAccess.getInterruptAccess().getCountKeyword_4_0());
                    			
                    // InternalAssign.g:2597:4: ( (lv_count_5_0= RULE_INT ) )
                    // InternalAssign.g:2598:5: (lv_count_5_0= RULE_INT )
                    {
                    // InternalAssign.g:2598:5: (lv_count_5_0= RULE_INT )
                    // InternalAssign.g:2599:6: lv_count_5_0= RULE_INT
                    {
                    lv_count_5_0=(Token)match(input,RULE_INT,FOLLOW_51); 

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

            // InternalAssign.g:2616:3: ( (lv_eventfd_6_0= 'eventfd' ) )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==65) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalAssign.g:2617:4: (lv_eventfd_6_0= 'eventfd' )
                    {
                    // InternalAssign.g:2617:4: (lv_eventfd_6_0= 'eventfd' )
                    // InternalAssign.g:2618:5: lv_eventfd_6_0= 'eventfd'
                    {
                    lv_eventfd_6_0=(Token)match(input,65,FOLLOW_52); 

                    					newLeafNode(lv_eventfd_6_0, grammarAccess.getInterruptAccess().getEventfdEventfdKeyword_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getInterruptRule());
                    					}
                    					setWithLastConsumed(current, "eventfd", lv_eventfd_6_0 != null, "eventfd");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2630:3: ( (lv_maskable_7_0= 'maskable' ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==66) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalAssign.g:2631:4: (lv_maskable_7_0= 'maskable' )
                    {
                    // InternalAssign.g:2631:4: (lv_maskable_7_0= 'maskable' )
                    // InternalAssign.g:2632:5: lv_maskable_7_0= 'maskable'
                    {
                    lv_maskable_7_0=(Token)match(input,66,FOLLOW_53); 

                    					newLeafNode(lv_maskable_7_0, grammarAccess.getInterruptAccess().getMaskableMaskableKeyword_6_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getInterruptRule());
                    					}
                    					setWithLastConsumed(current, "maskable", lv_maskable_7_0 != null, "maskable");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2644:3: ( (lv_automasked_8_0= 'automasked' ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==67) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalAssign.g:2645:4: (lv_automasked_8_0= 'automasked' )
                    {
                    // InternalAssign.g:2645:4: (lv_automasked_8_0= 'automasked' )
                    // InternalAssign.g:2646:5: lv_automasked_8_0= 'automasked'
                    {
                    lv_automasked_8_0=(Token)match(input,67,FOLLOW_2); 

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
    // InternalAssign.g:2662:1: entryRuleIommuGroup returns [EObject current=null] : iv_ruleIommuGroup= ruleIommuGroup EOF ;
    public final EObject entryRuleIommuGroup() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIommuGroup = null;


        try {
            // InternalAssign.g:2662:51: (iv_ruleIommuGroup= ruleIommuGroup EOF )
            // InternalAssign.g:2663:2: iv_ruleIommuGroup= ruleIommuGroup EOF
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
    // InternalAssign.g:2669:1: ruleIommuGroup returns [EObject current=null] : (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' ) ;
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
            // InternalAssign.g:2675:2: ( (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' ) )
            // InternalAssign.g:2676:2: (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' )
            {
            // InternalAssign.g:2676:2: (otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}' )
            // InternalAssign.g:2677:3: otherlv_0= 'group' ( (lv_id_1_0= RULE_INT ) ) ( (lv_noIommu_2_0= 'noiommu' ) )? (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )? otherlv_7= '{' ( ( ruleDeviceRef ) )* otherlv_9= '}'
            {
            otherlv_0=(Token)match(input,31,FOLLOW_12); 

            			newLeafNode(otherlv_0, grammarAccess.getIommuGroupAccess().getGroupKeyword_0());
            		
            // InternalAssign.g:2681:3: ( (lv_id_1_0= RULE_INT ) )
            // InternalAssign.g:2682:4: (lv_id_1_0= RULE_INT )
            {
            // InternalAssign.g:2682:4: (lv_id_1_0= RULE_INT )
            // InternalAssign.g:2683:5: lv_id_1_0= RULE_INT
            {
            lv_id_1_0=(Token)match(input,RULE_INT,FOLLOW_54); 

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

            // InternalAssign.g:2699:3: ( (lv_noIommu_2_0= 'noiommu' ) )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==68) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalAssign.g:2700:4: (lv_noIommu_2_0= 'noiommu' )
                    {
                    // InternalAssign.g:2700:4: (lv_noIommu_2_0= 'noiommu' )
                    // InternalAssign.g:2701:5: lv_noIommu_2_0= 'noiommu'
                    {
                    lv_noIommu_2_0=(Token)match(input,68,FOLLOW_55); 

                    					newLeafNode(lv_noIommu_2_0, grammarAccess.getIommuGroupAccess().getNoIommuNoiommuKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getIommuGroupRule());
                    					}
                    					setWithLastConsumed(current, "noIommu", lv_noIommu_2_0 != null, "noiommu");
                    				

                    }


                    }
                    break;

            }

            // InternalAssign.g:2713:3: (otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )* )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==69) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalAssign.g:2714:4: otherlv_3= 'iova' ( (lv_iovaRanges_4_0= ruleIovaRange ) ) (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )*
                    {
                    otherlv_3=(Token)match(input,69,FOLLOW_11); 

                    				newLeafNode(otherlv_3, grammarAccess.getIommuGroupAccess().getIovaKeyword_3_0());
                    			
                    // InternalAssign.g:2718:4: ( (lv_iovaRanges_4_0= ruleIovaRange ) )
                    // InternalAssign.g:2719:5: (lv_iovaRanges_4_0= ruleIovaRange )
                    {
                    // InternalAssign.g:2719:5: (lv_iovaRanges_4_0= ruleIovaRange )
                    // InternalAssign.g:2720:6: lv_iovaRanges_4_0= ruleIovaRange
                    {

                    						newCompositeNode(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_56);
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

                    // InternalAssign.g:2737:4: (otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) ) )*
                    loop44:
                    do {
                        int alt44=2;
                        int LA44_0 = input.LA(1);

                        if ( (LA44_0==57) ) {
                            alt44=1;
                        }


                        switch (alt44) {
                    	case 1 :
                    	    // InternalAssign.g:2738:5: otherlv_5= ',' ( (lv_iovaRanges_6_0= ruleIovaRange ) )
                    	    {
                    	    otherlv_5=(Token)match(input,57,FOLLOW_11); 

                    	    					newLeafNode(otherlv_5, grammarAccess.getIommuGroupAccess().getCommaKeyword_3_2_0());
                    	    				
                    	    // InternalAssign.g:2742:5: ( (lv_iovaRanges_6_0= ruleIovaRange ) )
                    	    // InternalAssign.g:2743:6: (lv_iovaRanges_6_0= ruleIovaRange )
                    	    {
                    	    // InternalAssign.g:2743:6: (lv_iovaRanges_6_0= ruleIovaRange )
                    	    // InternalAssign.g:2744:7: lv_iovaRanges_6_0= ruleIovaRange
                    	    {

                    	    							newCompositeNode(grammarAccess.getIommuGroupAccess().getIovaRangesIovaRangeParserRuleCall_3_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_56);
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
                    	    break loop44;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_7=(Token)match(input,17,FOLLOW_57); 

            			newLeafNode(otherlv_7, grammarAccess.getIommuGroupAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalAssign.g:2767:3: ( ( ruleDeviceRef ) )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==RULE_STRING||LA46_0==RULE_ID||LA46_0==12||(LA46_0>=15 && LA46_0<=16)||(LA46_0>=18 && LA46_0<=23)||(LA46_0>=25 && LA46_0<=30)||(LA46_0>=33 && LA46_0<=37)||LA46_0==39||LA46_0==42||(LA46_0>=45 && LA46_0<=56)||(LA46_0>=58 && LA46_0<=60)||(LA46_0>=62 && LA46_0<=64)||(LA46_0>=66 && LA46_0<=69)||(LA46_0>=71 && LA46_0<=95)) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalAssign.g:2768:4: ( ruleDeviceRef )
            	    {
            	    // InternalAssign.g:2768:4: ( ruleDeviceRef )
            	    // InternalAssign.g:2769:5: ruleDeviceRef
            	    {

            	    					if (current==null) {
            	    						current = createModelElement(grammarAccess.getIommuGroupRule());
            	    					}
            	    				

            	    					newCompositeNode(grammarAccess.getIommuGroupAccess().getDevicesDeviceCrossReference_5_0());
            	    				
            	    pushFollow(FOLLOW_57);
            	    ruleDeviceRef();

            	    state._fsp--;


            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop46;
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
    // InternalAssign.g:2791:1: entryRuleIovaRange returns [EObject current=null] : iv_ruleIovaRange= ruleIovaRange EOF ;
    public final EObject entryRuleIovaRange() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIovaRange = null;


        try {
            // InternalAssign.g:2791:50: (iv_ruleIovaRange= ruleIovaRange EOF )
            // InternalAssign.g:2792:2: iv_ruleIovaRange= ruleIovaRange EOF
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
    // InternalAssign.g:2798:1: ruleIovaRange returns [EObject current=null] : ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) ) ;
    public final EObject ruleIovaRange() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        AntlrDatatypeRuleToken lv_start_0_0 = null;

        AntlrDatatypeRuleToken lv_last_2_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:2804:2: ( ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) ) )
            // InternalAssign.g:2805:2: ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) )
            {
            // InternalAssign.g:2805:2: ( ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) ) )
            // InternalAssign.g:2806:3: ( (lv_start_0_0= ruleNumber ) ) otherlv_1= '..' ( (lv_last_2_0= ruleNumber ) )
            {
            // InternalAssign.g:2806:3: ( (lv_start_0_0= ruleNumber ) )
            // InternalAssign.g:2807:4: (lv_start_0_0= ruleNumber )
            {
            // InternalAssign.g:2807:4: (lv_start_0_0= ruleNumber )
            // InternalAssign.g:2808:5: lv_start_0_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getIovaRangeAccess().getStartNumberParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_58);
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

            otherlv_1=(Token)match(input,70,FOLLOW_11); 

            			newLeafNode(otherlv_1, grammarAccess.getIovaRangeAccess().getFullStopFullStopKeyword_1());
            		
            // InternalAssign.g:2829:3: ( (lv_last_2_0= ruleNumber ) )
            // InternalAssign.g:2830:4: (lv_last_2_0= ruleNumber )
            {
            // InternalAssign.g:2830:4: (lv_last_2_0= ruleNumber )
            // InternalAssign.g:2831:5: lv_last_2_0= ruleNumber
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
    // InternalAssign.g:2852:1: entryRuleName returns [String current=null] : iv_ruleName= ruleName EOF ;
    public final String entryRuleName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleName = null;


        try {
            // InternalAssign.g:2852:44: (iv_ruleName= ruleName EOF )
            // InternalAssign.g:2853:2: iv_ruleName= ruleName EOF
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
    // InternalAssign.g:2859:1: ruleName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' ) ;
    public final AntlrDatatypeRuleToken ruleName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;


        	enterRule();

        try {
            // InternalAssign.g:2865:2: ( (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' ) )
            // InternalAssign.g:2866:2: (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' )
            {
            // InternalAssign.g:2866:2: (this_ID_0= RULE_ID | kw= 'config' | kw= 'import' | kw= 'vm' | kw= 'userspace' | kw= 'probe' | kw= 'assign' | kw= 'memory' | kw= 'vcpus' | kw= 'machine' | kw= 'memlock' | kw= 'qemu' | kw= 'libvirt' | kw= 'uid' | kw= 'gid' | kw= 'socket' | kw= 'driver' | kw= 'open' | kw= 'reset' | kw= 'persistent' | kw= 'map' | kw= 'irq' | kw= 'dma' | kw= 'auto' | kw= 'vfio-pci' | kw= 'vfio-platform' | kw= 'vfio-fsl-mc' | kw= 'cdev' | kw= 'if-available' | kw= 'required' | kw= 'never' | kw= 'arch' | kw= 'page' | kw= 'kernel' | kw= 'capabilities' | kw= 'vfio-cdev' | kw= 'iommufd' | kw= 'noiommu' | kw= 'type1v2' | kw= 'pci' | kw= 'platform' | kw= 'vendor' | kw= 'device' | kw= 'class' | kw= 'bridge' | kw= 'path' | kw= 'compatible' | kw= 'protected' | kw= 'dma-mask' | kw= 'iova' | kw= 'none' | kw= 'root-filesystem' | kw= 'agent-connection' | kw= 'management' | kw= 'policy' | kw= 'region' | kw= 'mmio' | kw= 'pio' | kw= 'rom' | kw= 'mc-portal' | kw= 'read' | kw= 'write' | kw= 'mmap' | kw= 'intx' | kw= 'msi' | kw= 'msix' | kw= 'err' | kw= 'req' | kw= 'maskable' | kw= 'automasked' )
            int alt47=70;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt47=1;
                }
                break;
            case 12:
                {
                alt47=2;
                }
                break;
            case 15:
                {
                alt47=3;
                }
                break;
            case 16:
                {
                alt47=4;
                }
                break;
            case 25:
                {
                alt47=5;
                }
                break;
            case 29:
                {
                alt47=6;
                }
                break;
            case 30:
                {
                alt47=7;
                }
                break;
            case 18:
                {
                alt47=8;
                }
                break;
            case 19:
                {
                alt47=9;
                }
                break;
            case 20:
                {
                alt47=10;
                }
                break;
            case 21:
                {
                alt47=11;
                }
                break;
            case 22:
                {
                alt47=12;
                }
                break;
            case 23:
                {
                alt47=13;
                }
                break;
            case 26:
                {
                alt47=14;
                }
                break;
            case 27:
                {
                alt47=15;
                }
                break;
            case 28:
                {
                alt47=16;
                }
                break;
            case 33:
                {
                alt47=17;
                }
                break;
            case 34:
                {
                alt47=18;
                }
                break;
            case 35:
                {
                alt47=19;
                }
                break;
            case 36:
                {
                alt47=20;
                }
                break;
            case 37:
                {
                alt47=21;
                }
                break;
            case 39:
                {
                alt47=22;
                }
                break;
            case 42:
                {
                alt47=23;
                }
                break;
            case 71:
                {
                alt47=24;
                }
                break;
            case 72:
                {
                alt47=25;
                }
                break;
            case 73:
                {
                alt47=26;
                }
                break;
            case 74:
                {
                alt47=27;
                }
                break;
            case 75:
                {
                alt47=28;
                }
                break;
            case 76:
                {
                alt47=29;
                }
                break;
            case 77:
                {
                alt47=30;
                }
                break;
            case 78:
                {
                alt47=31;
                }
                break;
            case 45:
                {
                alt47=32;
                }
                break;
            case 46:
                {
                alt47=33;
                }
                break;
            case 47:
                {
                alt47=34;
                }
                break;
            case 48:
                {
                alt47=35;
                }
                break;
            case 79:
                {
                alt47=36;
                }
                break;
            case 80:
                {
                alt47=37;
                }
                break;
            case 68:
                {
                alt47=38;
                }
                break;
            case 81:
                {
                alt47=39;
                }
                break;
            case 49:
                {
                alt47=40;
                }
                break;
            case 54:
                {
                alt47=41;
                }
                break;
            case 50:
                {
                alt47=42;
                }
                break;
            case 51:
                {
                alt47=43;
                }
                break;
            case 52:
                {
                alt47=44;
                }
                break;
            case 53:
                {
                alt47=45;
                }
                break;
            case 55:
                {
                alt47=46;
                }
                break;
            case 56:
                {
                alt47=47;
                }
                break;
            case 58:
                {
                alt47=48;
                }
                break;
            case 59:
                {
                alt47=49;
                }
                break;
            case 69:
                {
                alt47=50;
                }
                break;
            case 82:
                {
                alt47=51;
                }
                break;
            case 83:
                {
                alt47=52;
                }
                break;
            case 84:
                {
                alt47=53;
                }
                break;
            case 85:
                {
                alt47=54;
                }
                break;
            case 86:
                {
                alt47=55;
                }
                break;
            case 60:
                {
                alt47=56;
                }
                break;
            case 87:
                {
                alt47=57;
                }
                break;
            case 88:
                {
                alt47=58;
                }
                break;
            case 89:
                {
                alt47=59;
                }
                break;
            case 90:
                {
                alt47=60;
                }
                break;
            case 62:
                {
                alt47=61;
                }
                break;
            case 63:
                {
                alt47=62;
                }
                break;
            case 64:
                {
                alt47=63;
                }
                break;
            case 91:
                {
                alt47=64;
                }
                break;
            case 92:
                {
                alt47=65;
                }
                break;
            case 93:
                {
                alt47=66;
                }
                break;
            case 94:
                {
                alt47=67;
                }
                break;
            case 95:
                {
                alt47=68;
                }
                break;
            case 66:
                {
                alt47=69;
                }
                break;
            case 67:
                {
                alt47=70;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 47, 0, input);

                throw nvae;
            }

            switch (alt47) {
                case 1 :
                    // InternalAssign.g:2867:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getNameAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:2875:3: kw= 'config'
                    {
                    kw=(Token)match(input,12,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getConfigKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalAssign.g:2881:3: kw= 'import'
                    {
                    kw=(Token)match(input,15,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getImportKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalAssign.g:2887:3: kw= 'vm'
                    {
                    kw=(Token)match(input,16,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVmKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalAssign.g:2893:3: kw= 'userspace'
                    {
                    kw=(Token)match(input,25,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getUserspaceKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalAssign.g:2899:3: kw= 'probe'
                    {
                    kw=(Token)match(input,29,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getProbeKeyword_5());
                    		

                    }
                    break;
                case 7 :
                    // InternalAssign.g:2905:3: kw= 'assign'
                    {
                    kw=(Token)match(input,30,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAssignKeyword_6());
                    		

                    }
                    break;
                case 8 :
                    // InternalAssign.g:2911:3: kw= 'memory'
                    {
                    kw=(Token)match(input,18,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMemoryKeyword_7());
                    		

                    }
                    break;
                case 9 :
                    // InternalAssign.g:2917:3: kw= 'vcpus'
                    {
                    kw=(Token)match(input,19,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVcpusKeyword_8());
                    		

                    }
                    break;
                case 10 :
                    // InternalAssign.g:2923:3: kw= 'machine'
                    {
                    kw=(Token)match(input,20,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMachineKeyword_9());
                    		

                    }
                    break;
                case 11 :
                    // InternalAssign.g:2929:3: kw= 'memlock'
                    {
                    kw=(Token)match(input,21,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMemlockKeyword_10());
                    		

                    }
                    break;
                case 12 :
                    // InternalAssign.g:2935:3: kw= 'qemu'
                    {
                    kw=(Token)match(input,22,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getQemuKeyword_11());
                    		

                    }
                    break;
                case 13 :
                    // InternalAssign.g:2941:3: kw= 'libvirt'
                    {
                    kw=(Token)match(input,23,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getLibvirtKeyword_12());
                    		

                    }
                    break;
                case 14 :
                    // InternalAssign.g:2947:3: kw= 'uid'
                    {
                    kw=(Token)match(input,26,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getUidKeyword_13());
                    		

                    }
                    break;
                case 15 :
                    // InternalAssign.g:2953:3: kw= 'gid'
                    {
                    kw=(Token)match(input,27,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getGidKeyword_14());
                    		

                    }
                    break;
                case 16 :
                    // InternalAssign.g:2959:3: kw= 'socket'
                    {
                    kw=(Token)match(input,28,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getSocketKeyword_15());
                    		

                    }
                    break;
                case 17 :
                    // InternalAssign.g:2965:3: kw= 'driver'
                    {
                    kw=(Token)match(input,33,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDriverKeyword_16());
                    		

                    }
                    break;
                case 18 :
                    // InternalAssign.g:2971:3: kw= 'open'
                    {
                    kw=(Token)match(input,34,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getOpenKeyword_17());
                    		

                    }
                    break;
                case 19 :
                    // InternalAssign.g:2977:3: kw= 'reset'
                    {
                    kw=(Token)match(input,35,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getResetKeyword_18());
                    		

                    }
                    break;
                case 20 :
                    // InternalAssign.g:2983:3: kw= 'persistent'
                    {
                    kw=(Token)match(input,36,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPersistentKeyword_19());
                    		

                    }
                    break;
                case 21 :
                    // InternalAssign.g:2989:3: kw= 'map'
                    {
                    kw=(Token)match(input,37,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMapKeyword_20());
                    		

                    }
                    break;
                case 22 :
                    // InternalAssign.g:2995:3: kw= 'irq'
                    {
                    kw=(Token)match(input,39,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIrqKeyword_21());
                    		

                    }
                    break;
                case 23 :
                    // InternalAssign.g:3001:3: kw= 'dma'
                    {
                    kw=(Token)match(input,42,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDmaKeyword_22());
                    		

                    }
                    break;
                case 24 :
                    // InternalAssign.g:3007:3: kw= 'auto'
                    {
                    kw=(Token)match(input,71,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAutoKeyword_23());
                    		

                    }
                    break;
                case 25 :
                    // InternalAssign.g:3013:3: kw= 'vfio-pci'
                    {
                    kw=(Token)match(input,72,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioPciKeyword_24());
                    		

                    }
                    break;
                case 26 :
                    // InternalAssign.g:3019:3: kw= 'vfio-platform'
                    {
                    kw=(Token)match(input,73,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioPlatformKeyword_25());
                    		

                    }
                    break;
                case 27 :
                    // InternalAssign.g:3025:3: kw= 'vfio-fsl-mc'
                    {
                    kw=(Token)match(input,74,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioFslMcKeyword_26());
                    		

                    }
                    break;
                case 28 :
                    // InternalAssign.g:3031:3: kw= 'cdev'
                    {
                    kw=(Token)match(input,75,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getCdevKeyword_27());
                    		

                    }
                    break;
                case 29 :
                    // InternalAssign.g:3037:3: kw= 'if-available'
                    {
                    kw=(Token)match(input,76,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIfAvailableKeyword_28());
                    		

                    }
                    break;
                case 30 :
                    // InternalAssign.g:3043:3: kw= 'required'
                    {
                    kw=(Token)match(input,77,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRequiredKeyword_29());
                    		

                    }
                    break;
                case 31 :
                    // InternalAssign.g:3049:3: kw= 'never'
                    {
                    kw=(Token)match(input,78,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getNeverKeyword_30());
                    		

                    }
                    break;
                case 32 :
                    // InternalAssign.g:3055:3: kw= 'arch'
                    {
                    kw=(Token)match(input,45,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getArchKeyword_31());
                    		

                    }
                    break;
                case 33 :
                    // InternalAssign.g:3061:3: kw= 'page'
                    {
                    kw=(Token)match(input,46,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPageKeyword_32());
                    		

                    }
                    break;
                case 34 :
                    // InternalAssign.g:3067:3: kw= 'kernel'
                    {
                    kw=(Token)match(input,47,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getKernelKeyword_33());
                    		

                    }
                    break;
                case 35 :
                    // InternalAssign.g:3073:3: kw= 'capabilities'
                    {
                    kw=(Token)match(input,48,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getCapabilitiesKeyword_34());
                    		

                    }
                    break;
                case 36 :
                    // InternalAssign.g:3079:3: kw= 'vfio-cdev'
                    {
                    kw=(Token)match(input,79,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVfioCdevKeyword_35());
                    		

                    }
                    break;
                case 37 :
                    // InternalAssign.g:3085:3: kw= 'iommufd'
                    {
                    kw=(Token)match(input,80,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIommufdKeyword_36());
                    		

                    }
                    break;
                case 38 :
                    // InternalAssign.g:3091:3: kw= 'noiommu'
                    {
                    kw=(Token)match(input,68,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getNoiommuKeyword_37());
                    		

                    }
                    break;
                case 39 :
                    // InternalAssign.g:3097:3: kw= 'type1v2'
                    {
                    kw=(Token)match(input,81,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getType1v2Keyword_38());
                    		

                    }
                    break;
                case 40 :
                    // InternalAssign.g:3103:3: kw= 'pci'
                    {
                    kw=(Token)match(input,49,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPciKeyword_39());
                    		

                    }
                    break;
                case 41 :
                    // InternalAssign.g:3109:3: kw= 'platform'
                    {
                    kw=(Token)match(input,54,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPlatformKeyword_40());
                    		

                    }
                    break;
                case 42 :
                    // InternalAssign.g:3115:3: kw= 'vendor'
                    {
                    kw=(Token)match(input,50,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getVendorKeyword_41());
                    		

                    }
                    break;
                case 43 :
                    // InternalAssign.g:3121:3: kw= 'device'
                    {
                    kw=(Token)match(input,51,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDeviceKeyword_42());
                    		

                    }
                    break;
                case 44 :
                    // InternalAssign.g:3127:3: kw= 'class'
                    {
                    kw=(Token)match(input,52,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getClassKeyword_43());
                    		

                    }
                    break;
                case 45 :
                    // InternalAssign.g:3133:3: kw= 'bridge'
                    {
                    kw=(Token)match(input,53,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getBridgeKeyword_44());
                    		

                    }
                    break;
                case 46 :
                    // InternalAssign.g:3139:3: kw= 'path'
                    {
                    kw=(Token)match(input,55,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPathKeyword_45());
                    		

                    }
                    break;
                case 47 :
                    // InternalAssign.g:3145:3: kw= 'compatible'
                    {
                    kw=(Token)match(input,56,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getCompatibleKeyword_46());
                    		

                    }
                    break;
                case 48 :
                    // InternalAssign.g:3151:3: kw= 'protected'
                    {
                    kw=(Token)match(input,58,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getProtectedKeyword_47());
                    		

                    }
                    break;
                case 49 :
                    // InternalAssign.g:3157:3: kw= 'dma-mask'
                    {
                    kw=(Token)match(input,59,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getDmaMaskKeyword_48());
                    		

                    }
                    break;
                case 50 :
                    // InternalAssign.g:3163:3: kw= 'iova'
                    {
                    kw=(Token)match(input,69,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIovaKeyword_49());
                    		

                    }
                    break;
                case 51 :
                    // InternalAssign.g:3169:3: kw= 'none'
                    {
                    kw=(Token)match(input,82,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getNoneKeyword_50());
                    		

                    }
                    break;
                case 52 :
                    // InternalAssign.g:3175:3: kw= 'root-filesystem'
                    {
                    kw=(Token)match(input,83,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRootFilesystemKeyword_51());
                    		

                    }
                    break;
                case 53 :
                    // InternalAssign.g:3181:3: kw= 'agent-connection'
                    {
                    kw=(Token)match(input,84,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAgentConnectionKeyword_52());
                    		

                    }
                    break;
                case 54 :
                    // InternalAssign.g:3187:3: kw= 'management'
                    {
                    kw=(Token)match(input,85,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getManagementKeyword_53());
                    		

                    }
                    break;
                case 55 :
                    // InternalAssign.g:3193:3: kw= 'policy'
                    {
                    kw=(Token)match(input,86,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPolicyKeyword_54());
                    		

                    }
                    break;
                case 56 :
                    // InternalAssign.g:3199:3: kw= 'region'
                    {
                    kw=(Token)match(input,60,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRegionKeyword_55());
                    		

                    }
                    break;
                case 57 :
                    // InternalAssign.g:3205:3: kw= 'mmio'
                    {
                    kw=(Token)match(input,87,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMmioKeyword_56());
                    		

                    }
                    break;
                case 58 :
                    // InternalAssign.g:3211:3: kw= 'pio'
                    {
                    kw=(Token)match(input,88,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getPioKeyword_57());
                    		

                    }
                    break;
                case 59 :
                    // InternalAssign.g:3217:3: kw= 'rom'
                    {
                    kw=(Token)match(input,89,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getRomKeyword_58());
                    		

                    }
                    break;
                case 60 :
                    // InternalAssign.g:3223:3: kw= 'mc-portal'
                    {
                    kw=(Token)match(input,90,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMcPortalKeyword_59());
                    		

                    }
                    break;
                case 61 :
                    // InternalAssign.g:3229:3: kw= 'read'
                    {
                    kw=(Token)match(input,62,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getReadKeyword_60());
                    		

                    }
                    break;
                case 62 :
                    // InternalAssign.g:3235:3: kw= 'write'
                    {
                    kw=(Token)match(input,63,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getWriteKeyword_61());
                    		

                    }
                    break;
                case 63 :
                    // InternalAssign.g:3241:3: kw= 'mmap'
                    {
                    kw=(Token)match(input,64,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMmapKeyword_62());
                    		

                    }
                    break;
                case 64 :
                    // InternalAssign.g:3247:3: kw= 'intx'
                    {
                    kw=(Token)match(input,91,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getIntxKeyword_63());
                    		

                    }
                    break;
                case 65 :
                    // InternalAssign.g:3253:3: kw= 'msi'
                    {
                    kw=(Token)match(input,92,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMsiKeyword_64());
                    		

                    }
                    break;
                case 66 :
                    // InternalAssign.g:3259:3: kw= 'msix'
                    {
                    kw=(Token)match(input,93,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMsixKeyword_65());
                    		

                    }
                    break;
                case 67 :
                    // InternalAssign.g:3265:3: kw= 'err'
                    {
                    kw=(Token)match(input,94,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getErrKeyword_66());
                    		

                    }
                    break;
                case 68 :
                    // InternalAssign.g:3271:3: kw= 'req'
                    {
                    kw=(Token)match(input,95,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getReqKeyword_67());
                    		

                    }
                    break;
                case 69 :
                    // InternalAssign.g:3277:3: kw= 'maskable'
                    {
                    kw=(Token)match(input,66,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getMaskableKeyword_68());
                    		

                    }
                    break;
                case 70 :
                    // InternalAssign.g:3283:3: kw= 'automasked'
                    {
                    kw=(Token)match(input,67,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getNameAccess().getAutomaskedKeyword_69());
                    		

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
    // InternalAssign.g:3292:1: entryRuleBoardRef returns [String current=null] : iv_ruleBoardRef= ruleBoardRef EOF ;
    public final String entryRuleBoardRef() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleBoardRef = null;


        try {
            // InternalAssign.g:3292:48: (iv_ruleBoardRef= ruleBoardRef EOF )
            // InternalAssign.g:3293:2: iv_ruleBoardRef= ruleBoardRef EOF
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
    // InternalAssign.g:3299:1: ruleBoardRef returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_STRING_0= RULE_STRING | this_Name_1= ruleName ) ;
    public final AntlrDatatypeRuleToken ruleBoardRef() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_0=null;
        AntlrDatatypeRuleToken this_Name_1 = null;



        	enterRule();

        try {
            // InternalAssign.g:3305:2: ( (this_STRING_0= RULE_STRING | this_Name_1= ruleName ) )
            // InternalAssign.g:3306:2: (this_STRING_0= RULE_STRING | this_Name_1= ruleName )
            {
            // InternalAssign.g:3306:2: (this_STRING_0= RULE_STRING | this_Name_1= ruleName )
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==RULE_STRING) ) {
                alt48=1;
            }
            else if ( (LA48_0==RULE_ID||LA48_0==12||(LA48_0>=15 && LA48_0<=16)||(LA48_0>=18 && LA48_0<=23)||(LA48_0>=25 && LA48_0<=30)||(LA48_0>=33 && LA48_0<=37)||LA48_0==39||LA48_0==42||(LA48_0>=45 && LA48_0<=56)||(LA48_0>=58 && LA48_0<=60)||(LA48_0>=62 && LA48_0<=64)||(LA48_0>=66 && LA48_0<=69)||(LA48_0>=71 && LA48_0<=95)) ) {
                alt48=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 48, 0, input);

                throw nvae;
            }
            switch (alt48) {
                case 1 :
                    // InternalAssign.g:3307:3: this_STRING_0= RULE_STRING
                    {
                    this_STRING_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_0);
                    		

                    			newLeafNode(this_STRING_0, grammarAccess.getBoardRefAccess().getSTRINGTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3315:3: this_Name_1= ruleName
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
    // InternalAssign.g:3329:1: entryRuleDeviceRef returns [String current=null] : iv_ruleDeviceRef= ruleDeviceRef EOF ;
    public final String entryRuleDeviceRef() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDeviceRef = null;


        try {
            // InternalAssign.g:3329:49: (iv_ruleDeviceRef= ruleDeviceRef EOF )
            // InternalAssign.g:3330:2: iv_ruleDeviceRef= ruleDeviceRef EOF
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
    // InternalAssign.g:3336:1: ruleDeviceRef returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) ;
    public final AntlrDatatypeRuleToken ruleDeviceRef() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_1=null;
        AntlrDatatypeRuleToken this_Name_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3342:2: ( (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) )
            // InternalAssign.g:3343:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            {
            // InternalAssign.g:3343:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==RULE_ID||LA49_0==12||(LA49_0>=15 && LA49_0<=16)||(LA49_0>=18 && LA49_0<=23)||(LA49_0>=25 && LA49_0<=30)||(LA49_0>=33 && LA49_0<=37)||LA49_0==39||LA49_0==42||(LA49_0>=45 && LA49_0<=56)||(LA49_0>=58 && LA49_0<=60)||(LA49_0>=62 && LA49_0<=64)||(LA49_0>=66 && LA49_0<=69)||(LA49_0>=71 && LA49_0<=95)) ) {
                alt49=1;
            }
            else if ( (LA49_0==RULE_STRING) ) {
                alt49=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 49, 0, input);

                throw nvae;
            }
            switch (alt49) {
                case 1 :
                    // InternalAssign.g:3344:3: this_Name_0= ruleName
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
                    // InternalAssign.g:3355:3: this_STRING_1= RULE_STRING
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
    // InternalAssign.g:3366:1: entryRuleGroupId returns [String current=null] : iv_ruleGroupId= ruleGroupId EOF ;
    public final String entryRuleGroupId() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleGroupId = null;


        try {
            // InternalAssign.g:3366:47: (iv_ruleGroupId= ruleGroupId EOF )
            // InternalAssign.g:3367:2: iv_ruleGroupId= ruleGroupId EOF
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
    // InternalAssign.g:3373:1: ruleGroupId returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleGroupId() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalAssign.g:3379:2: (this_INT_0= RULE_INT )
            // InternalAssign.g:3380:2: this_INT_0= RULE_INT
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
    // InternalAssign.g:3390:1: entryRuleMemberRef returns [String current=null] : iv_ruleMemberRef= ruleMemberRef EOF ;
    public final String entryRuleMemberRef() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleMemberRef = null;


        try {
            // InternalAssign.g:3390:49: (iv_ruleMemberRef= ruleMemberRef EOF )
            // InternalAssign.g:3391:2: iv_ruleMemberRef= ruleMemberRef EOF
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
    // InternalAssign.g:3397:1: ruleMemberRef returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? ) ;
    public final AntlrDatatypeRuleToken ruleMemberRef() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_MemberPart_0 = null;

        AntlrDatatypeRuleToken this_MemberPart_2 = null;



        	enterRule();

        try {
            // InternalAssign.g:3403:2: ( (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? ) )
            // InternalAssign.g:3404:2: (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? )
            {
            // InternalAssign.g:3404:2: (this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )? )
            // InternalAssign.g:3405:3: this_MemberPart_0= ruleMemberPart (kw= '.' this_MemberPart_2= ruleMemberPart )?
            {

            			newCompositeNode(grammarAccess.getMemberRefAccess().getMemberPartParserRuleCall_0());
            		
            pushFollow(FOLLOW_59);
            this_MemberPart_0=ruleMemberPart();

            state._fsp--;


            			current.merge(this_MemberPart_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalAssign.g:3415:3: (kw= '.' this_MemberPart_2= ruleMemberPart )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==96) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalAssign.g:3416:4: kw= '.' this_MemberPart_2= ruleMemberPart
                    {
                    kw=(Token)match(input,96,FOLLOW_24); 

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
    // InternalAssign.g:3436:1: entryRuleMemberPart returns [String current=null] : iv_ruleMemberPart= ruleMemberPart EOF ;
    public final String entryRuleMemberPart() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleMemberPart = null;


        try {
            // InternalAssign.g:3436:50: (iv_ruleMemberPart= ruleMemberPart EOF )
            // InternalAssign.g:3437:2: iv_ruleMemberPart= ruleMemberPart EOF
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
    // InternalAssign.g:3443:1: ruleMemberPart returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleMemberPart() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_1=null;
        Token this_INT_2=null;
        AntlrDatatypeRuleToken this_Name_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3449:2: ( (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT ) )
            // InternalAssign.g:3450:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT )
            {
            // InternalAssign.g:3450:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING | this_INT_2= RULE_INT )
            int alt51=3;
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
            case 33:
            case 34:
            case 35:
            case 36:
            case 37:
            case 39:
            case 42:
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
            case 58:
            case 59:
            case 60:
            case 62:
            case 63:
            case 64:
            case 66:
            case 67:
            case 68:
            case 69:
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
                {
                alt51=1;
                }
                break;
            case RULE_STRING:
                {
                alt51=2;
                }
                break;
            case RULE_INT:
                {
                alt51=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 51, 0, input);

                throw nvae;
            }

            switch (alt51) {
                case 1 :
                    // InternalAssign.g:3451:3: this_Name_0= ruleName
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
                    // InternalAssign.g:3462:3: this_STRING_1= RULE_STRING
                    {
                    this_STRING_1=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_1);
                    		

                    			newLeafNode(this_STRING_1, grammarAccess.getMemberPartAccess().getSTRINGTerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalAssign.g:3470:3: this_INT_2= RULE_INT
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
    // InternalAssign.g:3481:1: entryRuleRegionName returns [String current=null] : iv_ruleRegionName= ruleRegionName EOF ;
    public final String entryRuleRegionName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleRegionName = null;


        try {
            // InternalAssign.g:3481:50: (iv_ruleRegionName= ruleRegionName EOF )
            // InternalAssign.g:3482:2: iv_ruleRegionName= ruleRegionName EOF
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
    // InternalAssign.g:3488:1: ruleRegionName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) ;
    public final AntlrDatatypeRuleToken ruleRegionName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_1=null;
        AntlrDatatypeRuleToken this_Name_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3494:2: ( (this_Name_0= ruleName | this_STRING_1= RULE_STRING ) )
            // InternalAssign.g:3495:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            {
            // InternalAssign.g:3495:2: (this_Name_0= ruleName | this_STRING_1= RULE_STRING )
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==RULE_ID||LA52_0==12||(LA52_0>=15 && LA52_0<=16)||(LA52_0>=18 && LA52_0<=23)||(LA52_0>=25 && LA52_0<=30)||(LA52_0>=33 && LA52_0<=37)||LA52_0==39||LA52_0==42||(LA52_0>=45 && LA52_0<=56)||(LA52_0>=58 && LA52_0<=60)||(LA52_0>=62 && LA52_0<=64)||(LA52_0>=66 && LA52_0<=69)||(LA52_0>=71 && LA52_0<=95)) ) {
                alt52=1;
            }
            else if ( (LA52_0==RULE_STRING) ) {
                alt52=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 52, 0, input);

                throw nvae;
            }
            switch (alt52) {
                case 1 :
                    // InternalAssign.g:3496:3: this_Name_0= ruleName
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
                    // InternalAssign.g:3507:3: this_STRING_1= RULE_STRING
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
    // InternalAssign.g:3518:1: entryRuleSize returns [String current=null] : iv_ruleSize= ruleSize EOF ;
    public final String entryRuleSize() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSize = null;


        try {
            // InternalAssign.g:3518:44: (iv_ruleSize= ruleSize EOF )
            // InternalAssign.g:3519:2: iv_ruleSize= ruleSize EOF
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
    // InternalAssign.g:3525:1: ruleSize returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? ) ;
    public final AntlrDatatypeRuleToken ruleSize() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_Number_0 = null;



        	enterRule();

        try {
            // InternalAssign.g:3531:2: ( (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? ) )
            // InternalAssign.g:3532:2: (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? )
            {
            // InternalAssign.g:3532:2: (this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )? )
            // InternalAssign.g:3533:3: this_Number_0= ruleNumber (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )?
            {

            			newCompositeNode(grammarAccess.getSizeAccess().getNumberParserRuleCall_0());
            		
            pushFollow(FOLLOW_60);
            this_Number_0=ruleNumber();

            state._fsp--;


            			current.merge(this_Number_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalAssign.g:3543:3: (kw= 'KiB' | kw= 'MiB' | kw= 'GiB' | kw= 'TiB' )?
            int alt53=5;
            switch ( input.LA(1) ) {
                case 97:
                    {
                    alt53=1;
                    }
                    break;
                case 98:
                    {
                    alt53=2;
                    }
                    break;
                case 99:
                    {
                    alt53=3;
                    }
                    break;
                case 100:
                    {
                    alt53=4;
                    }
                    break;
            }

            switch (alt53) {
                case 1 :
                    // InternalAssign.g:3544:4: kw= 'KiB'
                    {
                    kw=(Token)match(input,97,FOLLOW_2); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSizeAccess().getKiBKeyword_1_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3550:4: kw= 'MiB'
                    {
                    kw=(Token)match(input,98,FOLLOW_2); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSizeAccess().getMiBKeyword_1_1());
                    			

                    }
                    break;
                case 3 :
                    // InternalAssign.g:3556:4: kw= 'GiB'
                    {
                    kw=(Token)match(input,99,FOLLOW_2); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSizeAccess().getGiBKeyword_1_2());
                    			

                    }
                    break;
                case 4 :
                    // InternalAssign.g:3562:4: kw= 'TiB'
                    {
                    kw=(Token)match(input,100,FOLLOW_2); 

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
    // InternalAssign.g:3572:1: entryRuleNumber returns [String current=null] : iv_ruleNumber= ruleNumber EOF ;
    public final String entryRuleNumber() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleNumber = null;


        try {
            // InternalAssign.g:3572:46: (iv_ruleNumber= ruleNumber EOF )
            // InternalAssign.g:3573:2: iv_ruleNumber= ruleNumber EOF
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
    // InternalAssign.g:3579:1: ruleNumber returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) ;
    public final AntlrDatatypeRuleToken ruleNumber() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_HEX_1=null;


        	enterRule();

        try {
            // InternalAssign.g:3585:2: ( (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) )
            // InternalAssign.g:3586:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
            {
            // InternalAssign.g:3586:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==RULE_INT) ) {
                alt54=1;
            }
            else if ( (LA54_0==RULE_HEX) ) {
                alt54=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 54, 0, input);

                throw nvae;
            }
            switch (alt54) {
                case 1 :
                    // InternalAssign.g:3587:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getNumberAccess().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3595:3: this_HEX_1= RULE_HEX
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
    // InternalAssign.g:3606:1: entryRuleInt32 returns [String current=null] : iv_ruleInt32= ruleInt32 EOF ;
    public final String entryRuleInt32() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleInt32 = null;


        try {
            // InternalAssign.g:3606:45: (iv_ruleInt32= ruleInt32 EOF )
            // InternalAssign.g:3607:2: iv_ruleInt32= ruleInt32 EOF
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
    // InternalAssign.g:3613:1: ruleInt32 returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) ;
    public final AntlrDatatypeRuleToken ruleInt32() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_HEX_1=null;


        	enterRule();

        try {
            // InternalAssign.g:3619:2: ( (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX ) )
            // InternalAssign.g:3620:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
            {
            // InternalAssign.g:3620:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX )
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
                    // InternalAssign.g:3621:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getInt32Access().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalAssign.g:3629:3: this_HEX_1= RULE_HEX
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
    // InternalAssign.g:3640:1: entryRuleUnixId returns [String current=null] : iv_ruleUnixId= ruleUnixId EOF ;
    public final String entryRuleUnixId() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleUnixId = null;


        try {
            // InternalAssign.g:3640:46: (iv_ruleUnixId= ruleUnixId EOF )
            // InternalAssign.g:3641:2: iv_ruleUnixId= ruleUnixId EOF
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
    // InternalAssign.g:3647:1: ruleUnixId returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleUnixId() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalAssign.g:3653:2: (this_INT_0= RULE_INT )
            // InternalAssign.g:3654:2: this_INT_0= RULE_INT
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
    // InternalAssign.g:3664:1: entryRuleReadOnly returns [String current=null] : iv_ruleReadOnly= ruleReadOnly EOF ;
    public final String entryRuleReadOnly() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleReadOnly = null;


        try {
            // InternalAssign.g:3664:48: (iv_ruleReadOnly= ruleReadOnly EOF )
            // InternalAssign.g:3665:2: iv_ruleReadOnly= ruleReadOnly EOF
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
    // InternalAssign.g:3671:1: ruleReadOnly returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : kw= 'read-only' ;
    public final AntlrDatatypeRuleToken ruleReadOnly() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalAssign.g:3677:2: (kw= 'read-only' )
            // InternalAssign.g:3678:2: kw= 'read-only'
            {
            kw=(Token)match(input,38,FOLLOW_2); 

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
    // InternalAssign.g:3686:1: entryRuleWriteOnly returns [String current=null] : iv_ruleWriteOnly= ruleWriteOnly EOF ;
    public final String entryRuleWriteOnly() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleWriteOnly = null;


        try {
            // InternalAssign.g:3686:49: (iv_ruleWriteOnly= ruleWriteOnly EOF )
            // InternalAssign.g:3687:2: iv_ruleWriteOnly= ruleWriteOnly EOF
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
    // InternalAssign.g:3693:1: ruleWriteOnly returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : kw= 'write-only' ;
    public final AntlrDatatypeRuleToken ruleWriteOnly() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalAssign.g:3699:2: (kw= 'write-only' )
            // InternalAssign.g:3700:2: kw= 'write-only'
            {
            kw=(Token)match(input,101,FOLLOW_2); 

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
    // InternalAssign.g:3708:1: ruleVfioDriver returns [Enumerator current=null] : ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) ) ;
    public final Enumerator ruleVfioDriver() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalAssign.g:3714:2: ( ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) ) )
            // InternalAssign.g:3715:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) )
            {
            // InternalAssign.g:3715:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'vfio-pci' ) | (enumLiteral_2= 'vfio-platform' ) | (enumLiteral_3= 'vfio-fsl-mc' ) )
            int alt56=4;
            switch ( input.LA(1) ) {
            case 71:
                {
                alt56=1;
                }
                break;
            case 72:
                {
                alt56=2;
                }
                break;
            case 73:
                {
                alt56=3;
                }
                break;
            case 74:
                {
                alt56=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 56, 0, input);

                throw nvae;
            }

            switch (alt56) {
                case 1 :
                    // InternalAssign.g:3716:3: (enumLiteral_0= 'auto' )
                    {
                    // InternalAssign.g:3716:3: (enumLiteral_0= 'auto' )
                    // InternalAssign.g:3717:4: enumLiteral_0= 'auto'
                    {
                    enumLiteral_0=(Token)match(input,71,FOLLOW_2); 

                    				current = grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getVfioDriverAccess().getAUTOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3724:3: (enumLiteral_1= 'vfio-pci' )
                    {
                    // InternalAssign.g:3724:3: (enumLiteral_1= 'vfio-pci' )
                    // InternalAssign.g:3725:4: enumLiteral_1= 'vfio-pci'
                    {
                    enumLiteral_1=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getVfioDriverAccess().getVFIO_PCIEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3732:3: (enumLiteral_2= 'vfio-platform' )
                    {
                    // InternalAssign.g:3732:3: (enumLiteral_2= 'vfio-platform' )
                    // InternalAssign.g:3733:4: enumLiteral_2= 'vfio-platform'
                    {
                    enumLiteral_2=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getVfioDriverAccess().getVFIO_PLATFORMEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:3740:3: (enumLiteral_3= 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:3740:3: (enumLiteral_3= 'vfio-fsl-mc' )
                    // InternalAssign.g:3741:4: enumLiteral_3= 'vfio-fsl-mc'
                    {
                    enumLiteral_3=(Token)match(input,74,FOLLOW_2); 

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
    // InternalAssign.g:3751:1: ruleOpenPath returns [Enumerator current=null] : ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) ) ;
    public final Enumerator ruleOpenPath() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalAssign.g:3757:2: ( ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) ) )
            // InternalAssign.g:3758:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) )
            {
            // InternalAssign.g:3758:2: ( (enumLiteral_0= 'auto' ) | (enumLiteral_1= 'group' ) | (enumLiteral_2= 'cdev' ) )
            int alt57=3;
            switch ( input.LA(1) ) {
            case 71:
                {
                alt57=1;
                }
                break;
            case 31:
                {
                alt57=2;
                }
                break;
            case 75:
                {
                alt57=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 57, 0, input);

                throw nvae;
            }

            switch (alt57) {
                case 1 :
                    // InternalAssign.g:3759:3: (enumLiteral_0= 'auto' )
                    {
                    // InternalAssign.g:3759:3: (enumLiteral_0= 'auto' )
                    // InternalAssign.g:3760:4: enumLiteral_0= 'auto'
                    {
                    enumLiteral_0=(Token)match(input,71,FOLLOW_2); 

                    				current = grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getOpenPathAccess().getAUTOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3767:3: (enumLiteral_1= 'group' )
                    {
                    // InternalAssign.g:3767:3: (enumLiteral_1= 'group' )
                    // InternalAssign.g:3768:4: enumLiteral_1= 'group'
                    {
                    enumLiteral_1=(Token)match(input,31,FOLLOW_2); 

                    				current = grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getOpenPathAccess().getGROUPEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3775:3: (enumLiteral_2= 'cdev' )
                    {
                    // InternalAssign.g:3775:3: (enumLiteral_2= 'cdev' )
                    // InternalAssign.g:3776:4: enumLiteral_2= 'cdev'
                    {
                    enumLiteral_2=(Token)match(input,75,FOLLOW_2); 

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
    // InternalAssign.g:3786:1: ruleResetPolicy returns [Enumerator current=null] : ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) ) ;
    public final Enumerator ruleResetPolicy() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalAssign.g:3792:2: ( ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) ) )
            // InternalAssign.g:3793:2: ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) )
            {
            // InternalAssign.g:3793:2: ( (enumLiteral_0= 'if-available' ) | (enumLiteral_1= 'required' ) | (enumLiteral_2= 'never' ) )
            int alt58=3;
            switch ( input.LA(1) ) {
            case 76:
                {
                alt58=1;
                }
                break;
            case 77:
                {
                alt58=2;
                }
                break;
            case 78:
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
                    // InternalAssign.g:3794:3: (enumLiteral_0= 'if-available' )
                    {
                    // InternalAssign.g:3794:3: (enumLiteral_0= 'if-available' )
                    // InternalAssign.g:3795:4: enumLiteral_0= 'if-available'
                    {
                    enumLiteral_0=(Token)match(input,76,FOLLOW_2); 

                    				current = grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getResetPolicyAccess().getIF_AVAILABLEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3802:3: (enumLiteral_1= 'required' )
                    {
                    // InternalAssign.g:3802:3: (enumLiteral_1= 'required' )
                    // InternalAssign.g:3803:4: enumLiteral_1= 'required'
                    {
                    enumLiteral_1=(Token)match(input,77,FOLLOW_2); 

                    				current = grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getResetPolicyAccess().getREQUIREDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3810:3: (enumLiteral_2= 'never' )
                    {
                    // InternalAssign.g:3810:3: (enumLiteral_2= 'never' )
                    // InternalAssign.g:3811:4: enumLiteral_2= 'never'
                    {
                    enumLiteral_2=(Token)match(input,78,FOLLOW_2); 

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
    // InternalAssign.g:3821:1: ruleIrqMode returns [Enumerator current=null] : ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) ) ;
    public final Enumerator ruleIrqMode() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalAssign.g:3827:2: ( ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) ) )
            // InternalAssign.g:3828:2: ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) )
            {
            // InternalAssign.g:3828:2: ( (enumLiteral_0= 'eventfd' ) | (enumLiteral_1= 'masked' ) )
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==65) ) {
                alt59=1;
            }
            else if ( (LA59_0==102) ) {
                alt59=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 59, 0, input);

                throw nvae;
            }
            switch (alt59) {
                case 1 :
                    // InternalAssign.g:3829:3: (enumLiteral_0= 'eventfd' )
                    {
                    // InternalAssign.g:3829:3: (enumLiteral_0= 'eventfd' )
                    // InternalAssign.g:3830:4: enumLiteral_0= 'eventfd'
                    {
                    enumLiteral_0=(Token)match(input,65,FOLLOW_2); 

                    				current = grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIrqModeAccess().getEVENTFDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3837:3: (enumLiteral_1= 'masked' )
                    {
                    // InternalAssign.g:3837:3: (enumLiteral_1= 'masked' )
                    // InternalAssign.g:3838:4: enumLiteral_1= 'masked'
                    {
                    enumLiteral_1=(Token)match(input,102,FOLLOW_2); 

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
    // InternalAssign.g:3848:1: ruleKernelCapability returns [Enumerator current=null] : ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) ) ;
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
            // InternalAssign.g:3854:2: ( ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) ) )
            // InternalAssign.g:3855:2: ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) )
            {
            // InternalAssign.g:3855:2: ( (enumLiteral_0= 'vfio-pci' ) | (enumLiteral_1= 'vfio-platform' ) | (enumLiteral_2= 'vfio-fsl-mc' ) | (enumLiteral_3= 'vfio-cdev' ) | (enumLiteral_4= 'iommufd' ) | (enumLiteral_5= 'noiommu' ) | (enumLiteral_6= 'type1v2' ) )
            int alt60=7;
            switch ( input.LA(1) ) {
            case 72:
                {
                alt60=1;
                }
                break;
            case 73:
                {
                alt60=2;
                }
                break;
            case 74:
                {
                alt60=3;
                }
                break;
            case 79:
                {
                alt60=4;
                }
                break;
            case 80:
                {
                alt60=5;
                }
                break;
            case 68:
                {
                alt60=6;
                }
                break;
            case 81:
                {
                alt60=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 60, 0, input);

                throw nvae;
            }

            switch (alt60) {
                case 1 :
                    // InternalAssign.g:3856:3: (enumLiteral_0= 'vfio-pci' )
                    {
                    // InternalAssign.g:3856:3: (enumLiteral_0= 'vfio-pci' )
                    // InternalAssign.g:3857:4: enumLiteral_0= 'vfio-pci'
                    {
                    enumLiteral_0=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getKernelCapabilityAccess().getVFIO_PCIEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3864:3: (enumLiteral_1= 'vfio-platform' )
                    {
                    // InternalAssign.g:3864:3: (enumLiteral_1= 'vfio-platform' )
                    // InternalAssign.g:3865:4: enumLiteral_1= 'vfio-platform'
                    {
                    enumLiteral_1=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getKernelCapabilityAccess().getVFIO_PLATFORMEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3872:3: (enumLiteral_2= 'vfio-fsl-mc' )
                    {
                    // InternalAssign.g:3872:3: (enumLiteral_2= 'vfio-fsl-mc' )
                    // InternalAssign.g:3873:4: enumLiteral_2= 'vfio-fsl-mc'
                    {
                    enumLiteral_2=(Token)match(input,74,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getKernelCapabilityAccess().getVFIO_FSL_MCEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:3880:3: (enumLiteral_3= 'vfio-cdev' )
                    {
                    // InternalAssign.g:3880:3: (enumLiteral_3= 'vfio-cdev' )
                    // InternalAssign.g:3881:4: enumLiteral_3= 'vfio-cdev'
                    {
                    enumLiteral_3=(Token)match(input,79,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getKernelCapabilityAccess().getVFIO_CDEVEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:3888:3: (enumLiteral_4= 'iommufd' )
                    {
                    // InternalAssign.g:3888:3: (enumLiteral_4= 'iommufd' )
                    // InternalAssign.g:3889:4: enumLiteral_4= 'iommufd'
                    {
                    enumLiteral_4=(Token)match(input,80,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getKernelCapabilityAccess().getIOMMUFDEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:3896:3: (enumLiteral_5= 'noiommu' )
                    {
                    // InternalAssign.g:3896:3: (enumLiteral_5= 'noiommu' )
                    // InternalAssign.g:3897:4: enumLiteral_5= 'noiommu'
                    {
                    enumLiteral_5=(Token)match(input,68,FOLLOW_2); 

                    				current = grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getKernelCapabilityAccess().getNOIOMMUEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalAssign.g:3904:3: (enumLiteral_6= 'type1v2' )
                    {
                    // InternalAssign.g:3904:3: (enumLiteral_6= 'type1v2' )
                    // InternalAssign.g:3905:4: enumLiteral_6= 'type1v2'
                    {
                    enumLiteral_6=(Token)match(input,81,FOLLOW_2); 

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
    // InternalAssign.g:3915:1: ruleProtection returns [Enumerator current=null] : ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) ) ;
    public final Enumerator ruleProtection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalAssign.g:3921:2: ( ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) ) )
            // InternalAssign.g:3922:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) )
            {
            // InternalAssign.g:3922:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'root-filesystem' ) | (enumLiteral_2= 'agent-connection' ) | (enumLiteral_3= 'management' ) | (enumLiteral_4= 'policy' ) )
            int alt61=5;
            switch ( input.LA(1) ) {
            case 82:
                {
                alt61=1;
                }
                break;
            case 83:
                {
                alt61=2;
                }
                break;
            case 84:
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
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 61, 0, input);

                throw nvae;
            }

            switch (alt61) {
                case 1 :
                    // InternalAssign.g:3923:3: (enumLiteral_0= 'none' )
                    {
                    // InternalAssign.g:3923:3: (enumLiteral_0= 'none' )
                    // InternalAssign.g:3924:4: enumLiteral_0= 'none'
                    {
                    enumLiteral_0=(Token)match(input,82,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getProtectionAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3931:3: (enumLiteral_1= 'root-filesystem' )
                    {
                    // InternalAssign.g:3931:3: (enumLiteral_1= 'root-filesystem' )
                    // InternalAssign.g:3932:4: enumLiteral_1= 'root-filesystem'
                    {
                    enumLiteral_1=(Token)match(input,83,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getProtectionAccess().getROOT_FILESYSTEMEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3939:3: (enumLiteral_2= 'agent-connection' )
                    {
                    // InternalAssign.g:3939:3: (enumLiteral_2= 'agent-connection' )
                    // InternalAssign.g:3940:4: enumLiteral_2= 'agent-connection'
                    {
                    enumLiteral_2=(Token)match(input,84,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getProtectionAccess().getAGENT_CONNECTIONEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:3947:3: (enumLiteral_3= 'management' )
                    {
                    // InternalAssign.g:3947:3: (enumLiteral_3= 'management' )
                    // InternalAssign.g:3948:4: enumLiteral_3= 'management'
                    {
                    enumLiteral_3=(Token)match(input,85,FOLLOW_2); 

                    				current = grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getProtectionAccess().getMANAGEMENTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:3955:3: (enumLiteral_4= 'policy' )
                    {
                    // InternalAssign.g:3955:3: (enumLiteral_4= 'policy' )
                    // InternalAssign.g:3956:4: enumLiteral_4= 'policy'
                    {
                    enumLiteral_4=(Token)match(input,86,FOLLOW_2); 

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
    // InternalAssign.g:3966:1: ruleRegionKind returns [Enumerator current=null] : ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) ) ;
    public final Enumerator ruleRegionKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalAssign.g:3972:2: ( ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) ) )
            // InternalAssign.g:3973:2: ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) )
            {
            // InternalAssign.g:3973:2: ( (enumLiteral_0= 'mmio' ) | (enumLiteral_1= 'pio' ) | (enumLiteral_2= 'config' ) | (enumLiteral_3= 'rom' ) | (enumLiteral_4= 'mc-portal' ) )
            int alt62=5;
            switch ( input.LA(1) ) {
            case 87:
                {
                alt62=1;
                }
                break;
            case 88:
                {
                alt62=2;
                }
                break;
            case 12:
                {
                alt62=3;
                }
                break;
            case 89:
                {
                alt62=4;
                }
                break;
            case 90:
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
                    // InternalAssign.g:3974:3: (enumLiteral_0= 'mmio' )
                    {
                    // InternalAssign.g:3974:3: (enumLiteral_0= 'mmio' )
                    // InternalAssign.g:3975:4: enumLiteral_0= 'mmio'
                    {
                    enumLiteral_0=(Token)match(input,87,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRegionKindAccess().getMMIOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:3982:3: (enumLiteral_1= 'pio' )
                    {
                    // InternalAssign.g:3982:3: (enumLiteral_1= 'pio' )
                    // InternalAssign.g:3983:4: enumLiteral_1= 'pio'
                    {
                    enumLiteral_1=(Token)match(input,88,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRegionKindAccess().getPIOEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:3990:3: (enumLiteral_2= 'config' )
                    {
                    // InternalAssign.g:3990:3: (enumLiteral_2= 'config' )
                    // InternalAssign.g:3991:4: enumLiteral_2= 'config'
                    {
                    enumLiteral_2=(Token)match(input,12,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRegionKindAccess().getCONFIGEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:3998:3: (enumLiteral_3= 'rom' )
                    {
                    // InternalAssign.g:3998:3: (enumLiteral_3= 'rom' )
                    // InternalAssign.g:3999:4: enumLiteral_3= 'rom'
                    {
                    enumLiteral_3=(Token)match(input,89,FOLLOW_2); 

                    				current = grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getRegionKindAccess().getROMEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:4006:3: (enumLiteral_4= 'mc-portal' )
                    {
                    // InternalAssign.g:4006:3: (enumLiteral_4= 'mc-portal' )
                    // InternalAssign.g:4007:4: enumLiteral_4= 'mc-portal'
                    {
                    enumLiteral_4=(Token)match(input,90,FOLLOW_2); 

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
    // InternalAssign.g:4017:1: ruleInterruptKind returns [Enumerator current=null] : ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) ) ;
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
            // InternalAssign.g:4023:2: ( ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) ) )
            // InternalAssign.g:4024:2: ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) )
            {
            // InternalAssign.g:4024:2: ( (enumLiteral_0= 'intx' ) | (enumLiteral_1= 'msi' ) | (enumLiteral_2= 'msix' ) | (enumLiteral_3= 'err' ) | (enumLiteral_4= 'req' ) | (enumLiteral_5= 'platform' ) )
            int alt63=6;
            switch ( input.LA(1) ) {
            case 91:
                {
                alt63=1;
                }
                break;
            case 92:
                {
                alt63=2;
                }
                break;
            case 93:
                {
                alt63=3;
                }
                break;
            case 94:
                {
                alt63=4;
                }
                break;
            case 95:
                {
                alt63=5;
                }
                break;
            case 54:
                {
                alt63=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 63, 0, input);

                throw nvae;
            }

            switch (alt63) {
                case 1 :
                    // InternalAssign.g:4025:3: (enumLiteral_0= 'intx' )
                    {
                    // InternalAssign.g:4025:3: (enumLiteral_0= 'intx' )
                    // InternalAssign.g:4026:4: enumLiteral_0= 'intx'
                    {
                    enumLiteral_0=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getInterruptKindAccess().getINTXEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalAssign.g:4033:3: (enumLiteral_1= 'msi' )
                    {
                    // InternalAssign.g:4033:3: (enumLiteral_1= 'msi' )
                    // InternalAssign.g:4034:4: enumLiteral_1= 'msi'
                    {
                    enumLiteral_1=(Token)match(input,92,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getInterruptKindAccess().getMSIEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalAssign.g:4041:3: (enumLiteral_2= 'msix' )
                    {
                    // InternalAssign.g:4041:3: (enumLiteral_2= 'msix' )
                    // InternalAssign.g:4042:4: enumLiteral_2= 'msix'
                    {
                    enumLiteral_2=(Token)match(input,93,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getInterruptKindAccess().getMSIXEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalAssign.g:4049:3: (enumLiteral_3= 'err' )
                    {
                    // InternalAssign.g:4049:3: (enumLiteral_3= 'err' )
                    // InternalAssign.g:4050:4: enumLiteral_3= 'err'
                    {
                    enumLiteral_3=(Token)match(input,94,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getInterruptKindAccess().getERREnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalAssign.g:4057:3: (enumLiteral_4= 'req' )
                    {
                    // InternalAssign.g:4057:3: (enumLiteral_4= 'req' )
                    // InternalAssign.g:4058:4: enumLiteral_4= 'req'
                    {
                    enumLiteral_4=(Token)match(input,95,FOLLOW_2); 

                    				current = grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getInterruptKindAccess().getREQEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalAssign.g:4065:3: (enumLiteral_5= 'platform' )
                    {
                    // InternalAssign.g:4065:3: (enumLiteral_5= 'platform' )
                    // InternalAssign.g:4066:4: enumLiteral_5= 'platform'
                    {
                    enumLiteral_5=(Token)match(input,54,FOLLOW_2); 

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


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000009000L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0xDDFFE4BE7EFD9040L,0x00000000FFFFFFBDL});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000062012002L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0xDDFFE4BE7EFDD050L,0x00000000FFFFFFBDL});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000062010002L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000020002L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000001FC0000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x00000000000000A0L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0xDDFFE4BE7EFD9050L,0x00000000FFFFFFBDL});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x000000001D200000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000001200000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000001000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0xDDFFE4BEFEFD9050L,0x00000000FFFFFFBDL});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x000004BE01000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000780L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000080000000L,0x0000000000000880L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000000000L,0x0000000000007000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x000004A001000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0xDDFFE4BE7EFD9070L,0x00000000FFFFFFBDL});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000004000000002L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000030000000000L,0x0000004000000002L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0xDDFFECBE7EFD9040L,0x00000000FFFFFFBDL});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000080000000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000004000000002L,0x0000002000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000000020000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0043E00081000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000000000000L,0x0000000000038710L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0043E00081000000L,0x0000000000038710L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0042000081000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0C3C000A00020000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0D80000A00020000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0F80000A00020000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0C00000A00020002L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000000L,0x00000000007C0000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0E00000A00020002L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x1000008001000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x2000000000000000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000180000001000L,0x0000000007800000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000180000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0xC000000000000002L,0x0000000000000001L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x8000000000000002L,0x0000000000000001L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000001L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0040000000000000L,0x00000000F8000000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000020000000002L,0x000000000000000EL});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000000000002L,0x000000000000000EL});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000002L,0x000000000000000CL});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000008L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000020000L,0x0000000000000030L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000000000020000L,0x0000000000000020L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0200000000020000L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0xDDFFE4BE7FFD9050L,0x00000000FFFFFFBDL});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000002L,0x0000000100000000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000000002L,0x0000001E00000000L});

}
