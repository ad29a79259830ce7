package org.devassign.dsl.parser.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.parser.antlr.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalAssignLexer extends Lexer {
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

    public InternalAssignLexer() {;} 
    public InternalAssignLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalAssignLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalAssign.g"; }

    // $ANTLR start "T__12"
    public final void mT__12() throws RecognitionException {
        try {
            int _type = T__12;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:11:7: ( 'config' )
            // InternalAssign.g:11:9: 'config'
            {
            match("config"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__12"

    // $ANTLR start "T__13"
    public final void mT__13() throws RecognitionException {
        try {
            int _type = T__13;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:12:7: ( 'for' )
            // InternalAssign.g:12:9: 'for'
            {
            match("for"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__13"

    // $ANTLR start "T__14"
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:13:7: ( 'board' )
            // InternalAssign.g:13:9: 'board'
            {
            match("board"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__14"

    // $ANTLR start "T__15"
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:14:7: ( 'import' )
            // InternalAssign.g:14:9: 'import'
            {
            match("import"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__15"

    // $ANTLR start "T__16"
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:15:7: ( 'vm' )
            // InternalAssign.g:15:9: 'vm'
            {
            match("vm"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__16"

    // $ANTLR start "T__17"
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:16:7: ( '{' )
            // InternalAssign.g:16:9: '{'
            {
            match('{'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__17"

    // $ANTLR start "T__18"
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:17:7: ( 'memory' )
            // InternalAssign.g:17:9: 'memory'
            {
            match("memory"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__18"

    // $ANTLR start "T__19"
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:18:7: ( 'vcpus' )
            // InternalAssign.g:18:9: 'vcpus'
            {
            match("vcpus"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__19"

    // $ANTLR start "T__20"
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:19:7: ( 'machine' )
            // InternalAssign.g:19:9: 'machine'
            {
            match("machine"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__20"

    // $ANTLR start "T__21"
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:20:7: ( 'memlock' )
            // InternalAssign.g:20:9: 'memlock'
            {
            match("memlock"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__21"

    // $ANTLR start "T__22"
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:21:7: ( 'qemu' )
            // InternalAssign.g:21:9: 'qemu'
            {
            match("qemu"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__22"

    // $ANTLR start "T__23"
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:22:7: ( 'libvirt' )
            // InternalAssign.g:22:9: 'libvirt'
            {
            match("libvirt"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__23"

    // $ANTLR start "T__24"
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:23:7: ( '}' )
            // InternalAssign.g:23:9: '}'
            {
            match('}'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__24"

    // $ANTLR start "T__25"
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:24:7: ( 'userspace' )
            // InternalAssign.g:24:9: 'userspace'
            {
            match("userspace"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__25"

    // $ANTLR start "T__26"
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:25:7: ( 'uid' )
            // InternalAssign.g:25:9: 'uid'
            {
            match("uid"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__26"

    // $ANTLR start "T__27"
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:26:7: ( 'gid' )
            // InternalAssign.g:26:9: 'gid'
            {
            match("gid"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__27"

    // $ANTLR start "T__28"
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:27:7: ( 'socket' )
            // InternalAssign.g:27:9: 'socket'
            {
            match("socket"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__28"

    // $ANTLR start "T__29"
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:28:7: ( 'probe' )
            // InternalAssign.g:28:9: 'probe'
            {
            match("probe"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__29"

    // $ANTLR start "T__30"
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:29:7: ( 'assign' )
            // InternalAssign.g:29:9: 'assign'
            {
            match("assign"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__30"

    // $ANTLR start "T__31"
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:30:7: ( '.' )
            // InternalAssign.g:30:9: '.'
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__31"

    // $ANTLR start "T__32"
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:31:7: ( 'vf' )
            // InternalAssign.g:31:9: 'vf'
            {
            match("vf"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__32"

    // $ANTLR start "T__33"
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:32:7: ( '[' )
            // InternalAssign.g:32:9: '['
            {
            match('['); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__33"

    // $ANTLR start "T__34"
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:33:7: ( '..' )
            // InternalAssign.g:33:9: '..'
            {
            match(".."); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__34"

    // $ANTLR start "T__35"
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:34:7: ( ']' )
            // InternalAssign.g:34:9: ']'
            {
            match(']'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__35"

    // $ANTLR start "T__36"
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:35:7: ( 'group' )
            // InternalAssign.g:35:9: 'group'
            {
            match("group"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__36"

    // $ANTLR start "T__37"
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:36:7: ( 'to' )
            // InternalAssign.g:36:9: 'to'
            {
            match("to"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__37"

    // $ANTLR start "T__38"
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:37:7: ( 'driver' )
            // InternalAssign.g:37:9: 'driver'
            {
            match("driver"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__38"

    // $ANTLR start "T__39"
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:38:7: ( 'open' )
            // InternalAssign.g:38:9: 'open'
            {
            match("open"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__39"

    // $ANTLR start "T__40"
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:39:7: ( 'reset' )
            // InternalAssign.g:39:9: 'reset'
            {
            match("reset"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__40"

    // $ANTLR start "T__41"
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:40:7: ( 'persistent' )
            // InternalAssign.g:40:9: 'persistent'
            {
            match("persistent"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__41"

    // $ANTLR start "T__42"
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:41:7: ( 'force' )
            // InternalAssign.g:41:9: 'force'
            {
            match("force"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__42"

    // $ANTLR start "T__43"
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:42:7: ( 'vfs' )
            // InternalAssign.g:42:9: 'vfs'
            {
            match("vfs"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__43"

    // $ANTLR start "T__44"
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:43:7: ( 'count' )
            // InternalAssign.g:43:9: 'count'
            {
            match("count"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__44"

    // $ANTLR start "T__45"
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:44:7: ( 'map' )
            // InternalAssign.g:44:9: 'map'
            {
            match("map"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__45"

    // $ANTLR start "T__46"
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:45:7: ( 'read-only' )
            // InternalAssign.g:45:9: 'read-only'
            {
            match("read-only"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__46"

    // $ANTLR start "T__47"
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:46:7: ( 'irq' )
            // InternalAssign.g:46:9: 'irq'
            {
            match("irq"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__47"

    // $ANTLR start "T__48"
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:47:7: ( 'start' )
            // InternalAssign.g:47:9: 'start'
            {
            match("start"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__48"

    // $ANTLR start "T__49"
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:48:7: ( 'dma' )
            // InternalAssign.g:48:9: 'dma'
            {
            match("dma"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__49"

    // $ANTLR start "T__50"
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:49:7: ( 'at' )
            // InternalAssign.g:49:9: 'at'
            {
            match("at"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__50"

    // $ANTLR start "T__51"
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:50:7: ( 'size' )
            // InternalAssign.g:50:9: 'size'
            {
            match("size"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__51"

    // $ANTLR start "T__52"
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:51:7: ( 'arch' )
            // InternalAssign.g:51:9: 'arch'
            {
            match("arch"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__52"

    // $ANTLR start "T__53"
    public final void mT__53() throws RecognitionException {
        try {
            int _type = T__53;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:52:7: ( 'page' )
            // InternalAssign.g:52:9: 'page'
            {
            match("page"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__53"

    // $ANTLR start "T__54"
    public final void mT__54() throws RecognitionException {
        try {
            int _type = T__54;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:53:7: ( 'kernel' )
            // InternalAssign.g:53:9: 'kernel'
            {
            match("kernel"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__54"

    // $ANTLR start "T__55"
    public final void mT__55() throws RecognitionException {
        try {
            int _type = T__55;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:54:7: ( 'capabilities' )
            // InternalAssign.g:54:9: 'capabilities'
            {
            match("capabilities"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__55"

    // $ANTLR start "T__56"
    public final void mT__56() throws RecognitionException {
        try {
            int _type = T__56;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:55:7: ( 'pci' )
            // InternalAssign.g:55:9: 'pci'
            {
            match("pci"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__56"

    // $ANTLR start "T__57"
    public final void mT__57() throws RecognitionException {
        try {
            int _type = T__57;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:56:7: ( 'vendor' )
            // InternalAssign.g:56:9: 'vendor'
            {
            match("vendor"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__57"

    // $ANTLR start "T__58"
    public final void mT__58() throws RecognitionException {
        try {
            int _type = T__58;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:57:7: ( 'device' )
            // InternalAssign.g:57:9: 'device'
            {
            match("device"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__58"

    // $ANTLR start "T__59"
    public final void mT__59() throws RecognitionException {
        try {
            int _type = T__59;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:58:7: ( 'class' )
            // InternalAssign.g:58:9: 'class'
            {
            match("class"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__59"

    // $ANTLR start "T__60"
    public final void mT__60() throws RecognitionException {
        try {
            int _type = T__60;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:59:7: ( 'bridge' )
            // InternalAssign.g:59:9: 'bridge'
            {
            match("bridge"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__60"

    // $ANTLR start "T__61"
    public final void mT__61() throws RecognitionException {
        try {
            int _type = T__61;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:60:7: ( 'platform' )
            // InternalAssign.g:60:9: 'platform'
            {
            match("platform"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__61"

    // $ANTLR start "T__62"
    public final void mT__62() throws RecognitionException {
        try {
            int _type = T__62;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:61:7: ( 'path' )
            // InternalAssign.g:61:9: 'path'
            {
            match("path"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__62"

    // $ANTLR start "T__63"
    public final void mT__63() throws RecognitionException {
        try {
            int _type = T__63;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:62:7: ( 'compatible' )
            // InternalAssign.g:62:9: 'compatible'
            {
            match("compatible"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__63"

    // $ANTLR start "T__64"
    public final void mT__64() throws RecognitionException {
        try {
            int _type = T__64;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:63:7: ( ',' )
            // InternalAssign.g:63:9: ','
            {
            match(','); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__64"

    // $ANTLR start "T__65"
    public final void mT__65() throws RecognitionException {
        try {
            int _type = T__65;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:64:7: ( 'protected' )
            // InternalAssign.g:64:9: 'protected'
            {
            match("protected"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__65"

    // $ANTLR start "T__66"
    public final void mT__66() throws RecognitionException {
        try {
            int _type = T__66;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:65:7: ( 'dma-mask' )
            // InternalAssign.g:65:9: 'dma-mask'
            {
            match("dma-mask"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__66"

    // $ANTLR start "T__67"
    public final void mT__67() throws RecognitionException {
        try {
            int _type = T__67;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:66:7: ( 'region' )
            // InternalAssign.g:66:9: 'region'
            {
            match("region"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__67"

    // $ANTLR start "T__68"
    public final void mT__68() throws RecognitionException {
        try {
            int _type = T__68;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:67:7: ( 'index' )
            // InternalAssign.g:67:9: 'index'
            {
            match("index"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__68"

    // $ANTLR start "T__69"
    public final void mT__69() throws RecognitionException {
        try {
            int _type = T__69;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:68:7: ( 'read' )
            // InternalAssign.g:68:9: 'read'
            {
            match("read"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__69"

    // $ANTLR start "T__70"
    public final void mT__70() throws RecognitionException {
        try {
            int _type = T__70;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:69:7: ( 'write' )
            // InternalAssign.g:69:9: 'write'
            {
            match("write"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__70"

    // $ANTLR start "T__71"
    public final void mT__71() throws RecognitionException {
        try {
            int _type = T__71;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:70:7: ( 'mmap' )
            // InternalAssign.g:70:9: 'mmap'
            {
            match("mmap"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__71"

    // $ANTLR start "T__72"
    public final void mT__72() throws RecognitionException {
        try {
            int _type = T__72;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:71:7: ( 'eventfd' )
            // InternalAssign.g:71:9: 'eventfd'
            {
            match("eventfd"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__72"

    // $ANTLR start "T__73"
    public final void mT__73() throws RecognitionException {
        try {
            int _type = T__73;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:72:7: ( 'maskable' )
            // InternalAssign.g:72:9: 'maskable'
            {
            match("maskable"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__73"

    // $ANTLR start "T__74"
    public final void mT__74() throws RecognitionException {
        try {
            int _type = T__74;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:73:7: ( 'automasked' )
            // InternalAssign.g:73:9: 'automasked'
            {
            match("automasked"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__74"

    // $ANTLR start "T__75"
    public final void mT__75() throws RecognitionException {
        try {
            int _type = T__75;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:74:7: ( 'noiommu' )
            // InternalAssign.g:74:9: 'noiommu'
            {
            match("noiommu"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__75"

    // $ANTLR start "T__76"
    public final void mT__76() throws RecognitionException {
        try {
            int _type = T__76;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:75:7: ( 'iova' )
            // InternalAssign.g:75:9: 'iova'
            {
            match("iova"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__76"

    // $ANTLR start "T__77"
    public final void mT__77() throws RecognitionException {
        try {
            int _type = T__77;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:76:7: ( 'auto' )
            // InternalAssign.g:76:9: 'auto'
            {
            match("auto"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__77"

    // $ANTLR start "T__78"
    public final void mT__78() throws RecognitionException {
        try {
            int _type = T__78;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:77:7: ( 'vfio-pci' )
            // InternalAssign.g:77:9: 'vfio-pci'
            {
            match("vfio-pci"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__78"

    // $ANTLR start "T__79"
    public final void mT__79() throws RecognitionException {
        try {
            int _type = T__79;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:78:7: ( 'vfio-platform' )
            // InternalAssign.g:78:9: 'vfio-platform'
            {
            match("vfio-platform"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__79"

    // $ANTLR start "T__80"
    public final void mT__80() throws RecognitionException {
        try {
            int _type = T__80;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:79:7: ( 'vfio-fsl-mc' )
            // InternalAssign.g:79:9: 'vfio-fsl-mc'
            {
            match("vfio-fsl-mc"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__80"

    // $ANTLR start "T__81"
    public final void mT__81() throws RecognitionException {
        try {
            int _type = T__81;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:80:7: ( 'cdev' )
            // InternalAssign.g:80:9: 'cdev'
            {
            match("cdev"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__81"

    // $ANTLR start "T__82"
    public final void mT__82() throws RecognitionException {
        try {
            int _type = T__82;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:81:7: ( 'if-available' )
            // InternalAssign.g:81:9: 'if-available'
            {
            match("if-available"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__82"

    // $ANTLR start "T__83"
    public final void mT__83() throws RecognitionException {
        try {
            int _type = T__83;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:82:7: ( 'required' )
            // InternalAssign.g:82:9: 'required'
            {
            match("required"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__83"

    // $ANTLR start "T__84"
    public final void mT__84() throws RecognitionException {
        try {
            int _type = T__84;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:83:7: ( 'never' )
            // InternalAssign.g:83:9: 'never'
            {
            match("never"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__84"

    // $ANTLR start "T__85"
    public final void mT__85() throws RecognitionException {
        try {
            int _type = T__85;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:84:7: ( 'vfio-cdev' )
            // InternalAssign.g:84:9: 'vfio-cdev'
            {
            match("vfio-cdev"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__85"

    // $ANTLR start "T__86"
    public final void mT__86() throws RecognitionException {
        try {
            int _type = T__86;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:85:7: ( 'iommufd' )
            // InternalAssign.g:85:9: 'iommufd'
            {
            match("iommufd"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__86"

    // $ANTLR start "T__87"
    public final void mT__87() throws RecognitionException {
        try {
            int _type = T__87;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:86:7: ( 'type1v2' )
            // InternalAssign.g:86:9: 'type1v2'
            {
            match("type1v2"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__87"

    // $ANTLR start "T__88"
    public final void mT__88() throws RecognitionException {
        try {
            int _type = T__88;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:87:7: ( 'none' )
            // InternalAssign.g:87:9: 'none'
            {
            match("none"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__88"

    // $ANTLR start "T__89"
    public final void mT__89() throws RecognitionException {
        try {
            int _type = T__89;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:88:7: ( 'root-filesystem' )
            // InternalAssign.g:88:9: 'root-filesystem'
            {
            match("root-filesystem"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__89"

    // $ANTLR start "T__90"
    public final void mT__90() throws RecognitionException {
        try {
            int _type = T__90;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:89:7: ( 'agent-connection' )
            // InternalAssign.g:89:9: 'agent-connection'
            {
            match("agent-connection"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__90"

    // $ANTLR start "T__91"
    public final void mT__91() throws RecognitionException {
        try {
            int _type = T__91;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:90:7: ( 'management' )
            // InternalAssign.g:90:9: 'management'
            {
            match("management"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__91"

    // $ANTLR start "T__92"
    public final void mT__92() throws RecognitionException {
        try {
            int _type = T__92;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:91:7: ( 'policy' )
            // InternalAssign.g:91:9: 'policy'
            {
            match("policy"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__92"

    // $ANTLR start "T__93"
    public final void mT__93() throws RecognitionException {
        try {
            int _type = T__93;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:92:7: ( 'mmio' )
            // InternalAssign.g:92:9: 'mmio'
            {
            match("mmio"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__93"

    // $ANTLR start "T__94"
    public final void mT__94() throws RecognitionException {
        try {
            int _type = T__94;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:93:7: ( 'pio' )
            // InternalAssign.g:93:9: 'pio'
            {
            match("pio"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__94"

    // $ANTLR start "T__95"
    public final void mT__95() throws RecognitionException {
        try {
            int _type = T__95;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:94:7: ( 'rom' )
            // InternalAssign.g:94:9: 'rom'
            {
            match("rom"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__95"

    // $ANTLR start "T__96"
    public final void mT__96() throws RecognitionException {
        try {
            int _type = T__96;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:95:7: ( 'mc-portal' )
            // InternalAssign.g:95:9: 'mc-portal'
            {
            match("mc-portal"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__96"

    // $ANTLR start "T__97"
    public final void mT__97() throws RecognitionException {
        try {
            int _type = T__97;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:96:7: ( 'intx' )
            // InternalAssign.g:96:9: 'intx'
            {
            match("intx"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__97"

    // $ANTLR start "T__98"
    public final void mT__98() throws RecognitionException {
        try {
            int _type = T__98;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:97:7: ( 'msi' )
            // InternalAssign.g:97:9: 'msi'
            {
            match("msi"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__98"

    // $ANTLR start "T__99"
    public final void mT__99() throws RecognitionException {
        try {
            int _type = T__99;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:98:7: ( 'msix' )
            // InternalAssign.g:98:9: 'msix'
            {
            match("msix"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__99"

    // $ANTLR start "T__100"
    public final void mT__100() throws RecognitionException {
        try {
            int _type = T__100;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:99:8: ( 'err' )
            // InternalAssign.g:99:10: 'err'
            {
            match("err"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__100"

    // $ANTLR start "T__101"
    public final void mT__101() throws RecognitionException {
        try {
            int _type = T__101;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:100:8: ( 'req' )
            // InternalAssign.g:100:10: 'req'
            {
            match("req"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__101"

    // $ANTLR start "T__102"
    public final void mT__102() throws RecognitionException {
        try {
            int _type = T__102;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:101:8: ( 'KiB' )
            // InternalAssign.g:101:10: 'KiB'
            {
            match("KiB"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__102"

    // $ANTLR start "T__103"
    public final void mT__103() throws RecognitionException {
        try {
            int _type = T__103;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:102:8: ( 'MiB' )
            // InternalAssign.g:102:10: 'MiB'
            {
            match("MiB"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__103"

    // $ANTLR start "T__104"
    public final void mT__104() throws RecognitionException {
        try {
            int _type = T__104;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:103:8: ( 'GiB' )
            // InternalAssign.g:103:10: 'GiB'
            {
            match("GiB"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__104"

    // $ANTLR start "T__105"
    public final void mT__105() throws RecognitionException {
        try {
            int _type = T__105;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:104:8: ( 'TiB' )
            // InternalAssign.g:104:10: 'TiB'
            {
            match("TiB"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__105"

    // $ANTLR start "T__106"
    public final void mT__106() throws RecognitionException {
        try {
            int _type = T__106;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:105:8: ( 'write-only' )
            // InternalAssign.g:105:10: 'write-only'
            {
            match("write-only"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__106"

    // $ANTLR start "T__107"
    public final void mT__107() throws RecognitionException {
        try {
            int _type = T__107;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:106:8: ( 'masked' )
            // InternalAssign.g:106:10: 'masked'
            {
            match("masked"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__107"

    // $ANTLR start "RULE_HEX"
    public final void mRULE_HEX() throws RecognitionException {
        try {
            int _type = RULE_HEX;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4274:10: ( '0x' ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+ )
            // InternalAssign.g:4274:12: '0x' ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+
            {
            match("0x"); 

            // InternalAssign.g:4274:17: ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+
            int cnt1=0;
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( ((LA1_0>='0' && LA1_0<='9')||(LA1_0>='A' && LA1_0<='F')||LA1_0=='_'||(LA1_0>='a' && LA1_0<='f')) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalAssign.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='F')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='f') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt1 >= 1 ) break loop1;
                        EarlyExitException eee =
                            new EarlyExitException(1, input);
                        throw eee;
                }
                cnt1++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_HEX"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4276:9: ( ( ' ' | '\\t' | '\\r' | '\\n' | '\\uFEFF' )+ )
            // InternalAssign.g:4276:11: ( ' ' | '\\t' | '\\r' | '\\n' | '\\uFEFF' )+
            {
            // InternalAssign.g:4276:11: ( ' ' | '\\t' | '\\r' | '\\n' | '\\uFEFF' )+
            int cnt2=0;
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( ((LA2_0>='\t' && LA2_0<='\n')||LA2_0=='\r'||LA2_0==' '||LA2_0=='\uFEFF') ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalAssign.g:
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' '||input.LA(1)=='\uFEFF' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt2 >= 1 ) break loop2;
                        EarlyExitException eee =
                            new EarlyExitException(2, input);
                        throw eee;
                }
                cnt2++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_ID"
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4278:9: ( ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' | '-' )* )
            // InternalAssign.g:4278:11: ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' | '-' )*
            {
            // InternalAssign.g:4278:11: ( '^' )?
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0=='^') ) {
                alt3=1;
            }
            switch (alt3) {
                case 1 :
                    // InternalAssign.g:4278:11: '^'
                    {
                    match('^'); 

                    }
                    break;

            }

            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalAssign.g:4278:40: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' | '-' )*
            loop4:
            do {
                int alt4=2;
                int LA4_0 = input.LA(1);

                if ( (LA4_0=='-'||(LA4_0>='0' && LA4_0<='9')||(LA4_0>='A' && LA4_0<='Z')||LA4_0=='_'||(LA4_0>='a' && LA4_0<='z')) ) {
                    alt4=1;
                }


                switch (alt4) {
            	case 1 :
            	    // InternalAssign.g:
            	    {
            	    if ( input.LA(1)=='-'||(input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop4;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ID"

    // $ANTLR start "RULE_INT"
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4280:10: ( ( '0' .. '9' )+ )
            // InternalAssign.g:4280:12: ( '0' .. '9' )+
            {
            // InternalAssign.g:4280:12: ( '0' .. '9' )+
            int cnt5=0;
            loop5:
            do {
                int alt5=2;
                int LA5_0 = input.LA(1);

                if ( ((LA5_0>='0' && LA5_0<='9')) ) {
                    alt5=1;
                }


                switch (alt5) {
            	case 1 :
            	    // InternalAssign.g:4280:13: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt5 >= 1 ) break loop5;
                        EarlyExitException eee =
                            new EarlyExitException(5, input);
                        throw eee;
                }
                cnt5++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_INT"

    // $ANTLR start "RULE_STRING"
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4282:13: ( ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' ) )
            // InternalAssign.g:4282:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            {
            // InternalAssign.g:4282:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0=='\"') ) {
                alt8=1;
            }
            else if ( (LA8_0=='\'') ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalAssign.g:4282:16: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"'
                    {
                    match('\"'); 
                    // InternalAssign.g:4282:20: ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )*
                    loop6:
                    do {
                        int alt6=3;
                        int LA6_0 = input.LA(1);

                        if ( (LA6_0=='\\') ) {
                            alt6=1;
                        }
                        else if ( ((LA6_0>='\u0000' && LA6_0<='!')||(LA6_0>='#' && LA6_0<='[')||(LA6_0>=']' && LA6_0<='\uFFFF')) ) {
                            alt6=2;
                        }


                        switch (alt6) {
                    	case 1 :
                    	    // InternalAssign.g:4282:21: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:4282:28: ~ ( ( '\\\\' | '\"' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop6;
                        }
                    } while (true);

                    match('\"'); 

                    }
                    break;
                case 2 :
                    // InternalAssign.g:4282:48: '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\''
                    {
                    match('\''); 
                    // InternalAssign.g:4282:53: ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )*
                    loop7:
                    do {
                        int alt7=3;
                        int LA7_0 = input.LA(1);

                        if ( (LA7_0=='\\') ) {
                            alt7=1;
                        }
                        else if ( ((LA7_0>='\u0000' && LA7_0<='&')||(LA7_0>='(' && LA7_0<='[')||(LA7_0>=']' && LA7_0<='\uFFFF')) ) {
                            alt7=2;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalAssign.g:4282:54: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalAssign.g:4282:61: ~ ( ( '\\\\' | '\\'' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='&')||(input.LA(1)>='(' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop7;
                        }
                    } while (true);

                    match('\''); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_STRING"

    // $ANTLR start "RULE_ML_COMMENT"
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4284:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalAssign.g:4284:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalAssign.g:4284:24: ( options {greedy=false; } : . )*
            loop9:
            do {
                int alt9=2;
                int LA9_0 = input.LA(1);

                if ( (LA9_0=='*') ) {
                    int LA9_1 = input.LA(2);

                    if ( (LA9_1=='/') ) {
                        alt9=2;
                    }
                    else if ( ((LA9_1>='\u0000' && LA9_1<='.')||(LA9_1>='0' && LA9_1<='\uFFFF')) ) {
                        alt9=1;
                    }


                }
                else if ( ((LA9_0>='\u0000' && LA9_0<=')')||(LA9_0>='+' && LA9_0<='\uFFFF')) ) {
                    alt9=1;
                }


                switch (alt9) {
            	case 1 :
            	    // InternalAssign.g:4284:52: .
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop9;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ML_COMMENT"

    // $ANTLR start "RULE_SL_COMMENT"
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4286:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalAssign.g:4286:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalAssign.g:4286:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( ((LA10_0>='\u0000' && LA10_0<='\t')||(LA10_0>='\u000B' && LA10_0<='\f')||(LA10_0>='\u000E' && LA10_0<='\uFFFF')) ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalAssign.g:4286:24: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop10;
                }
            } while (true);

            // InternalAssign.g:4286:40: ( ( '\\r' )? '\\n' )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0=='\n'||LA12_0=='\r') ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalAssign.g:4286:41: ( '\\r' )? '\\n'
                    {
                    // InternalAssign.g:4286:41: ( '\\r' )?
                    int alt11=2;
                    int LA11_0 = input.LA(1);

                    if ( (LA11_0=='\r') ) {
                        alt11=1;
                    }
                    switch (alt11) {
                        case 1 :
                            // InternalAssign.g:4286:41: '\\r'
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SL_COMMENT"

    // $ANTLR start "RULE_ANY_OTHER"
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalAssign.g:4288:16: ( . )
            // InternalAssign.g:4288:18: .
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANY_OTHER"

    public void mTokens() throws RecognitionException {
        // InternalAssign.g:1:8: ( T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | RULE_HEX | RULE_WS | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_ANY_OTHER )
        int alt13=104;
        alt13 = dfa13.predict(input);
        switch (alt13) {
            case 1 :
                // InternalAssign.g:1:10: T__12
                {
                mT__12(); 

                }
                break;
            case 2 :
                // InternalAssign.g:1:16: T__13
                {
                mT__13(); 

                }
                break;
            case 3 :
                // InternalAssign.g:1:22: T__14
                {
                mT__14(); 

                }
                break;
            case 4 :
                // InternalAssign.g:1:28: T__15
                {
                mT__15(); 

                }
                break;
            case 5 :
                // InternalAssign.g:1:34: T__16
                {
                mT__16(); 

                }
                break;
            case 6 :
                // InternalAssign.g:1:40: T__17
                {
                mT__17(); 

                }
                break;
            case 7 :
                // InternalAssign.g:1:46: T__18
                {
                mT__18(); 

                }
                break;
            case 8 :
                // InternalAssign.g:1:52: T__19
                {
                mT__19(); 

                }
                break;
            case 9 :
                // InternalAssign.g:1:58: T__20
                {
                mT__20(); 

                }
                break;
            case 10 :
                // InternalAssign.g:1:64: T__21
                {
                mT__21(); 

                }
                break;
            case 11 :
                // InternalAssign.g:1:70: T__22
                {
                mT__22(); 

                }
                break;
            case 12 :
                // InternalAssign.g:1:76: T__23
                {
                mT__23(); 

                }
                break;
            case 13 :
                // InternalAssign.g:1:82: T__24
                {
                mT__24(); 

                }
                break;
            case 14 :
                // InternalAssign.g:1:88: T__25
                {
                mT__25(); 

                }
                break;
            case 15 :
                // InternalAssign.g:1:94: T__26
                {
                mT__26(); 

                }
                break;
            case 16 :
                // InternalAssign.g:1:100: T__27
                {
                mT__27(); 

                }
                break;
            case 17 :
                // InternalAssign.g:1:106: T__28
                {
                mT__28(); 

                }
                break;
            case 18 :
                // InternalAssign.g:1:112: T__29
                {
                mT__29(); 

                }
                break;
            case 19 :
                // InternalAssign.g:1:118: T__30
                {
                mT__30(); 

                }
                break;
            case 20 :
                // InternalAssign.g:1:124: T__31
                {
                mT__31(); 

                }
                break;
            case 21 :
                // InternalAssign.g:1:130: T__32
                {
                mT__32(); 

                }
                break;
            case 22 :
                // InternalAssign.g:1:136: T__33
                {
                mT__33(); 

                }
                break;
            case 23 :
                // InternalAssign.g:1:142: T__34
                {
                mT__34(); 

                }
                break;
            case 24 :
                // InternalAssign.g:1:148: T__35
                {
                mT__35(); 

                }
                break;
            case 25 :
                // InternalAssign.g:1:154: T__36
                {
                mT__36(); 

                }
                break;
            case 26 :
                // InternalAssign.g:1:160: T__37
                {
                mT__37(); 

                }
                break;
            case 27 :
                // InternalAssign.g:1:166: T__38
                {
                mT__38(); 

                }
                break;
            case 28 :
                // InternalAssign.g:1:172: T__39
                {
                mT__39(); 

                }
                break;
            case 29 :
                // InternalAssign.g:1:178: T__40
                {
                mT__40(); 

                }
                break;
            case 30 :
                // InternalAssign.g:1:184: T__41
                {
                mT__41(); 

                }
                break;
            case 31 :
                // InternalAssign.g:1:190: T__42
                {
                mT__42(); 

                }
                break;
            case 32 :
                // InternalAssign.g:1:196: T__43
                {
                mT__43(); 

                }
                break;
            case 33 :
                // InternalAssign.g:1:202: T__44
                {
                mT__44(); 

                }
                break;
            case 34 :
                // InternalAssign.g:1:208: T__45
                {
                mT__45(); 

                }
                break;
            case 35 :
                // InternalAssign.g:1:214: T__46
                {
                mT__46(); 

                }
                break;
            case 36 :
                // InternalAssign.g:1:220: T__47
                {
                mT__47(); 

                }
                break;
            case 37 :
                // InternalAssign.g:1:226: T__48
                {
                mT__48(); 

                }
                break;
            case 38 :
                // InternalAssign.g:1:232: T__49
                {
                mT__49(); 

                }
                break;
            case 39 :
                // InternalAssign.g:1:238: T__50
                {
                mT__50(); 

                }
                break;
            case 40 :
                // InternalAssign.g:1:244: T__51
                {
                mT__51(); 

                }
                break;
            case 41 :
                // InternalAssign.g:1:250: T__52
                {
                mT__52(); 

                }
                break;
            case 42 :
                // InternalAssign.g:1:256: T__53
                {
                mT__53(); 

                }
                break;
            case 43 :
                // InternalAssign.g:1:262: T__54
                {
                mT__54(); 

                }
                break;
            case 44 :
                // InternalAssign.g:1:268: T__55
                {
                mT__55(); 

                }
                break;
            case 45 :
                // InternalAssign.g:1:274: T__56
                {
                mT__56(); 

                }
                break;
            case 46 :
                // InternalAssign.g:1:280: T__57
                {
                mT__57(); 

                }
                break;
            case 47 :
                // InternalAssign.g:1:286: T__58
                {
                mT__58(); 

                }
                break;
            case 48 :
                // InternalAssign.g:1:292: T__59
                {
                mT__59(); 

                }
                break;
            case 49 :
                // InternalAssign.g:1:298: T__60
                {
                mT__60(); 

                }
                break;
            case 50 :
                // InternalAssign.g:1:304: T__61
                {
                mT__61(); 

                }
                break;
            case 51 :
                // InternalAssign.g:1:310: T__62
                {
                mT__62(); 

                }
                break;
            case 52 :
                // InternalAssign.g:1:316: T__63
                {
                mT__63(); 

                }
                break;
            case 53 :
                // InternalAssign.g:1:322: T__64
                {
                mT__64(); 

                }
                break;
            case 54 :
                // InternalAssign.g:1:328: T__65
                {
                mT__65(); 

                }
                break;
            case 55 :
                // InternalAssign.g:1:334: T__66
                {
                mT__66(); 

                }
                break;
            case 56 :
                // InternalAssign.g:1:340: T__67
                {
                mT__67(); 

                }
                break;
            case 57 :
                // InternalAssign.g:1:346: T__68
                {
                mT__68(); 

                }
                break;
            case 58 :
                // InternalAssign.g:1:352: T__69
                {
                mT__69(); 

                }
                break;
            case 59 :
                // InternalAssign.g:1:358: T__70
                {
                mT__70(); 

                }
                break;
            case 60 :
                // InternalAssign.g:1:364: T__71
                {
                mT__71(); 

                }
                break;
            case 61 :
                // InternalAssign.g:1:370: T__72
                {
                mT__72(); 

                }
                break;
            case 62 :
                // InternalAssign.g:1:376: T__73
                {
                mT__73(); 

                }
                break;
            case 63 :
                // InternalAssign.g:1:382: T__74
                {
                mT__74(); 

                }
                break;
            case 64 :
                // InternalAssign.g:1:388: T__75
                {
                mT__75(); 

                }
                break;
            case 65 :
                // InternalAssign.g:1:394: T__76
                {
                mT__76(); 

                }
                break;
            case 66 :
                // InternalAssign.g:1:400: T__77
                {
                mT__77(); 

                }
                break;
            case 67 :
                // InternalAssign.g:1:406: T__78
                {
                mT__78(); 

                }
                break;
            case 68 :
                // InternalAssign.g:1:412: T__79
                {
                mT__79(); 

                }
                break;
            case 69 :
                // InternalAssign.g:1:418: T__80
                {
                mT__80(); 

                }
                break;
            case 70 :
                // InternalAssign.g:1:424: T__81
                {
                mT__81(); 

                }
                break;
            case 71 :
                // InternalAssign.g:1:430: T__82
                {
                mT__82(); 

                }
                break;
            case 72 :
                // InternalAssign.g:1:436: T__83
                {
                mT__83(); 

                }
                break;
            case 73 :
                // InternalAssign.g:1:442: T__84
                {
                mT__84(); 

                }
                break;
            case 74 :
                // InternalAssign.g:1:448: T__85
                {
                mT__85(); 

                }
                break;
            case 75 :
                // InternalAssign.g:1:454: T__86
                {
                mT__86(); 

                }
                break;
            case 76 :
                // InternalAssign.g:1:460: T__87
                {
                mT__87(); 

                }
                break;
            case 77 :
                // InternalAssign.g:1:466: T__88
                {
                mT__88(); 

                }
                break;
            case 78 :
                // InternalAssign.g:1:472: T__89
                {
                mT__89(); 

                }
                break;
            case 79 :
                // InternalAssign.g:1:478: T__90
                {
                mT__90(); 

                }
                break;
            case 80 :
                // InternalAssign.g:1:484: T__91
                {
                mT__91(); 

                }
                break;
            case 81 :
                // InternalAssign.g:1:490: T__92
                {
                mT__92(); 

                }
                break;
            case 82 :
                // InternalAssign.g:1:496: T__93
                {
                mT__93(); 

                }
                break;
            case 83 :
                // InternalAssign.g:1:502: T__94
                {
                mT__94(); 

                }
                break;
            case 84 :
                // InternalAssign.g:1:508: T__95
                {
                mT__95(); 

                }
                break;
            case 85 :
                // InternalAssign.g:1:514: T__96
                {
                mT__96(); 

                }
                break;
            case 86 :
                // InternalAssign.g:1:520: T__97
                {
                mT__97(); 

                }
                break;
            case 87 :
                // InternalAssign.g:1:526: T__98
                {
                mT__98(); 

                }
                break;
            case 88 :
                // InternalAssign.g:1:532: T__99
                {
                mT__99(); 

                }
                break;
            case 89 :
                // InternalAssign.g:1:538: T__100
                {
                mT__100(); 

                }
                break;
            case 90 :
                // InternalAssign.g:1:545: T__101
                {
                mT__101(); 

                }
                break;
            case 91 :
                // InternalAssign.g:1:552: T__102
                {
                mT__102(); 

                }
                break;
            case 92 :
                // InternalAssign.g:1:559: T__103
                {
                mT__103(); 

                }
                break;
            case 93 :
                // InternalAssign.g:1:566: T__104
                {
                mT__104(); 

                }
                break;
            case 94 :
                // InternalAssign.g:1:573: T__105
                {
                mT__105(); 

                }
                break;
            case 95 :
                // InternalAssign.g:1:580: T__106
                {
                mT__106(); 

                }
                break;
            case 96 :
                // InternalAssign.g:1:587: T__107
                {
                mT__107(); 

                }
                break;
            case 97 :
                // InternalAssign.g:1:594: RULE_HEX
                {
                mRULE_HEX(); 

                }
                break;
            case 98 :
                // InternalAssign.g:1:603: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 99 :
                // InternalAssign.g:1:611: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 100 :
                // InternalAssign.g:1:619: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 101 :
                // InternalAssign.g:1:628: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 102 :
                // InternalAssign.g:1:640: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 103 :
                // InternalAssign.g:1:656: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 104 :
                // InternalAssign.g:1:672: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA13 dfa13 = new DFA13(this);
    static final String DFA13_eotS =
        "\1\uffff\5\55\1\uffff\3\55\1\uffff\5\55\1\127\2\uffff\5\55\1\uffff\7\55\1\156\1\uffff\1\50\2\uffff\3\50\1\uffff\4\55\1\uffff\10\55\1\u0083\1\55\1\u0087\1\55\1\uffff\7\55\1\uffff\17\55\1\u00a4\3\55\4\uffff\1\u00a8\10\55\1\uffff\11\55\6\uffff\6\55\1\u00c6\3\55\1\u00ca\5\55\1\uffff\1\55\1\u00d1\1\55\1\uffff\3\55\1\u00d7\5\55\1\u00de\3\55\1\u00e2\1\u00e3\10\55\1\u00ed\2\55\1\u00f0\1\55\1\uffff\3\55\1\uffff\2\55\1\u00f8\5\55\1\u00ff\1\55\1\u0101\3\55\1\u0105\3\55\1\u0109\1\u010a\1\u010b\1\u010c\5\55\1\u0112\1\55\1\uffff\3\55\1\uffff\1\55\1\u0118\1\u0119\3\55\1\uffff\5\55\1\uffff\2\55\1\u0125\1\u0126\1\55\1\u0128\1\uffff\1\u0129\2\55\2\uffff\3\55\1\u012f\3\55\1\u0133\1\u0134\1\uffff\2\55\1\uffff\1\55\1\u0138\1\u013a\4\55\1\uffff\1\55\1\u0140\1\55\1\u0143\2\55\1\uffff\1\55\1\uffff\3\55\1\uffff\1\55\1\u014b\1\55\4\uffff\1\55\1\u014e\2\55\1\u0151\1\uffff\1\u0152\1\u0153\2\55\1\u0156\2\uffff\2\55\1\u0159\10\55\2\uffff\1\55\2\uffff\2\55\1\u0167\1\55\1\u0169\1\uffff\1\u016a\2\55\2\uffff\3\55\1\uffff\1\55\1\uffff\5\55\1\uffff\1\u0176\1\55\1\uffff\4\55\1\u017d\2\55\1\uffff\1\u0180\1\u0181\1\uffff\2\55\3\uffff\1\u0184\1\u0185\1\uffff\2\55\1\uffff\3\55\1\u018c\1\u018d\3\55\1\u0191\4\55\1\uffff\1\u0196\2\uffff\3\55\1\u019a\1\u019b\3\55\1\u019f\1\55\1\u01a1\1\uffff\1\55\1\u01a3\2\55\1\u01a6\1\55\1\uffff\2\55\2\uffff\2\55\2\uffff\1\u01ac\5\55\2\uffff\1\u01b2\1\u01b3\1\55\1\uffff\2\55\1\u01b7\1\55\1\uffff\3\55\2\uffff\2\55\1\u01be\1\uffff\1\55\1\uffff\1\55\1\uffff\2\55\1\uffff\1\55\1\u01c4\1\u01c5\2\55\1\uffff\1\55\1\u01c9\3\55\2\uffff\1\u01cd\2\55\1\uffff\3\55\1\u01d3\2\55\1\uffff\1\u01d6\1\55\1\u01d8\2\55\2\uffff\3\55\1\uffff\2\55\1\u01e0\1\uffff\1\55\1\u01e2\1\u01e3\1\u01e4\1\55\1\uffff\2\55\1\uffff\1\u01e8\1\uffff\2\55\1\u01eb\4\55\1\uffff\1\u01f0\3\uffff\1\u01f1\1\u01f2\1\55\1\uffff\1\55\1\u01f5\1\uffff\3\55\1\u01f9\3\uffff\2\55\1\uffff\1\u01fc\1\u01fd\1\55\1\uffff\2\55\2\uffff\1\u0201\2\55\1\uffff\3\55\1\u0207\1\u0208\2\uffff";
    static final String DFA13_eofS =
        "\u0209\uffff";
    static final String DFA13_minS =
        "\1\0\1\141\2\157\1\146\1\143\1\uffff\1\141\1\145\1\151\1\uffff\3\151\1\141\1\147\1\56\2\uffff\1\157\1\145\1\160\2\145\1\uffff\2\162\1\145\4\151\1\170\1\uffff\1\101\2\uffff\2\0\1\52\1\uffff\1\155\1\160\1\141\1\145\1\uffff\1\162\1\141\1\151\1\160\1\161\1\144\1\155\2\55\1\160\1\55\1\156\1\uffff\1\155\1\143\1\141\1\55\1\151\1\155\1\142\1\uffff\1\145\2\144\1\157\1\143\1\141\1\172\1\157\1\162\1\147\1\151\1\141\1\154\1\157\1\163\1\55\1\143\1\164\1\145\4\uffff\1\55\1\160\1\151\1\141\1\166\1\145\1\141\1\155\1\162\1\uffff\1\151\1\145\1\162\1\151\1\166\4\102\6\uffff\1\146\1\156\1\160\1\141\1\163\1\166\1\55\1\162\1\144\1\157\1\55\1\145\1\170\1\141\1\155\1\141\1\uffff\1\165\1\55\1\157\1\uffff\1\144\1\154\1\150\1\55\1\153\1\141\1\160\1\157\1\160\1\55\1\165\1\166\1\162\2\55\1\165\1\153\1\162\1\145\1\142\1\163\1\145\1\150\1\55\1\164\1\151\1\55\1\151\1\uffff\1\150\1\157\1\156\1\uffff\1\145\1\166\1\55\1\151\1\156\1\145\1\144\1\151\1\55\1\164\1\55\1\156\1\164\1\156\1\55\1\157\2\145\4\55\1\151\1\164\1\141\1\142\1\163\1\55\1\145\1\uffff\1\144\1\147\1\162\1\uffff\1\170\2\55\1\165\1\166\1\163\1\uffff\1\55\1\157\1\162\1\157\1\151\1\uffff\1\141\1\147\2\55\1\157\1\55\1\uffff\1\55\1\151\1\163\2\uffff\1\160\1\145\1\164\1\55\2\145\1\151\2\55\1\uffff\1\146\1\143\1\uffff\1\147\2\55\1\164\1\61\1\145\1\155\1\uffff\1\143\1\55\1\164\1\55\1\157\1\151\1\uffff\1\55\1\uffff\2\145\1\164\1\uffff\1\155\1\55\1\162\4\uffff\1\147\1\55\1\164\1\151\1\55\1\uffff\2\55\1\145\1\164\1\55\2\uffff\1\146\1\141\1\55\1\143\1\162\1\171\1\143\1\156\1\142\1\144\1\145\2\uffff\1\162\2\uffff\1\162\1\160\1\55\1\164\1\55\1\uffff\1\55\1\143\1\163\2\uffff\1\157\1\171\1\156\1\uffff\1\141\1\uffff\1\55\1\166\1\162\1\141\1\145\1\uffff\1\55\1\157\1\uffff\1\156\1\162\1\146\1\154\1\55\1\146\1\155\1\uffff\2\55\1\uffff\1\151\1\154\3\uffff\2\55\1\uffff\1\144\1\151\1\uffff\1\143\1\163\1\144\2\55\1\153\1\145\1\154\1\55\1\155\2\164\1\141\1\uffff\1\55\2\uffff\2\164\1\162\2\55\1\163\1\143\1\62\1\55\1\163\1\55\1\uffff\1\156\1\55\1\145\1\151\1\55\1\157\1\uffff\1\144\1\165\2\uffff\1\142\1\151\2\uffff\1\55\1\154\1\151\1\141\1\154\1\145\2\uffff\2\55\1\145\1\uffff\1\145\1\141\1\55\1\143\1\uffff\2\145\1\155\2\uffff\1\153\1\157\1\55\1\uffff\1\153\1\uffff\1\154\1\uffff\1\144\1\154\1\uffff\1\156\2\55\1\154\1\164\1\uffff\1\141\1\55\1\164\1\55\1\166\2\uffff\1\55\1\156\1\154\1\uffff\1\145\1\144\1\156\1\55\1\145\1\156\1\uffff\1\55\1\171\1\55\1\145\1\154\2\uffff\1\145\1\151\1\142\1\uffff\1\146\1\155\1\55\1\uffff\1\164\3\55\1\164\1\uffff\1\144\1\156\1\uffff\1\55\1\uffff\1\163\1\171\1\55\1\145\1\154\1\157\1\143\1\uffff\1\55\3\uffff\2\55\1\145\1\uffff\1\171\1\55\1\uffff\1\163\1\145\1\162\1\55\3\uffff\1\143\1\163\1\uffff\2\55\1\155\1\uffff\2\164\2\uffff\1\55\1\151\1\145\1\uffff\1\157\1\155\1\156\2\55\2\uffff";
    static final String DFA13_maxS =
        "\1\uffff\2\157\2\162\1\155\1\uffff\1\163\1\145\1\151\1\uffff\1\163\1\162\1\164\1\162\1\165\1\56\2\uffff\1\171\1\162\1\160\1\157\1\145\1\uffff\1\162\1\166\1\157\4\151\1\170\1\uffff\1\172\2\uffff\2\uffff\1\57\1\uffff\1\165\1\160\1\141\1\145\1\uffff\1\162\1\141\1\151\1\160\1\161\1\164\1\166\1\55\1\172\1\160\1\172\1\156\1\uffff\1\155\1\163\1\151\1\55\1\151\1\155\1\142\1\uffff\1\145\2\144\1\157\1\143\1\141\1\172\1\157\1\162\1\164\1\151\1\141\1\154\1\157\1\163\1\172\1\143\1\164\1\145\4\uffff\1\172\1\160\1\151\1\141\1\166\1\145\1\163\1\157\1\162\1\uffff\1\151\1\145\1\162\1\156\1\166\4\102\6\uffff\1\146\1\156\1\160\1\141\1\163\1\166\1\172\1\162\1\144\1\157\1\172\1\145\1\170\1\141\1\155\1\141\1\uffff\1\165\1\172\1\157\1\uffff\1\144\1\157\1\150\1\172\1\153\1\141\1\160\1\157\1\160\1\172\1\165\1\166\1\162\2\172\1\165\1\153\1\162\1\145\1\164\1\163\1\145\1\150\1\172\1\164\1\151\1\172\1\151\1\uffff\1\150\1\157\1\156\1\uffff\1\145\1\166\1\172\1\151\1\156\1\145\1\144\1\151\1\172\1\164\1\172\1\156\1\164\1\156\1\172\1\157\2\145\4\172\1\151\1\164\1\141\1\142\1\163\1\172\1\145\1\uffff\1\144\1\147\1\162\1\uffff\1\170\2\172\1\165\1\166\1\163\1\uffff\1\55\1\157\1\162\1\157\1\151\1\uffff\1\145\1\147\2\172\1\157\1\172\1\uffff\1\172\1\151\1\163\2\uffff\1\160\1\145\1\164\1\172\2\145\1\151\2\172\1\uffff\1\146\1\143\1\uffff\1\147\2\172\1\164\1\61\1\145\1\155\1\uffff\1\143\1\172\1\164\1\172\1\157\1\151\1\uffff\1\55\1\uffff\2\145\1\164\1\uffff\1\155\1\172\1\162\4\uffff\1\147\1\172\1\164\1\151\1\172\1\uffff\2\172\1\145\1\164\1\172\2\uffff\1\146\1\141\1\172\1\160\1\162\1\171\1\143\1\156\1\142\1\144\1\145\2\uffff\1\162\2\uffff\1\162\1\160\1\172\1\164\1\172\1\uffff\1\172\1\143\1\163\2\uffff\1\157\1\171\1\156\1\uffff\1\141\1\uffff\1\55\1\166\1\162\1\141\1\145\1\uffff\1\172\1\157\1\uffff\1\156\1\162\1\146\1\154\1\172\1\146\1\155\1\uffff\2\172\1\uffff\1\151\1\154\3\uffff\2\172\1\uffff\1\144\1\151\1\uffff\1\154\1\163\1\144\2\172\1\153\1\145\1\154\1\172\1\155\2\164\1\141\1\uffff\1\172\2\uffff\2\164\1\162\2\172\1\163\1\143\1\62\1\172\1\163\1\172\1\uffff\1\156\1\172\1\145\1\151\1\172\1\157\1\uffff\1\144\1\165\2\uffff\1\142\1\151\2\uffff\1\172\1\154\1\151\1\141\1\154\1\145\2\uffff\2\172\1\145\1\uffff\1\145\1\141\1\172\1\143\1\uffff\2\145\1\155\2\uffff\1\153\1\157\1\172\1\uffff\1\153\1\uffff\1\154\1\uffff\1\144\1\154\1\uffff\1\156\2\172\1\154\1\164\1\uffff\1\141\1\172\1\164\1\55\1\166\2\uffff\1\172\1\156\1\154\1\uffff\1\145\1\144\1\156\1\172\1\145\1\156\1\uffff\1\172\1\171\1\172\1\145\1\154\2\uffff\1\145\1\151\1\142\1\uffff\1\146\1\155\1\172\1\uffff\1\164\3\172\1\164\1\uffff\1\144\1\156\1\uffff\1\172\1\uffff\1\163\1\171\1\172\1\145\1\154\1\157\1\143\1\uffff\1\172\3\uffff\2\172\1\145\1\uffff\1\171\1\172\1\uffff\1\163\1\145\1\162\1\172\3\uffff\1\143\1\163\1\uffff\2\172\1\155\1\uffff\2\164\2\uffff\1\172\1\151\1\145\1\uffff\1\157\1\155\1\156\2\172\2\uffff";
    static final String DFA13_acceptS =
        "\6\uffff\1\6\3\uffff\1\15\6\uffff\1\26\1\30\5\uffff\1\65\10\uffff\1\142\1\uffff\1\143\1\144\3\uffff\1\150\4\uffff\1\143\14\uffff\1\6\7\uffff\1\15\23\uffff\1\27\1\24\1\26\1\30\11\uffff\1\65\11\uffff\1\141\1\144\1\142\1\145\1\146\1\147\20\uffff\1\5\3\uffff\1\25\34\uffff\1\47\3\uffff\1\32\35\uffff\1\2\3\uffff\1\44\6\uffff\1\40\5\uffff\1\42\6\uffff\1\127\3\uffff\1\17\1\20\11\uffff\1\55\2\uffff\1\123\7\uffff\1\46\6\uffff\1\132\1\uffff\1\124\3\uffff\1\131\3\uffff\1\133\1\134\1\135\1\136\5\uffff\1\106\5\uffff\1\126\1\101\13\uffff\1\74\1\122\1\uffff\1\130\1\13\5\uffff\1\50\3\uffff\1\52\1\63\3\uffff\1\51\1\uffff\1\102\5\uffff\1\34\2\uffff\1\72\7\uffff\1\115\2\uffff\1\41\2\uffff\1\60\1\37\1\3\2\uffff\1\71\2\uffff\1\10\15\uffff\1\31\1\uffff\1\45\1\22\13\uffff\1\35\6\uffff\1\73\2\uffff\1\111\1\1\2\uffff\1\61\1\4\6\uffff\1\56\1\7\3\uffff\1\140\4\uffff\1\21\3\uffff\1\121\1\23\3\uffff\1\33\1\uffff\1\57\1\uffff\1\70\2\uffff\1\53\5\uffff\1\113\5\uffff\1\12\1\11\3\uffff\1\14\6\uffff\1\114\5\uffff\1\75\1\100\3\uffff\1\103\3\uffff\1\76\5\uffff\1\62\2\uffff\1\67\1\uffff\1\110\7\uffff\1\112\1\uffff\1\125\1\16\1\66\3\uffff\1\43\2\uffff\1\64\4\uffff\1\120\1\36\1\77\2\uffff\1\137\3\uffff\1\105\2\uffff\1\54\1\107\3\uffff\1\104\5\uffff\1\116\1\117";
    static final String DFA13_specialS =
        "\1\0\44\uffff\1\1\1\2\u01e2\uffff}>";
    static final String[] DFA13_transitionS = {
            "\11\50\2\41\2\50\1\41\22\50\1\41\1\50\1\45\4\50\1\46\4\50\1\30\1\50\1\20\1\47\1\40\11\44\7\50\6\43\1\36\3\43\1\34\1\43\1\35\6\43\1\37\6\43\1\21\1\50\1\22\1\42\1\43\1\50\1\17\1\3\1\1\1\24\1\32\1\2\1\14\1\43\1\4\1\43\1\27\1\11\1\7\1\33\1\25\1\16\1\10\1\26\1\15\1\23\1\13\1\5\1\31\3\43\1\6\1\50\1\12\ufe81\50\1\41\u0100\50",
            "\1\52\2\uffff\1\54\7\uffff\1\53\2\uffff\1\51",
            "\1\56",
            "\1\57\2\uffff\1\60",
            "\1\65\6\uffff\1\61\1\63\1\64\2\uffff\1\62",
            "\1\67\1\uffff\1\71\1\70\6\uffff\1\66",
            "",
            "\1\74\1\uffff\1\76\1\uffff\1\73\7\uffff\1\75\5\uffff\1\77",
            "\1\100",
            "\1\101",
            "",
            "\1\104\11\uffff\1\103",
            "\1\105\10\uffff\1\106",
            "\1\111\5\uffff\1\107\4\uffff\1\110",
            "\1\114\1\uffff\1\115\1\uffff\1\113\3\uffff\1\120\2\uffff\1\116\2\uffff\1\117\2\uffff\1\112",
            "\1\125\12\uffff\1\123\1\121\1\122\1\124",
            "\1\126",
            "",
            "",
            "\1\132\11\uffff\1\133",
            "\1\136\7\uffff\1\135\4\uffff\1\134",
            "\1\137",
            "\1\140\11\uffff\1\141",
            "\1\142",
            "",
            "\1\144",
            "\1\146\3\uffff\1\145",
            "\1\150\11\uffff\1\147",
            "\1\151",
            "\1\152",
            "\1\153",
            "\1\154",
            "\1\155",
            "",
            "\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "\0\160",
            "\0\160",
            "\1\161\4\uffff\1\162",
            "",
            "\1\165\1\163\6\uffff\1\164",
            "\1\166",
            "\1\167",
            "\1\170",
            "",
            "\1\171",
            "\1\172",
            "\1\173",
            "\1\174",
            "\1\175",
            "\1\176\17\uffff\1\177",
            "\1\u0081\10\uffff\1\u0080",
            "\1\u0082",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0084",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\10\55\1\u0086\11\55\1\u0085\7\55",
            "\1\u0088",
            "",
            "\1\u0089",
            "\1\u008a\12\uffff\1\u008d\1\uffff\1\u008b\2\uffff\1\u008c",
            "\1\u008e\7\uffff\1\u008f",
            "\1\u0090",
            "\1\u0091",
            "\1\u0092",
            "\1\u0093",
            "",
            "\1\u0094",
            "\1\u0095",
            "\1\u0096",
            "\1\u0097",
            "\1\u0098",
            "\1\u0099",
            "\1\u009a",
            "\1\u009b",
            "\1\u009c",
            "\1\u009d\14\uffff\1\u009e",
            "\1\u009f",
            "\1\u00a0",
            "\1\u00a1",
            "\1\u00a2",
            "\1\u00a3",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00a5",
            "\1\u00a6",
            "\1\u00a7",
            "",
            "",
            "",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00a9",
            "\1\u00aa",
            "\1\u00ab",
            "\1\u00ac",
            "\1\u00ad",
            "\1\u00af\5\uffff\1\u00b0\11\uffff\1\u00b1\1\uffff\1\u00ae",
            "\1\u00b3\1\uffff\1\u00b2",
            "\1\u00b4",
            "",
            "\1\u00b5",
            "\1\u00b6",
            "\1\u00b7",
            "\1\u00b8\4\uffff\1\u00b9",
            "\1\u00ba",
            "\1\u00bb",
            "\1\u00bc",
            "\1\u00bd",
            "\1\u00be",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\u00bf",
            "\1\u00c0",
            "\1\u00c1",
            "\1\u00c2",
            "\1\u00c3",
            "\1\u00c4",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\2\55\1\u00c5\27\55",
            "\1\u00c7",
            "\1\u00c8",
            "\1\u00c9",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00cb",
            "\1\u00cc",
            "\1\u00cd",
            "\1\u00ce",
            "\1\u00cf",
            "",
            "\1\u00d0",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00d2",
            "",
            "\1\u00d3",
            "\1\u00d5\2\uffff\1\u00d4",
            "\1\u00d6",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00d8",
            "\1\u00d9",
            "\1\u00da",
            "\1\u00db",
            "\1\u00dc",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\27\55\1\u00dd\2\55",
            "\1\u00df",
            "\1\u00e0",
            "\1\u00e1",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00e4",
            "\1\u00e5",
            "\1\u00e6",
            "\1\u00e7",
            "\1\u00e8\21\uffff\1\u00e9",
            "\1\u00ea",
            "\1\u00eb",
            "\1\u00ec",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00ee",
            "\1\u00ef",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00f1",
            "",
            "\1\u00f2",
            "\1\u00f3",
            "\1\u00f4",
            "",
            "\1\u00f5",
            "\1\u00f6",
            "\1\u00f7\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00f9",
            "\1\u00fa",
            "\1\u00fb",
            "\1\u00fc",
            "\1\u00fd",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\24\55\1\u00fe\5\55",
            "\1\u0100",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0102",
            "\1\u0103",
            "\1\u0104",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0106",
            "\1\u0107",
            "\1\u0108",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u010d",
            "\1\u010e",
            "\1\u010f",
            "\1\u0110",
            "\1\u0111",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0113",
            "",
            "\1\u0114",
            "\1\u0115",
            "\1\u0116",
            "",
            "\1\u0117",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u011a",
            "\1\u011b",
            "\1\u011c",
            "",
            "\1\u011d",
            "\1\u011e",
            "\1\u011f",
            "\1\u0120",
            "\1\u0121",
            "",
            "\1\u0122\3\uffff\1\u0123",
            "\1\u0124",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0127",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u012a",
            "\1\u012b",
            "",
            "",
            "\1\u012c",
            "\1\u012d",
            "\1\u012e",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0130",
            "\1\u0131",
            "\1\u0132",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u0135",
            "\1\u0136",
            "",
            "\1\u0137",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\14\55\1\u0139\15\55",
            "\1\u013b",
            "\1\u013c",
            "\1\u013d",
            "\1\u013e",
            "",
            "\1\u013f",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0141",
            "\1\u0142\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0144",
            "\1\u0145",
            "",
            "\1\u0146",
            "",
            "\1\u0147",
            "\1\u0148",
            "\1\u0149",
            "",
            "\1\u014a",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u014c",
            "",
            "",
            "",
            "",
            "\1\u014d",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u014f",
            "\1\u0150",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0154",
            "\1\u0155",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "\1\u0157",
            "\1\u0158",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u015c\2\uffff\1\u015b\11\uffff\1\u015a",
            "\1\u015d",
            "\1\u015e",
            "\1\u015f",
            "\1\u0160",
            "\1\u0161",
            "\1\u0162",
            "\1\u0163",
            "",
            "",
            "\1\u0164",
            "",
            "",
            "\1\u0165",
            "\1\u0166",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0168",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u016b",
            "\1\u016c",
            "",
            "",
            "\1\u016d",
            "\1\u016e",
            "\1\u016f",
            "",
            "\1\u0170",
            "",
            "\1\u0171",
            "\1\u0172",
            "\1\u0173",
            "\1\u0174",
            "\1\u0175",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0177",
            "",
            "\1\u0178",
            "\1\u0179",
            "\1\u017a",
            "\1\u017b",
            "\1\u017c\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u017e",
            "\1\u017f",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u0182",
            "\1\u0183",
            "",
            "",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u0186",
            "\1\u0187",
            "",
            "\1\u0188\10\uffff\1\u0189",
            "\1\u018a",
            "\1\u018b",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u018e",
            "\1\u018f",
            "\1\u0190",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0192",
            "\1\u0193",
            "\1\u0194",
            "\1\u0195",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "\1\u0197",
            "\1\u0198",
            "\1\u0199",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u019c",
            "\1\u019d",
            "\1\u019e",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01a0",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u01a2",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01a4",
            "\1\u01a5",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01a7",
            "",
            "\1\u01a8",
            "\1\u01a9",
            "",
            "",
            "\1\u01aa",
            "\1\u01ab",
            "",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01ad",
            "\1\u01ae",
            "\1\u01af",
            "\1\u01b0",
            "\1\u01b1",
            "",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01b4",
            "",
            "\1\u01b5",
            "\1\u01b6",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01b8",
            "",
            "\1\u01b9",
            "\1\u01ba",
            "\1\u01bb",
            "",
            "",
            "\1\u01bc",
            "\1\u01bd",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u01bf",
            "",
            "\1\u01c0",
            "",
            "\1\u01c1",
            "\1\u01c2",
            "",
            "\1\u01c3",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01c6",
            "\1\u01c7",
            "",
            "\1\u01c8",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01ca",
            "\1\u01cb",
            "\1\u01cc",
            "",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01ce",
            "\1\u01cf",
            "",
            "\1\u01d0",
            "\1\u01d1",
            "\1\u01d2",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01d4",
            "\1\u01d5",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01d7",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01d9",
            "\1\u01da",
            "",
            "",
            "\1\u01db",
            "\1\u01dc",
            "\1\u01dd",
            "",
            "\1\u01de",
            "\1\u01df",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u01e1",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01e5",
            "",
            "\1\u01e6",
            "\1\u01e7",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u01e9",
            "\1\u01ea",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01ec",
            "\1\u01ed",
            "\1\u01ee",
            "\1\u01ef",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01f3",
            "",
            "\1\u01f4",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u01f6",
            "\1\u01f7",
            "\1\u01f8",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "",
            "\1\u01fa",
            "\1\u01fb",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u01fe",
            "",
            "\1\u01ff",
            "\1\u0200",
            "",
            "",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0202",
            "\1\u0203",
            "",
            "\1\u0204",
            "\1\u0205",
            "\1\u0206",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\55\2\uffff\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            ""
    };

    static final short[] DFA13_eot = DFA.unpackEncodedString(DFA13_eotS);
    static final short[] DFA13_eof = DFA.unpackEncodedString(DFA13_eofS);
    static final char[] DFA13_min = DFA.unpackEncodedStringToUnsignedChars(DFA13_minS);
    static final char[] DFA13_max = DFA.unpackEncodedStringToUnsignedChars(DFA13_maxS);
    static final short[] DFA13_accept = DFA.unpackEncodedString(DFA13_acceptS);
    static final short[] DFA13_special = DFA.unpackEncodedString(DFA13_specialS);
    static final short[][] DFA13_transition;

    static {
        int numStates = DFA13_transitionS.length;
        DFA13_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA13_transition[i] = DFA.unpackEncodedString(DFA13_transitionS[i]);
        }
    }

    class DFA13 extends DFA {

        public DFA13(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 13;
            this.eot = DFA13_eot;
            this.eof = DFA13_eof;
            this.min = DFA13_min;
            this.max = DFA13_max;
            this.accept = DFA13_accept;
            this.special = DFA13_special;
            this.transition = DFA13_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | RULE_HEX | RULE_WS | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA13_0 = input.LA(1);

                        s = -1;
                        if ( (LA13_0=='c') ) {s = 1;}

                        else if ( (LA13_0=='f') ) {s = 2;}

                        else if ( (LA13_0=='b') ) {s = 3;}

                        else if ( (LA13_0=='i') ) {s = 4;}

                        else if ( (LA13_0=='v') ) {s = 5;}

                        else if ( (LA13_0=='{') ) {s = 6;}

                        else if ( (LA13_0=='m') ) {s = 7;}

                        else if ( (LA13_0=='q') ) {s = 8;}

                        else if ( (LA13_0=='l') ) {s = 9;}

                        else if ( (LA13_0=='}') ) {s = 10;}

                        else if ( (LA13_0=='u') ) {s = 11;}

                        else if ( (LA13_0=='g') ) {s = 12;}

                        else if ( (LA13_0=='s') ) {s = 13;}

                        else if ( (LA13_0=='p') ) {s = 14;}

                        else if ( (LA13_0=='a') ) {s = 15;}

                        else if ( (LA13_0=='.') ) {s = 16;}

                        else if ( (LA13_0=='[') ) {s = 17;}

                        else if ( (LA13_0==']') ) {s = 18;}

                        else if ( (LA13_0=='t') ) {s = 19;}

                        else if ( (LA13_0=='d') ) {s = 20;}

                        else if ( (LA13_0=='o') ) {s = 21;}

                        else if ( (LA13_0=='r') ) {s = 22;}

                        else if ( (LA13_0=='k') ) {s = 23;}

                        else if ( (LA13_0==',') ) {s = 24;}

                        else if ( (LA13_0=='w') ) {s = 25;}

                        else if ( (LA13_0=='e') ) {s = 26;}

                        else if ( (LA13_0=='n') ) {s = 27;}

                        else if ( (LA13_0=='K') ) {s = 28;}

                        else if ( (LA13_0=='M') ) {s = 29;}

                        else if ( (LA13_0=='G') ) {s = 30;}

                        else if ( (LA13_0=='T') ) {s = 31;}

                        else if ( (LA13_0=='0') ) {s = 32;}

                        else if ( ((LA13_0>='\t' && LA13_0<='\n')||LA13_0=='\r'||LA13_0==' '||LA13_0=='\uFEFF') ) {s = 33;}

                        else if ( (LA13_0=='^') ) {s = 34;}

                        else if ( ((LA13_0>='A' && LA13_0<='F')||(LA13_0>='H' && LA13_0<='J')||LA13_0=='L'||(LA13_0>='N' && LA13_0<='S')||(LA13_0>='U' && LA13_0<='Z')||LA13_0=='_'||LA13_0=='h'||LA13_0=='j'||(LA13_0>='x' && LA13_0<='z')) ) {s = 35;}

                        else if ( ((LA13_0>='1' && LA13_0<='9')) ) {s = 36;}

                        else if ( (LA13_0=='\"') ) {s = 37;}

                        else if ( (LA13_0=='\'') ) {s = 38;}

                        else if ( (LA13_0=='/') ) {s = 39;}

                        else if ( ((LA13_0>='\u0000' && LA13_0<='\b')||(LA13_0>='\u000B' && LA13_0<='\f')||(LA13_0>='\u000E' && LA13_0<='\u001F')||LA13_0=='!'||(LA13_0>='#' && LA13_0<='&')||(LA13_0>='(' && LA13_0<='+')||LA13_0=='-'||(LA13_0>=':' && LA13_0<='@')||LA13_0=='\\'||LA13_0=='`'||LA13_0=='|'||(LA13_0>='~' && LA13_0<='\uFEFE')||(LA13_0>='\uFF00' && LA13_0<='\uFFFF')) ) {s = 40;}

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA13_37 = input.LA(1);

                        s = -1;
                        if ( ((LA13_37>='\u0000' && LA13_37<='\uFFFF')) ) {s = 112;}

                        else s = 40;

                        if ( s>=0 ) return s;
                        break;
                    case 2 : 
                        int LA13_38 = input.LA(1);

                        s = -1;
                        if ( ((LA13_38>='\u0000' && LA13_38<='\uFFFF')) ) {s = 112;}

                        else s = 40;

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 13, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}