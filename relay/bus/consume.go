package bus

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go/jetstream"
)

// Msg is an envelope that passed the signature and operator checks.
type Msg struct {
	Stream    string
	Subject   string // logical subject: the wire subject without the operator token
	ID        string
	From      common.Address
	Time      time.Time // the sender's clock when it sealed the envelope
	Payload   []byte
	Sequence  uint64 // stream sequence
	Delivered uint64 // 1 on first delivery, more on redelivery
}

// Handler processes one verified message. Returning nil acknowledges it;
// an error made with Retry asks for redelivery after a delay; any other
// error terminates the message (it will not be delivered to this consumer
// again) and is logged and counted.
type Handler func(ctx context.Context, m Msg) error

// RetryError asks the bus to deliver the message again after After.
type RetryError struct {
	Err   error
	After time.Duration
}

func (e *RetryError) Error() string { return fmt.Sprintf("retry in %s: %v", e.After, e.Err) }
func (e *RetryError) Unwrap() error { return e.Err }

// Retry wraps err so that the message is redelivered after the delay.
func Retry(err error, after time.Duration) error { return &RetryError{Err: err, After: after} }

// ConsumerSpec describes a consumer.
type ConsumerSpec struct {
	Stream string
	// Durable names a durable consumer that keeps its position across
	// restarts (see DurableName). Empty means an ordered, ephemeral consumer
	// that replays the stream from the start — for in-memory projections.
	Durable string
	// Filters restrict the subjects delivered (empty: the whole stream).
	Filters []string
	// MaxDeliver bounds deliveries of one message to a durable consumer,
	// counting retries (default 20).
	MaxDeliver int
	// AckWait is how long the server waits for an ack before redelivering
	// (default 30s).
	AckWait time.Duration
	// Workers is how many messages of a durable consumer are handled at
	// once (default 1: one at a time, in stream order). Handlers of a
	// consumer with Workers > 1 must not depend on order.
	Workers int
}

// DurableName returns the durable consumer name of a role run by an
// operator, e.g. "signer_5b38da6a701c568545dcfcb03fcb875f56beddc4".
func DurableName(role string, op common.Address) string {
	r := strings.Map(func(c rune) rune {
		if c == '.' || c == '*' || c == '>' || c == ' ' || c == '\t' {
			return '_'
		}
		return c
	}, role)
	return r + "_" + strings.ToLower(op.Hex()[2:])
}

// Subscription is a running consumer.
type Subscription struct {
	stop func()
	once sync.Once
}

// Stop ends delivery; a handler call in progress completes first.
func (s *Subscription) Stop() { s.once.Do(s.stop) }

// Consume delivers verified messages of spec to h until ctx is done or Stop
// is called. Envelopes that are malformed, badly signed, signed for another
// subject or signed by a key that is not an operator never reach h: they
// are dropped (terminated), logged and counted.
func (b *Bus) Consume(ctx context.Context, spec ConsumerSpec, h Handler) (*Subscription, error) {
	if spec.Stream == "" {
		return nil, fmt.Errorf("%w: consumer without a stream", ErrConfig)
	}
	if spec.Durable != "" && b.cfg.Auth.authenticated() && !b.cfg.Admin && !knownDurable(spec.Durable, b.Self()) {
		return nil, fmt.Errorf("%w: durable consumer %q is not DurableName(role, self) for a role of ConsumerRoles: "+
			"the bus permissions would not keep other operators off it (add the role to consumerRoles and reissue the users)", ErrConfig, spec.Durable)
	}
	if spec.Durable != "" {
		if spec.MaxDeliver == 0 {
			spec.MaxDeliver = 20
		}
		if spec.AckWait == 0 {
			spec.AckWait = 30 * time.Second
		}
	}
	cons, err := b.consumer(ctx, spec)
	if err != nil {
		return nil, fmt.Errorf("bus: consumer %q on %s: %w", spec.Durable, spec.Stream, err)
	}
	hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	log := b.log.With().Str("stream", spec.Stream).Str("consumer", spec.Durable).Logger()
	handle := func(jm jetstream.Msg) { b.deliver(hctx, spec, jm, h) }
	stopWorkers := func() {}
	if spec.Durable != "" && spec.Workers > 1 {
		handle, stopWorkers = b.workerPool(hctx, spec, h)
	}
	cc, err := cons.Consume(handle, jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
		if !errors.Is(err, jetstream.ErrNoHeartbeat) {
			log.Debug().Err(err).Msg("consume")
		}
	}))
	if err != nil {
		stopWorkers()
		cancel()
		return nil, fmt.Errorf("bus: consume %s: %w", spec.Stream, err)
	}
	sub := &Subscription{}
	sub.stop = func() {
		if b.Ready() != nil {
			// No server to drain with (the bus is gone, as at the end of
			// a devnet): a drain could only wait out its timeout. What
			// was delivered and not acknowledged is delivered again.
			cc.Stop()
		} else {
			cc.Drain()
			select {
			case <-cc.Closed():
			case <-time.After(b.drainTimeout):
				cc.Stop()
			}
		}
		stopWorkers()
		cancel()
	}
	context.AfterFunc(ctx, sub.Stop)
	return sub, nil
}

