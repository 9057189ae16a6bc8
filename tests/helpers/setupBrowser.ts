import '../../src/i18n';
import '../../src/ui/app.css';
