import NotFound from '@/app/not-found';

/**
 * A missing staff page (an unknown URL, an edition that does not exist) is
 * shown inside the staff layout, so the menu stays to go on from.
 */
export default NotFound;