// consumer creates or updates spec's durable consumer, or opens an
// ordered one that replays the stream from the start.
func (b *Bus) consumer(ctx context.Context, spec ConsumerSpec) (jetstream.Consumer, error) {
	filters := make([]string, len(spec.Filters))
	for i, f := range spec.Filters {
		filters[i] = WireFilter(f)
	}
	if spec.Durable == "" {
		return b.js.OrderedConsumer(ctx, spec.Stream, jetstream.OrderedConsumerConfig{
			FilterSubjects: filters,
			DeliverPolicy:  jetstream.DeliverAllPolicy,
		})
	}
	return b.js.CreateOrUpdateConsumer(ctx, spec.Stream, jetstream.ConsumerConfig{
		Durable:        spec.Durable,
		AckPolicy:      jetstream.AckExplicitPolicy,
		AckWait:        spec.AckWait,
		MaxDeliver:     spec.MaxDeliver,
		MaxAckPending:  4096,
		DeliverPolicy:  jetstream.DeliverAllPolicy,
		FilterSubjects: filters,
		Replicas:       b.cfg.Replicas,
	})
}

// workerPool runs spec.Workers handlers of a durable consumer's messages:
// handle hands a message over to them, stop ends them once what was
// handed over is handled.
//
// The work queue is never closed: the client may still run its callback
// after Drain reports the consumer closed (or after the Stop that follows
// a drain timeout), and a send on a closed channel would crash the
// process. stop closes quit instead; a message handed over after that is
// left unacknowledged, and the server delivers it again.
func (b *Bus) workerPool(ctx context.Context, spec ConsumerSpec, h Handler) (handle func(jetstream.Msg), stop func()) {
	work, quit := make(chan jetstream.Msg, 4*spec.Workers), make(chan struct{})
	var workers sync.WaitGroup
	for i := 0; i < spec.Workers; i++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for {
				select {
				case jm := <-work:
					b.deliver(ctx, spec, jm, h)
				case <-quit:
					for { // what was handed over before the stop
						select {
						case jm := <-work:
							b.deliver(ctx, spec, jm, h)
						default:
							return
						}
					}
				}
			}
		}()
	}
	handle = func(jm jetstream.Msg) {
		select {
		case work <- jm:
		case <-quit:
		}
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			close(quit)
			workers.Wait()
		})
	}
	return handle, stop
}

func (b *Bus) deliver(ctx context.Context, spec ConsumerSpec, jm jetstream.Msg, h Handler) {
	durable := spec.Durable != ""
	msg, reason, err := b.open(jm)
	if err != nil {
		b.m.dropped.WithLabelValues(spec.Stream, reason).Inc()
		b.log.Warn().Err(err).Str("stream", spec.Stream).Str("subject", jm.Subject()).
			Str("id", jm.Headers().Get(HeaderMsgID)).Str("from", jm.Headers().Get(HeaderFrom)).
			Str("reason", reason).Msg("dropped envelope")
		if durable {
			_ = jm.TermWithReason(reason)
		}
		return
	}
	msg.Stream = spec.Stream
	if md, err := jm.Metadata(); err == nil {
		msg.Sequence = md.Sequence.Stream
		msg.Delivered = md.NumDelivered
	}
	b.m.received.WithLabelValues(spec.Stream).Inc()
	herr := h(ctx, msg)
	if !durable {
		if herr != nil {
			b.m.handlerErrors.WithLabelValues(spec.Stream, "error").Inc()
			b.log.Warn().Err(herr).Str("subject", msg.Subject).Str("id", msg.ID).Msg("handler error (ordered consumer, not retried)")
		}
		return
	}
	var re *RetryError
	switch {
	case herr == nil:
		_ = jm.Ack()
	case errors.As(herr, &re):
		if int(msg.Delivered) >= spec.MaxDeliver {
			b.m.handlerErrors.WithLabelValues(spec.Stream, "gave_up").Inc()
			b.log.Warn().Err(re.Err).Str("subject", msg.Subject).Str("id", msg.ID).Uint64("delivered", msg.Delivered).
				Msg("giving up on message: delivery limit reached (the reconciliation re-offers an open transfer)")
			_ = jm.TermWithReason("delivery limit")
			return
		}
		b.m.handlerErrors.WithLabelValues(spec.Stream, "retry").Inc()
		b.log.Debug().Err(herr).Str("subject", msg.Subject).Str("id", msg.ID).Uint64("delivered", msg.Delivered).Msg("retry later")
		_ = jm.NakWithDelay(re.After)
	default:
		b.m.handlerErrors.WithLabelValues(spec.Stream, "refused").Inc()
		b.log.Warn().Err(herr).Str("subject", msg.Subject).Str("id", msg.ID).Str("from", msg.From.Hex()).Msg("message refused")
		_ = jm.TermWithReason(truncate(herr.Error(), 200))
	}
}

// open decodes and checks an envelope; on failure it returns the drop reason.
func (b *Bus) open(jm jetstream.Msg) (Msg, string, error) {
	env, err := FromMsg(jm.Subject(), jm.Headers(), jm.Data())
	if err != nil {
		return Msg{}, DropMalformed, err
	}
	d, err := env.Digest()
	if err != nil {
		return Msg{}, DropMalformed, err
	}
	if !b.seen.has(d, env.Sig) {
		if err := env.verifyDigest(d, &b.bindings, b.now()); err != nil {
			return Msg{}, DropBadSignature, err
		}
		b.seen.add(d, env.Sig)
	}
	if !b.ops[env.From] {
		return Msg{}, DropUnknownSender, fmt.Errorf("%w: %s", ErrUnknownSender, env.From)
	}
	subject, token, err := splitWire(env.Subject)
	if err != nil {
		return Msg{}, DropMalformed, err
	}
	if token != OperatorToken(env.From) {
		return Msg{}, DropMalformed, fmt.Errorf("%w: %s signed an envelope on another operator's subject %s", ErrMalformed, env.From, env.Subject)
	}
	return Msg{Subject: subject, ID: env.ID, From: env.From, Time: env.Time, Payload: env.Payload}, "", nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
