package bus

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// Config says how to reach the bus and who may speak on it.
type Config struct {
	// URLs of external NATS servers (a cluster's seed list). Empty means
	// embedded: start a NATS server inside this process.
	URLs []string
	// Embedded configures the in-process server when URLs is empty.
	Embedded Embedded
	// Name is the NATS connection name (shown by the server's monitoring).
	Name string
	// Operators are the addresses whose envelopes are accepted. Envelopes
	// from any other key are dropped, logged and counted.
	Operators []common.Address
	// Replicas is the JetStream replication factor of the streams and the
	// lease bucket: 1 for a single server, 3 for an R3 cluster.
	Replicas int
	// DedupeWindow is how long JetStream remembers publication ids
	// (Nats-Msg-Id). Default 10 minutes.
	DedupeWindow time.Duration
	// Retention overrides the per-stream maximum age (0 keeps the default
	// of the stream; see Streams).
	Retention map[string]time.Duration
	// Auth says how this process proves who it is to NATS and checks the
	// server (credentials, TLS). See docs/relay.md, "Bus authentication".
	Auth Auth
	// Admin makes New create or update the streams and NewLease the lease
	// bucket: the admin step of `relayd bus init`. Without it the bus only
	// binds to a layout that must exist (ErrNoStream otherwise), which is
	// all an operator's user is permitted to do. An embedded server without
	// credentials is a single-process development bus and implies Admin.
	Admin bool
}

// Auth holds the client side of NATS authentication. Empty means an
// anonymous connection, which only an embedded development server accepts.
type Auth struct {
	// CredsFile is a NATS credentials file (user JWT and NKey seed), as
	// `relayd bus init` or `relayd bus user` write it.
	CredsFile string
	// JWTFile and SeedFile are the same two parts in separate files (the
	// real-federation flow: the operator keeps its seed, the federation
	// signs its public key into the JWT).
	JWTFile, SeedFile string
	// InboxPrefix is the reply-subject prefix. Default with credentials:
	// "_INBOX_<operator token>", the only inbox the operator's user may
	// subscribe to, so no operator can read another's replies.
	InboxPrefix string
	// TLS, when CAFile is set, requires a TLS connection to the server
	// verified against CAFile, presenting CertFile/KeyFile if set.
	TLS TLS
}

// TLS names the PEM files of a TLS configuration.
type TLS struct {
	CAFile, CertFile, KeyFile string
}

func (a Auth) authenticated() bool { return a.CredsFile != "" || a.JWTFile != "" }

// Embedded configures the in-process NATS server.
type Embedded struct {
	// Listen is host:port; the default "127.0.0.1:0" picks a free port.
	Listen string
	// StoreDir is the JetStream file store directory (required).
	StoreDir string
	// Configure, if set, adjusts the server options before the server
	// starts: the federation's trust (operator JWT, accounts; see
	// relay/bus/busauth) and TLS.
	Configure func(*server.Options) error
	// Init, if set, runs once the server listens and before this process
	// connects, with the server's client URL: the admin step (Init with
	// the admin user's creds) when this process hosts a federation's bus.
	Init func(ctx context.Context, url string) error
}

// DefaultDedupeWindow is the JetStream duplicate window used when the
// configuration leaves it zero.
const DefaultDedupeWindow = 10 * time.Minute

// Stream names, subject spaces and default retention of the relay's bus.
const (
	StreamEvents      = "KKH_EVENTS"
	StreamShares      = "KKH_SHARES"
	StreamSubmissions = "KKH_SUBMISSIONS"
	StreamAudit       = "KKH_AUDIT"
	LeaseBucket       = "KKH_LEASES"
)

// StreamSpec is the layout of one stream.
type StreamSpec struct {
	Name     string
	Subjects []string
	MaxAge   time.Duration // 0 = keep forever
	Doc      string
}

// Streams is the bus layout (also documented in docs/relay.md).
var Streams = []StreamSpec{
	{StreamEvents, []string{"kkh.event.>"}, 7 * 24 * time.Hour, "chain events from watchers: kkh.event.<chain>.<kind>"},
	{StreamShares, []string{"kkh.share.>", "kkh.proposal.>", "kkh.bshare.>"}, 7 * 24 * time.Hour,
		"signature shares kkh.share.<dstChain>, batch proposals kkh.proposal.<dstChain>, batch shares kkh.bshare.<dstChain>"},
	{StreamSubmissions, []string{"kkh.submission.>"}, 7 * 24 * time.Hour, "what a coordinator submitted: kkh.submission.<dstChain>"},
	{StreamAudit, []string{"kkh.audit.>"}, 0, "audit-chain blocks and attestations: kkh.audit.block, kkh.audit.attest"},
}

