public enum PixReadyCLI {}
