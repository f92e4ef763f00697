package logging

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/rs/zerolog"
	"golang.org/x/term"
)

// Format selects how log lines are written.
type Format string

// Formats.
const (
	FormatAuto    Format = ""        // console on a terminal, JSON otherwise
	FormatJSON    Format = "json"    // one JSON object a line
	FormatConsole Format = "console" // human-readable, coloured on a terminal
)

// Config says where and how to log.
type Config struct {
	Out    io.Writer // default os.Stderr
	Level  string    // trace, debug, info (default), warn, error
	Format Format
}

// New builds the command's logger.
func New(cfg Config) (zerolog.Logger, error) {
	out := cfg.Out
	if out == nil {
		out = os.Stderr
	}
	level := zerolog.InfoLevel
	if cfg.Level != "" {
		l, err := zerolog.ParseLevel(cfg.Level)
		if err != nil || l == zerolog.NoLevel {
			return zerolog.Nop(), fmt.Errorf("log level %q: use trace, debug, info, warn or error", cfg.Level)
		}
		level = l
	}
	console := false
	switch cfg.Format {
	case FormatAuto:
		if f, ok := out.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			console = true
		}
	case FormatConsole:
		console = true
	case FormatJSON:
	default:
		return zerolog.Nop(), fmt.Errorf("log format %q: use json or console", cfg.Format)
	}
	if console {
		out = zerolog.ConsoleWriter{Out: out, TimeFormat: time.TimeOnly}
	}
	return zerolog.New(out).Level(level).With().Timestamp().Logger(), nil
}