// Bus is a connection to the relay's NATS JetStream bus with envelope
// signing and checking. It is safe for concurrent use.
type Bus struct {
	cfg Config
	nc  *nats.Conn
	js  jetstream.JetStream
	srv *server.Server
	key Signer
	ops map[common.Address]bool
	log zerolog.Logger
	m   *metrics
	reg prometheus.Registerer
	now func() time.Time
	// seen caches verified envelopes (see verified), bindings the bus-key
	// bindings of other operators.
	seen     verified
	bindings bindings
	// self is the operator this process speaks for: key's address, or the
	// operator of binding when key is a separate bus key.
	self    common.Address
	binding atomic.Pointer[Binding]
	// drainTimeout bounds how long stopping a consumer waits for its
	// drain before it stops it outright (default 10s; tests shorten it).
	drainTimeout time.Duration
}

// Option configures a Bus.
type Option func(*Bus)

// WithLogger sets the logger (a "component":"bus" field is added).
func WithLogger(l zerolog.Logger) Option { return func(b *Bus) { b.log = l } }

// WithRegisterer registers the bus metrics with r.
func WithRegisterer(r prometheus.Registerer) Option {
	return func(b *Bus) { b.reg = r }
}

// WithBinding makes key a bus key speaking for b.Operator (role
// separation, issue 18): envelopes carry the binding, From is the
// operator. Renew it before it expires with SetBinding.
func WithBinding(b Binding) Option {
	return func(bs *Bus) { bs.binding.Store(&b) }
}

// WithClock replaces time.Now for envelope timestamps (tests).
func WithClock(now func() time.Time) Option { return func(b *Bus) { b.now = now } }

// Errors of New.
var (
	ErrConfig  = errors.New("bus: invalid configuration")
	ErrConnect = errors.New("bus: cannot connect")
	// ErrNoStream: a stream or the lease bucket is missing or set up
	// differently; the admin step (`relayd bus init`) creates them.
	ErrNoStream = errors.New("bus: layout missing")
)

// New connects to the bus (starting the embedded server if configured),
// creates or updates the streams and returns the Bus. key signs every
// envelope this process publishes.
func New(ctx context.Context, cfg Config, key Signer, opts ...Option) (*Bus, error) {
	b := &Bus{cfg: cfg, key: key, log: zerolog.Nop(), now: time.Now, drainTimeout: 10 * time.Second}
	for _, o := range opts {
		o(b)
	}
	m, err := newMetrics(b.reg)
	if err != nil {
		return nil, err
	}
	b.m = m
	b.log = b.log.With().Str("component", "bus").Logger()
	if err := b.validate(); err != nil {
		return nil, err
	}
	b.ops = make(map[common.Address]bool, len(cfg.Operators))
	for _, a := range cfg.Operators {
		b.ops[a] = true
	}
	urls := strings.Join(cfg.URLs, ",")
	if len(cfg.URLs) == 0 {
		srv, err := startEmbedded(cfg.Embedded, b.log)
		if err != nil {
			return nil, err
		}
		b.srv = srv
		urls = srv.ClientURL()
		if cfg.Embedded.Init != nil {
			if err := cfg.Embedded.Init(ctx, urls); err != nil {
				b.shutdownServer()
				return nil, err
			}
		}
	}
	authOpts, err := b.connectOptions()
	if err != nil {
		b.shutdownServer()
		return nil, err
	}
	nc, err := nats.Connect(urls, append(authOpts,
		nats.Name(cfg.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250*time.Millisecond),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				b.log.Warn().Err(err).Msg("disconnected from NATS")
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { b.log.Info().Str("url", c.ConnectedUrlRedacted()).Msg("reconnected to NATS") }),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) {
			b.log.Warn().Err(err).Msg("NATS error")
		}),
	)...)
	if err != nil {
		b.shutdownServer()
		return nil, fmt.Errorf("%w to %s: %v", ErrConnect, urls, err)
	}
	b.nc = nc
	js, err := jetstream.New(nc)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("%w: jetstream: %v", ErrConnect, err)
	}
	b.js = js
	if b.srv != nil && !cfg.Auth.authenticated() {
		b.cfg.Admin = true
	}
	if b.cfg.Admin {
		err = b.ensureStreams(ctx)
	} else {
		err = b.checkStreams(ctx)
	}
	if err != nil {
		b.Close()
		return nil, err
	}
	b.log.Info().Str("url", nc.ConnectedUrlRedacted()).Bool("embedded", b.srv != nil).Bool("authenticated", cfg.Auth.authenticated()).
		Str("from", b.Self().Hex()).Str("bus_key", key.Address().Hex()).Msg("bus ready")
	return b, nil
}

func (b *Bus) validate() error {
	var probs []string
	if b.key == nil {
		probs = append(probs, "no signing key: pass the operator's bus key")
	} else if bd := b.binding.Load(); bd != nil {
		if err := b.checkBinding(*bd); err != nil {
			probs = append(probs, err.Error())
		}
	}
	if len(b.cfg.Operators) == 0 {
		probs = append(probs, "no operators: list the operator addresses whose messages are accepted")
	}
	if len(b.cfg.URLs) == 0 && b.cfg.Embedded.StoreDir == "" {
		probs = append(probs, "embedded server without a store directory: set Embedded.StoreDir or give URLs")
	}
	if b.cfg.Replicas < 0 || b.cfg.Replicas > 5 {
		probs = append(probs, fmt.Sprintf("replicas %d: use 1 (single server) to 5", b.cfg.Replicas))
	}
	if b.cfg.DedupeWindow < 0 {
		probs = append(probs, "negative dedupe window")
	}
	if a := b.cfg.Auth; a.CredsFile != "" && (a.JWTFile != "" || a.SeedFile != "") {
		probs = append(probs, "both a creds file and JWT/seed files: give one")
	} else if (a.JWTFile == "") != (a.SeedFile == "") {
		probs = append(probs, "JWT file and seed file go together: give both or a creds file")
	}
	if t := b.cfg.Auth.TLS; t.CAFile == "" && (t.CertFile != "" || t.KeyFile != "") {
		probs = append(probs, "TLS client certificate without a CA file: set the CA that signed the server certificate")
	} else if (t.CertFile == "") != (t.KeyFile == "") {
		probs = append(probs, "TLS certificate and key go together")
	}
	if len(probs) > 0 {
		return fmt.Errorf("%w: %s", ErrConfig, strings.Join(probs, "; "))
	}
	if b.cfg.Replicas == 0 {
		b.cfg.Replicas = 1
	}
	if b.cfg.DedupeWindow == 0 {
		b.cfg.DedupeWindow = DefaultDedupeWindow
	}
	return nil
}

func startEmbedded(e Embedded, log zerolog.Logger) (*server.Server, error) {
	listen := e.Listen
	if listen == "" {
		listen = "127.0.0.1:0"
	}
	host, portStr, err := net.SplitHostPort(listen)
	if err != nil {
		return nil, fmt.Errorf("%w: embedded listen %q: %v (want host:port)", ErrConfig, listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return nil, fmt.Errorf("%w: embedded listen %q: bad port", ErrConfig, listen)
	}
	if port == 0 {
		port = server.RANDOM_PORT
	}
	opts := &server.Options{
		ServerName: "kakehashi-embedded",
		Host:       host,
		Port:       port,
		JetStream:  true,
		StoreDir:   filepath.Clean(e.StoreDir),
		NoSigs:     true,
		NoLog:      false,
		// Every acknowledged publication is on disk: a lock seen by the
		// watchers must survive a power cut of the bus host.
		SyncAlways: true,
	}
	if e.Configure != nil {
		if err := e.Configure(opts); err != nil {
			return nil, fmt.Errorf("%w: embedded NATS: %v", ErrConfig, err)
		}
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("%w: embedded NATS: %v", ErrConfig, err)
	}
	srv.SetLoggerV2(natsLogger{log.With().Str("component", "nats-server").Logger()}, false, false, false)
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return nil, fmt.Errorf("%w: embedded NATS on %s not ready after 10s", ErrConnect, listen)
	}
	return srv, nil
}

func (b *Bus) ensureStreams(ctx context.Context) error {
	for _, s := range Streams {
		age := s.MaxAge
		if r, ok := b.cfg.Retention[s.Name]; ok {
			age = r
		}
		_, err := b.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
			Name:        s.Name,
			Description: s.Doc,
			Subjects:    s.Subjects,
			Retention:   jetstream.LimitsPolicy,
			Discard:     jetstream.DiscardOld,
			MaxAge:      age,
			Storage:     jetstream.FileStorage,
			Replicas:    b.cfg.Replicas,
			Duplicates:  b.cfg.DedupeWindow,
		})
		if err != nil {
			return fmt.Errorf("bus: create stream %s: %w", s.Name, err)
		}
	}
	return nil
}

// Init creates or updates the bus layout — the streams and the lease bucket
// with lease duration leaseTTL — on the servers at cfg.URLs, connecting with
// cfg.Auth, the admin user's credentials: the admin step of `relayd bus
// init`. Operators' buses then only bind to it.
func Init(ctx context.Context, cfg Config, leaseTTL time.Duration) error {
	if len(cfg.URLs) == 0 {
		return fmt.Errorf("%w: Init needs the URLs of the servers", ErrConfig)
	}
	if leaseTTL < 500*time.Millisecond {
		return fmt.Errorf("%w: lease ttl %s is below 500ms", ErrConfig, leaseTTL)
	}
	cfg.Admin = true
	if cfg.Replicas == 0 {
		cfg.Replicas = 1
	}
	if cfg.DedupeWindow == 0 {
		cfg.DedupeWindow = DefaultDedupeWindow
	}
	b := &Bus{cfg: cfg, log: zerolog.Nop()}
	opts, err := b.connectOptions()
	if err != nil {
		return err
	}
	nc, err := nats.Connect(strings.Join(cfg.URLs, ","), append(opts, nats.Name(cfg.Name))...)
	if err != nil {
		return fmt.Errorf("%w to %s: %v", ErrConnect, strings.Join(cfg.URLs, ","), err)
	}
	defer nc.Close()
	if b.js, err = jetstream.New(nc); err != nil {
		return fmt.Errorf("%w: jetstream: %v", ErrConnect, err)
	}
	if err := b.ensureStreams(ctx); err != nil {
		return err
	}
	_, err = b.CreateLeaseBucket(ctx, leaseTTL)
	return err
}

// checkStreams makes sure the layout exists: relayd binds to streams the
// admin created and never creates or changes them.
func (b *Bus) checkStreams(ctx context.Context) error {
	for _, s := range Streams {
		if _, err := b.js.Stream(ctx, s.Name); err != nil {
			if errors.Is(err, jetstream.ErrStreamNotFound) {
				return fmt.Errorf("%w: stream %s does not exist: run `relayd bus init` (the federation's admin step) first", ErrNoStream, s.Name)
			}
			return fmt.Errorf("bus: stream %s: %w", s.Name, err)
		}
	}
	return nil
}

// connectOptions turns Config.Auth into NATS options.
func (b *Bus) connectOptions() ([]nats.Option, error) {
	a := b.cfg.Auth
	var opts []nats.Option
	switch {
	case a.CredsFile != "":
		opts = append(opts, nats.UserCredentials(a.CredsFile))
	case a.JWTFile != "":
		opts = append(opts, nats.UserCredentials(a.JWTFile, a.SeedFile))
	}
	inbox := a.InboxPrefix
	if inbox == "" && a.authenticated() && !b.cfg.Admin {
		inbox = InboxPrefix(b.Self())
	}
	if inbox != "" {
		opts = append(opts, nats.CustomInboxPrefix(inbox))
	}
	if a.TLS.CAFile != "" {
		opts = append(opts, nats.RootCAs(a.TLS.CAFile))
		if a.TLS.CertFile != "" {
			opts = append(opts, nats.ClientCert(a.TLS.CertFile, a.TLS.KeyFile))
		}
	}
	return opts, nil
}

// Self returns the address this bus signs with.
func (b *Bus) Self() common.Address {
	if bd := b.binding.Load(); bd != nil {
		return bd.Operator
	}
	return b.key.Address()
}

// SetBinding replaces the bus key's binding (relayd renews it before it
// expires). It must bind this bus's key to the same operator.
func (b *Bus) SetBinding(bd Binding) error {
	if err := b.checkBinding(bd); err != nil {
		return err
	}
	b.binding.Store(&bd)
	return nil
}

func (b *Bus) checkBinding(bd Binding) error {
	if bd.BusKey != b.key.Address() {
		return fmt.Errorf("%w: the binding names bus key %s, this bus signs with %s", ErrConfig, bd.BusKey, b.key.Address())
	}
	if cur := b.binding.Load(); cur != nil && cur.Operator != bd.Operator {
		return fmt.Errorf("%w: the binding is for %s, this bus speaks for %s", ErrConfig, bd.Operator, cur.Operator)
	}
	return bd.Verify(b.now())
}

// IsOperator reports whether addr is in the configured operator set.
func (b *Bus) IsOperator(addr common.Address) bool { return b.ops[addr] }

// ClientURL returns the URL the bus is connected to (the embedded server's
// URL in embedded mode), for other processes to connect to.
func (b *Bus) ClientURL() string {
	if b.srv != nil {
		return b.srv.ClientURL()
	}
	return b.nc.ConnectedUrlRedacted()
}

// Ready reports whether the connection to NATS is up.
func (b *Bus) Ready() error {
	if b.nc == nil || !b.nc.IsConnected() {
		return fmt.Errorf("%w: NATS connection is %v", ErrConnect, b.status())
	}
	return nil
}

func (b *Bus) status() nats.Status {
	if b.nc == nil {
		return nats.CLOSED
	}
	return b.nc.Status()
}

// JetStream exposes the JetStream context for roles that need more than
// Publish and Consume (the audit chain's stream readers).
func (b *Bus) JetStream() jetstream.JetStream { return b.js }

// PublishResult says where a publication landed.
type PublishResult struct {
	Stream    string
	Sequence  uint64
	Duplicate bool // JetStream had already stored a message with this id
}

// Publish seals payload in an envelope signed by this operator and
// publishes it on subject with id as the Nats-Msg-Id. A second publication
// with the same id within the dedupe window is acknowledged as a duplicate
// and not stored again.
func (b *Bus) Publish(ctx context.Context, subject, id string, payload []byte) (PublishResult, error) {
	if subject == "" || id == "" {
		return PublishResult{}, fmt.Errorf("%w: empty subject or id", ErrMalformed)
	}
	self, binding := b.key.Address(), []byte(nil)
	if bd := b.binding.Load(); bd != nil {
		self, binding = bd.Operator, bd.Encode()
	}
	env := &Envelope{Subject: WireSubject(subject, self), ID: id, Time: b.now(), Payload: payload}
	if err := env.SealAs(b.key, self, binding); err != nil {
		return PublishResult{}, err
	}
	ack, err := b.js.PublishMsg(ctx, env.ToMsg())
	if err != nil {
		b.m.publishErrors.WithLabelValues(streamOf(subject)).Inc()
		return PublishResult{}, fmt.Errorf("bus: publish %s id %s: %w", subject, id, err)
	}
	b.m.published.WithLabelValues(ack.Stream).Inc()
	if ack.Duplicate {
		b.m.duplicates.WithLabelValues(ack.Stream).Inc()
	}
	return PublishResult{Stream: ack.Stream, Sequence: ack.Sequence, Duplicate: ack.Duplicate}, nil
}

// PublishRaw publishes a pre-built NATS message without sealing it. It
// exists so tests and tools can put forged or replayed envelopes on the bus
// and check that every reader drops them.
func (b *Bus) PublishRaw(ctx context.Context, m *nats.Msg) error {
	_, err := b.js.PublishMsg(ctx, m)
	return err
}

// Abort closes the connection at once, without draining, releasing leases
// or stopping an embedded server cleanly: what the rest of the bus sees
// when this process is killed. For crash tests.
func (b *Bus) Abort() {
	if b.nc != nil {
		b.nc.Close()
	}
}

// Close drains the connection and stops the embedded server, if any.
func (b *Bus) Close() {
	if b.nc != nil {
		_ = b.nc.Drain()
		deadline := time.Now().Add(5 * time.Second)
		for !b.nc.IsClosed() && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		b.nc.Close()
	}
	b.shutdownServer()
}

func (b *Bus) shutdownServer() {
	if b.srv != nil {
		b.srv.Shutdown()
		b.srv.WaitForShutdown()
		b.srv = nil
	}
}

func streamOf(subject string) string {
	for _, s := range Streams {
		for _, p := range s.Subjects {
			if strings.HasPrefix(subject, strings.TrimSuffix(p, ">")) {
				return s.Name
			}
		}
	}
	return "none"
}

// natsLogger routes the embedded server's log lines to zerolog.
type natsLogger struct{ l zerolog.Logger }

func (n natsLogger) Noticef(f string, v ...any) { n.l.Debug().Msgf(f, v...) }
func (n natsLogger) Warnf(f string, v ...any)   { n.l.Warn().Msgf(f, v...) }
func (n natsLogger) Fatalf(f string, v ...any)  { n.l.Error().Msgf(f, v...) }
func (n natsLogger) Errorf(f string, v ...any)  { n.l.Error().Msgf(f, v...) }
func (n natsLogger) Debugf(f string, v ...any)  { n.l.Debug().Msgf(f, v...) }
func (n natsLogger) Tracef(f string, v ...any)  { n.l.Trace().Msgf(f, v...) }
